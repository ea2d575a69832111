import { expect, test } from './fixtures'
import { continueOffline, listTotal, nav, signIn, signOut, syncFromSyncPage } from './helpers'

test.describe('offline', () => {
  test('without an earlier sign-in on this PC there is no 오프라인으로 계속', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('button', { name: '로그인', exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: /오프라인으로? 계속/ })).toHaveCount(0)
  })

  test('after sign-out, 오프라인으로 계속 with the password opens that staff member’s cache', async ({ page, portal }) => {
    await signIn(page, 'reviewer', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('이서연')
    await syncFromSyncPage(page)
    await nav(page, '매력일자리').click()
    const total = await listTotal(page)
    expect(total).toBeGreaterThan(0)

    await signOut(page)
    await portal.stop()
    await page.getByRole('button', { name: '오프라인으로 계속' }).click()
    // The form starts with the last account signed in here, picked from those that may go on offline.
    const form = page.getByTestId('offline-form')
    await expect(form.getByRole('radio', { name: '이서연 (reviewer)' })).toBeChecked()
    await expect(form.getByRole('textbox', { name: '아이디' })).toHaveValue('reviewer')
    await page.screenshot({ path: test.info().outputPath('sign-in-offline.png') })
    await continueOffline(page, 'reviewer', 'demo')

    await expect(page.getByTestId('staff-info')).toContainText('이서연')
    await expect(page.getByText('오프라인 작업')).toBeVisible()
    await nav(page, '매력일자리').click()
    await expect(page.getByTestId('aj-total')).toHaveAttribute('data-total', String(total))
    await expect(page.locator('tr[data-row-id]').first()).toBeVisible()
  })
})
