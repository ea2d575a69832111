import { expect, test } from './fixtures'
import { listTotal, nav, signIn, syncFromSyncPage } from './helpers'

test.describe('offline', () => {
  test('without an earlier sign-in on this PC there is no 오프라인으로 계속', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('button', { name: '로그인', exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: /오프라인으로? 계속/ })).toHaveCount(0)
  })

  test('after sign-out, 오프라인으로 계속 opens the last staff member’s cache', async ({ page }) => {
    await signIn(page, 'reviewer', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('이서연')
    await syncFromSyncPage(page)
    await nav(page, '매력일자리').click()
    const total = await listTotal(page)
    expect(total).toBeGreaterThan(0)

    await page.getByRole('button', { name: '로그아웃' }).click()
    // The sign-in page names who the offline session belongs to, with the particle that fits the name.
    const offlineButton = page.getByRole('button', { name: '이서연으로 오프라인 계속' })
    await expect(offlineButton).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('sign-in-offline.png') })
    await offlineButton.click()

    await expect(page.getByTestId('staff-info')).toContainText('이서연')
    await expect(page.getByText('오프라인 작업')).toBeVisible()
    await nav(page, '매력일자리').click()
    await expect(page.getByTestId('aj-total')).toHaveAttribute('data-total', String(total))
    await expect(page.locator('tr[data-row-id]').first()).toBeVisible()
  })
})
