import type { Page } from '@playwright/test'
import { RULE_LABELS } from '../../src/shared/domains/attractive-jobs/rules'
import { expect, test } from './fixtures'
import { detail, dispatch, list, nav, openWorkspace, outboxStates, serverRecord, syncFromSyncPage } from './helpers'

/** Slow portal answers: the pre-decision refresh then takes this long. */
const SLOW_PORTAL_MS = 3_000

/** Finds the record by its title and opens it in the side panel (the triage keys then act on it). */
async function openRecord(page: Page, job: { id: string; title: string }): Promise<void> {
  await page.getByRole('textbox', { name: '검색' }).fill(job.title)
  await page.locator(`tr[data-row-id="${job.id}"] [data-testid="aj-title"]`).click()
  await expect(page.getByTestId('aj-detail')).toHaveAttribute('data-record-id', job.id)
}

/** Whether the focused element is inside the open decision or bulk dialog (not the list behind it). */
async function focusInDialog(page: Page, testId: 'decision-dialog' | 'bulk-dialog'): Promise<boolean> {
  return (await page.locator(`[role="dialog"]:has([data-testid="${testId}"]) :focus`).count()) === 1
}

async function expectTabStaysIn(page: Page, testId: 'decision-dialog' | 'bulk-dialog', presses = 6): Promise<void> {
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press('Tab')
    expect(await focusInDialog(page, testId), `after Tab #${i + 1}`).toBe(true)
  }
}

test.describe('매력일자리 decisions', () => {
  test('적정 with the keyboard while the refresh is slow: the dialog owns focus, Ctrl+Enter waits for the refresh, the write is queued and sent', async ({
    page,
    core,
    portal
  }) => {
    await openWorkspace(page)
    // As the app does (src/main/index.ts): with auto-sync on, a queued write is sent a moment later.
    core.context.sync.startAutoSync(5 * 60_000)
    const passing = await list(core, { pageSize: 1, filter: { statuses: ['in_review'], ruleCheck: 'all_pass' } })
    const job = passing.rows[0]
    if (!job) throw new Error('no 검토중 record passing every rule in the seed')
    await openRecord(page, job)

    portal.sim.faults.set({ latencyMs: SLOW_PORTAL_MS })
    const dialog = page.getByTestId('decision-dialog')

    // Esc closes the dialog while it is still refreshing; nothing is queued.
    await page.keyboard.press('a')
    await expect(dialog.getByTestId('decision-refreshing')).toBeVisible()
    await expect.poll(() => focusInDialog(page, 'decision-dialog')).toBe(true)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    expect(outboxStates(core)).toEqual({})

    await page.keyboard.press('a')
    await expect(dialog).toHaveAttribute('data-action', 'approve')
    await expect(dialog.getByTestId('decision-refreshing')).toBeVisible()
    await expect.poll(() => focusInDialog(page, 'decision-dialog')).toBe(true)
    await expectTabStaysIn(page, 'decision-dialog')
    await page.keyboard.press('Shift+Tab')
    expect(await focusInDialog(page, 'decision-dialog')).toBe(true)
    await page.keyboard.press('Control+Enter')
    // The submit waits for the refresh, and says so.
    await expect(dialog.getByTestId('decision-queued')).toContainText('확인이 끝나면 바로 저장합니다')
    await expect(dialog.getByTestId('decision-refreshing')).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('approve-queued-during-refresh.png') })
    await expect(dialog).toBeHidden({ timeout: 20_000 })
    portal.sim.faults.set({ latencyMs: 0 })

    await expect(page.getByText('적정 처리했습니다 · 포털 전송 대기')).toBeVisible()
    await expect(page.getByText('곧 포털로 보냅니다.')).toBeVisible()
    expect((await detail(core, job.id)).record.status).toBe('approved')
    // Nobody pressed 동기화: the nudge after the write sends it.
    await expect.poll(() => serverRecord(portal, job.id).status, { timeout: 20_000 }).toBe('approved')
    await expect.poll(() => outboxStates(core)).toEqual({ done: 1 })
  })

  test('부적정 and 보완요청 dialogs own focus during the refresh too; a comment says it waits for the portal', async ({ page, core, portal }) => {
    await openWorkspace(page)
    const inReview = await list(core, { pageSize: 1, filter: { statuses: ['in_review'] } })
    const job = inReview.rows[0]
    if (!job) throw new Error('no 검토중 record in the seed')
    await openRecord(page, job)
    portal.sim.faults.set({ latencyMs: SLOW_PORTAL_MS })
    const dialog = page.getByTestId('decision-dialog')
    for (const [key, action] of [
      ['r', 'reject'],
      ['v', 'request_revision']
    ] as const) {
      await page.keyboard.press(key)
      await expect(dialog).toHaveAttribute('data-action', action)
      await expect(dialog.getByTestId('decision-refreshing')).toBeVisible()
      await expect(dialog.getByRole('textbox', { name: '사유' })).toBeFocused()
      await expectTabStaysIn(page, 'decision-dialog')
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
    }
    portal.sim.faults.set({ latencyMs: 0 })
    expect(outboxStates(core)).toEqual({})

    const panel = page.getByTestId('aj-detail')
    await panel.getByRole('textbox', { name: '의견 입력' }).fill('예산 세부 내역 확인 중입니다.')
    await panel.getByRole('button', { name: '의견 등록' }).click()
    await expect(page.getByText('의견을 남겼습니다 · 포털 전송 대기')).toBeVisible()
    await expect(page.getByText('곧 포털로 보냅니다.')).toBeVisible()
  })

  test('적정 on a project failing rules lists the failures with their numbers and needs a confirmation or a reason', async ({ page, core, portal }) => {
    await openWorkspace(page)
    const failing = await list(core, { pageSize: 2, filter: { statuses: ['in_review'], ruleCheck: 'has_failures' } })
    const [confirmed, reasoned] = failing.rows
    if (!confirmed || !reasoned) throw new Error('fewer than two 검토중 records failing rules in the seed')
    const dialog = page.getByTestId('decision-dialog')

    await openRecord(page, confirmed)
    const view = await detail(core, confirmed.id)
    const failed = (view.checks ?? []).filter((c) => !c.passed)
    expect(failed.length).toBeGreaterThan(0)
    await page.getByTestId('aj-decision-bar').getByRole('button', { name: /^적정/ }).click()
    await expect(dialog.getByTestId('decision-fresh')).toBeVisible()
    const failures = dialog.getByTestId('approve-failures')
    await expect(failures).toContainText(`기준 미충족 ${failed.length}건`)
    const items = failures.locator('[data-rule]')
    await expect(items).toHaveCount(failed.length)
    for (const check of failed) {
      const item = failures.locator(`[data-rule="${check.rule}"]`)
      await expect(item).toContainText(RULE_LABELS[check.rule])
      await expect(item).toContainText(check.note)
    }
    await page.screenshot({ path: test.info().outputPath('approve-failures.png') })

    // Without a confirmation or a reason nothing is queued.
    await dialog.getByRole('button', { name: '적정 저장' }).click()
    await expect(dialog.getByTestId('approve-failures-error')).toHaveText('기준 미충족을 확인했다고 표시하거나 적정 사유를 입력하세요.')
    await page.keyboard.press('Control+Enter')
    await expect(dialog).toBeVisible()
    expect(outboxStates(core)).toEqual({})
    await dialog.getByRole('checkbox', { name: '기준 미충족을 확인하고 적정 처리합니다' }).check()
    await dialog.getByRole('button', { name: '적정 저장' }).click()
    await expect(dialog).toBeHidden()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('aj-detail')).toBeHidden()

    // A reason instead of the check box: it goes with the decision.
    await openRecord(page, reasoned)
    await page.keyboard.press('a')
    await expect(dialog.getByTestId('approve-failures')).toBeVisible()
    const reason = '사전교육은 기관 자체 교육으로 대체하기로 협의함'
    await dialog.getByRole('textbox', { name: '적정 사유' }).fill(reason)
    await dialog.getByRole('button', { name: '적정 저장' }).click()
    await expect(dialog).toBeHidden()

    await syncFromSyncPage(page)
    expect(serverRecord(portal, confirmed.id).status).toBe('approved')
    expect(serverRecord(portal, reasoned.id).status).toBe('approved')
    expect(serverRecord(portal, reasoned.id).decision?.reason).toBe(reason)
  })

  test('bulk 적정 lists the rows that change, counts those failing rules and leaves them out by default', async ({ page, core, portal }) => {
    await openWorkspace(page)
    const filter = { statuses: ['in_review' as const] }
    const before = await list(core, { pageSize: 500, filter })
    expect(before.total).toBe(before.rows.length)
    const failingIds = before.rows.filter((r) => (r.rule_failures?.length ?? 0) > 0).map((r) => r.id)
    const passingIds = before.rows.filter((r) => (r.rule_failures?.length ?? 0) === 0).map((r) => r.id)
    expect(failingIds.length).toBeGreaterThan(0)
    expect(passingIds.length).toBeGreaterThan(0)

    await page.getByTestId('aj-status-filter').locator('label').filter({ hasText: /^검토중/ }).click()
    await expect(page.getByTestId('aj-total')).toHaveAttribute('data-total', String(before.total))
    await page.getByRole('button', { name: `필터 결과 전체 선택 (${before.total}건)` }).click()
    await page.getByRole('button', { name: '일괄 처리' }).click()
    await page.getByRole('menuitem', { name: '적정', exact: true }).click()

    const dialog = page.getByTestId('bulk-dialog')
    const summary = dialog.getByTestId('bulk-preview-summary')
    await expect(summary).toHaveAttribute('data-will-change', String(before.total))
    await expect(summary).toHaveAttribute('data-rule-failures', String(failingIds.length))
    await expect(summary).toContainText(`${passingIds.length}건 변경, ${failingIds.length}건 제외`)
    await expect.poll(() => focusInDialog(page, 'bulk-dialog')).toBe(true)
    await expectTabStaysIn(page, 'bulk-dialog')

    // The rows that will change are listed, each failing one marked with its rules.
    const changeRows = dialog.getByTestId('bulk-will-change').locator('tr[data-change-id]')
    await expect(changeRows).toHaveCount(before.total)
    const failingShown = await dialog.locator('tr[data-change-id][data-fails="true"]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-change-id') ?? ''))
    expect(failingShown.sort()).toEqual([...failingIds].sort())
    const exclude = dialog.getByRole('switch', { name: `기준 미충족 ${failingIds.length}건 제외` })
    await expect(exclude).toBeChecked()
    await expect(dialog.getByRole('button', { name: `${passingIds.length}건 적정 확정` })).toBeVisible()
    // Turning the switch off would approve them all; on again, they are left out.
    await exclude.click()
    await expect(dialog.getByRole('button', { name: `${before.total}건 적정 확정` })).toBeVisible()
    await exclude.click()
    await page.screenshot({ path: test.info().outputPath('bulk-approve-preview.png') })
    await dialog.getByRole('button', { name: `${passingIds.length}건 적정 확정` }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText(`일괄 적정 ${passingIds.length}건 처리했습니다 · 포털 전송 대기`)).toBeVisible()

    await syncFromSyncPage(page)
    for (const id of passingIds) expect(serverRecord(portal, id).status, id).toBe('approved')
    for (const id of failingIds) expect(serverRecord(portal, id).status, id).toBe('in_review')
  })

  test('a second decision on a record with an open conflict says it will wait and asks first', async ({ page, core, portal }) => {
    await openWorkspace(page)
    const inReview = await list(core, { pageSize: 1, filter: { statuses: ['in_review'], ruleCheck: 'all_pass' } })
    const job = inReview.rows[0]
    if (!job) throw new Error('no 검토중 record passing every rule in the seed')
    // A 보완요청 queued here while another staff member edits the record on the portal: a conflict.
    await dispatch(core, 'attractiveJobs:review', { id: job.id, action: 'request_revision', reason: '예산 합계가 맞지 않습니다' })
    portal.sim.control.otherStaffEdit('attractive-jobs', 1, job.id)
    await syncFromSyncPage(page)
    expect(outboxStates(core)).toEqual({ conflict: 1 })

    await nav(page, '매력일자리').click()
    await openRecord(page, job)
    const dialog = page.getByTestId('decision-dialog')
    await page.keyboard.press('a')
    const warning = dialog.getByTestId('decision-needs-attention')
    await expect(warning).toContainText('이 자료에 확인 필요 항목이 있습니다. 충돌을 먼저 해결해야 보냅니다')
    await page.screenshot({ path: test.info().outputPath('decision-needs-attention.png') })
    // The link goes to 확인 필요, where the conflict is.
    await warning.getByRole('link', { name: '확인 필요 열기' }).click()
    await expect(page.getByTestId('inbox-item')).toHaveAttribute('data-record-id', job.id)

    await nav(page, '매력일자리').click()
    await openRecord(page, job)
    await page.keyboard.press('a')
    await expect(dialog.getByTestId('decision-fresh')).toBeVisible()
    await page.keyboard.press('Control+Enter')
    await expect(dialog.getByTestId('decision-needs-attention-error')).toBeVisible()
    expect(outboxStates(core)).toEqual({ conflict: 1 })
    await dialog.getByRole('checkbox', { name: '충돌이 해결될 때까지 이 결정이 기다리는 것을 확인했습니다' }).check()
    await page.keyboard.press('Control+Enter')
    await expect(dialog).toBeHidden()
    await expect(page.getByText('적정 처리했습니다 · 포털 전송 대기')).toBeVisible()
    await expect(page.getByText('이 자료의 충돌을 먼저 해결해야 보냅니다.')).toBeVisible()
    expect(outboxStates(core)).toEqual({ conflict: 1, pending: 1 })
  })
})
