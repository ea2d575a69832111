import type { Page } from '@playwright/test'
import type { SignInSheet } from '../../src/shared/domains/reemployment/views'
import { expect, test } from './fixtures'
import { dispatch, nav, signIn } from './helpers'

/** Picks one option of a Mantine Select by its label. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

test.describe('감사 기록 (the manager’s audit trail)', () => {
  test('shows what happened on this PC, filters by kind, and marks a month’s printout reviewed', async ({ page, core }) => {
    await signIn(page, 'manager', 'demo')
    await expect(page.getByTestId('sync-indicator')).toContainText('마지막 동기화', { timeout: 60_000 })
    // A 출석부 printed after the sync, as the 재취업 screen's print view asks for it.
    const { id: sessionId } = core.context.db.prepare(`SELECT id FROM reemployment_sessions ORDER BY id LIMIT 1`).get() as { id: string }
    const sheet = await dispatch<SignInSheet>(core, 'reemployment:signInSheet', { sessionId })

    await nav(page, '감사 기록').click()
    const log = page.getByTestId('audit-log')
    await expect(log).toBeVisible()
    for (const header of ['번호', 'PC 시각', '직원', '구분', '대상 자료', '사유', '내용', 'PC', '포털 확인']) {
      await expect(log.getByRole('columnheader', { name: header, exact: true })).toBeVisible()
    }
    // The sign-in appears, with the staff member's name from the directory and the kind in Korean.
    const signInRow = log.locator('tr[data-testid="audit-row"][data-kind="sign_in"]').first()
    await expect(signInRow).toContainText('로그인')
    await expect(signInRow).toContainText('김민준')

    await pick(page, '구분', '출력')
    await expect(page.getByTestId('audit-total')).toHaveAttribute('data-total', '1')
    const rows = log.locator('tr[data-testid="audit-row"]')
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toHaveAttribute('data-kind', 'printout')
    await expect(rows.first()).toContainText('출석부 인쇄')
    await expect(rows.first()).toContainText(sessionId)
    await expect(rows.first()).toContainText(`행 수: ${sheet.rows.length}`)

    await page.getByRole('tab', { name: '월간 점검' }).click()
    const monthly = page.getByTestId('audit-monthly')
    const printout = monthly.locator('tr[data-testid="monthly-row"][data-kind="printout"]')
    await expect(printout).toHaveCount(1)
    await expect(printout).toHaveAttribute('data-reviewed', 'false')
    await expect(printout).toContainText('출석부 인쇄')
    await expect(page.getByTestId('audit-monthly-counts')).toHaveAttribute('data-unreviewed', '1')

    await printout.getByRole('checkbox').check()
    await monthly.getByRole('button', { name: '선택한 1건 점검 완료로 표시' }).click()
    await expect(printout).toHaveAttribute('data-reviewed', 'true')
    await expect(printout.getByTestId('reviewed-by')).toContainText('김민준')
    await expect(page.getByTestId('audit-monthly-counts')).toHaveAttribute('data-reviewed', '1')
    await expect(page.getByTestId('audit-monthly-counts')).toHaveAttribute('data-unreviewed', '0')
    // The mark is kept beside the entry, by whom and when.
    const mark = core.context.db.prepare(`SELECT reviewed_by FROM audit_reviews r JOIN audit_events e ON e.seq = r.event_seq WHERE e.kind = 'printout'`).all()
    expect(mark).toEqual([{ reviewed_by: 'S-0001' }])
  })

  test('is not in the menu of a staff member without the manager role', async ({ page }) => {
    await signIn(page, 'coordinator', 'demo')
    await expect(nav(page, '재취업')).toBeVisible()
    await expect(nav(page, '감사 기록')).toHaveCount(0)
  })
})
