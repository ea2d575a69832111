import type { Page } from '@playwright/test'
import type { Core } from '../../src/main/core'
import type { AttractiveJobDetail, AttractiveJobListResult } from '../../src/shared/domains/attractive-jobs/views'
import { expect, test, type TestPortal } from './fixtures'
import { dispatch, inboxBadge, nav, serverRecord, signIn, syncFromSyncPage } from './helpers'

/** `count` 검토중 records from the cache (the newest first). */
async function inReviewJobs(core: Core, count: number): Promise<{ id: string; title: string }[]> {
  const result = await dispatch<AttractiveJobListResult>(core, 'attractiveJobs:list', {
    pageSize: count,
    filter: { statuses: ['in_review'] }
  })
  expect(result.rows.length).toBe(count)
  return result.rows.map((r) => ({ id: r.id, title: r.title }))
}

async function signInAndSync(page: Page): Promise<void> {
  await signIn(page, 'manager', 'demo')
  await expect(page.getByTestId('staff-info')).toContainText('김민준')
  await syncFromSyncPage(page)
}

/** Queues a 보완요청 locally, lets "other staff" bump the record on the portal, and syncs: a conflict. */
async function makeConflict(page: Page, core: Core, portal: TestPortal, id: string): Promise<void> {
  await dispatch(core, 'attractiveJobs:review', { id, action: 'request_revision', reason: '예산 합계가 맞지 않습니다' })
  const edited = portal.sim.control.otherStaffEdit('attractive-jobs', 1, id)
  expect(edited.map((e) => e.id)).toEqual([id])
  await syncFromSyncPage(page)
}

test.describe('확인 필요 and offline writes', () => {
  test('approve offline → pending → portal back → sync → approved on the portal', async ({ page, core, portal }) => {
    await signInAndSync(page)
    const [job] = await inReviewJobs(core, 1)
    if (!job) throw new Error('no 검토중 record in the seed')

    await portal.stop()

    // Approve through the review workspace: search the title, open the row, 적정, confirm.
    await nav(page, '매력일자리').click()
    await page.getByRole('textbox', { name: '검색' }).fill(job.title)
    const row = page.locator(`tr[data-row-id="${job.id}"]`)
    await expect(row).toBeVisible()
    await row.click()
    const decisionBar = page.getByTestId('aj-decision-bar')
    await expect(decisionBar).toBeVisible()
    await decisionBar.getByRole('button', { name: /^적정/ }).click()
    const dialog = page.getByTestId('decision-dialog')
    await expect(dialog).toBeVisible()
    // Offline: the pre-decision refresh cannot reach the portal and says so; the decision goes on from the cache.
    await expect(dialog.getByTestId('decision-warning')).toBeVisible()
    await dialog.getByRole('button', { name: '적정 저장' }).click()
    await expect(dialog).toBeHidden()

    // The header counts it as waiting to be sent; the 동기화 screen lists it.
    await expect(page.getByTestId('pending-count')).toHaveText('보낼 것 1')
    await nav(page, '동기화').click()
    const pendingRow = page.getByTestId('pending-row').filter({ hasText: job.id })
    await expect(pendingRow).toHaveCount(1)
    await expect(pendingRow).toContainText('매력일자리 검토')
    await expect(pendingRow).toContainText(job.title)
    await expect(pendingRow.getByTestId('pending-intent')).toHaveText('적정')
    await page.screenshot({ path: test.info().outputPath('sync-pending.png'), fullPage: true })

    await portal.start()
    expect(serverRecord(portal, job.id).status).toBe('in_review')
    await syncFromSyncPage(page)
    expect(serverRecord(portal, job.id).status).toBe('approved')
    await expect(page.getByTestId('pending-empty')).toBeVisible()
    await expect(page.getByTestId('pending-count')).toHaveCount(0)
    const local = await dispatch<AttractiveJobDetail>(core, 'attractiveJobs:get', { id: job.id })
    expect(local.record.status).toBe('approved')
    expect(local.pending_writes).toBe(0)
  })

  test('a conflict appears in 확인 필요 and is re-applied there', async ({ page, core, portal }) => {
    await signInAndSync(page)
    await nav(page, '확인 필요').click()
    await expect(page.getByTestId('inbox-empty')).toContainText('확인할 항목이 없습니다')
    await expect(inboxBadge(page)).toHaveCount(0)

    const [job] = await inReviewJobs(core, 1)
    if (!job) throw new Error('no 검토중 record in the seed')
    await makeConflict(page, core, portal, job.id)

    await expect(inboxBadge(page)).toHaveText('1')
    await nav(page, '확인 필요').click()
    const item = page.getByTestId('inbox-item')
    await expect(item).toHaveCount(1)
    await expect(item).toHaveAttribute('data-record-id', job.id)
    await expect(item.getByTestId('inbox-state')).toHaveText('충돌')
    await expect(item.getByTestId('inbox-record')).toContainText(job.title)
    await expect(item.getByTestId('inbox-record')).toContainText(job.id)
    await expect(item.getByTestId('inbox-reason')).toContainText('다른 직원이 먼저 수정했습니다')
    await expect(item.getByTestId('inbox-intent')).toContainText('보완요청 — 사유: 예산 합계가 맞지 않습니다')

    // Side by side: the other staff member's comment (portal) and my status change (mine), each highlighted.
    const changes = item.getByTestId('inbox-changes')
    await expect(changes).toBeVisible()
    await expect(changes.getByRole('columnheader')).toHaveText(['필드', '내가 본 값', '포털 현재 값', '내 변경 적용 시'])
    const comments = changes.locator('tr[data-path="comments"]')
    await expect(comments).toHaveAttribute('data-changed-on-server', 'true')
    await expect(comments).toContainText('다른 직원 메모')
    const status = changes.locator('tr[data-path="status"]')
    await expect(status).toHaveAttribute('data-changed-by-me', 'true')
    await expect(status.locator('td')).toHaveText(['상태내 변경', '검토중', '검토중', '보완요청'])
    await expect(item.getByTestId('inbox-legend')).toContainText('포털에서 바뀜')
    await page.screenshot({ path: test.info().outputPath('inbox-conflict.png'), fullPage: true })

    // 자료 열기 goes to the record's screen and opens its detail over the list as it was (no search
    // is imposed on the staff member's view); the route parameter is dropped once used, and the
    // inbox item stays.
    await item.getByRole('button', { name: '자료 열기' }).click()
    await expect(page.getByRole('heading', { name: '매력일자리', level: 2, exact: true })).toBeVisible()
    await expect(page.getByTestId('aj-detail')).toHaveAttribute('data-record-id', job.id)
    await expect(page.getByRole('textbox', { name: '검색' })).toHaveValue('')
    await expect(page).toHaveURL(/#\/attractive-jobs$/)
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('aj-detail')).toBeHidden()
    await nav(page, '확인 필요').click()
    await expect(item).toHaveCount(1)

    await item.getByRole('button', { name: '다시 적용' }).click()
    await expect(page.getByTestId('inbox-empty')).toBeVisible()
    await expect(inboxBadge(page)).toHaveCount(0)
    await expect(page.getByTestId('pending-count')).toHaveText('보낼 것 1')

    await syncFromSyncPage(page)
    const server = serverRecord(portal, job.id)
    expect(server.status).toBe('revision_requested')
    expect(server.decision?.reason).toBe('예산 합계가 맞지 않습니다')
    // The other staff member's comment survived: the intent was applied on the current version.
    expect(server.comments.some((c) => c.body.includes('다른 직원 메모'))).toBe(true)
    await nav(page, '확인 필요').click()
    await expect(page.getByTestId('inbox-empty')).toBeVisible()
    expect(await dispatch<unknown[]>(core, 'inbox:list', {})).toEqual([])
  })

  test('discarding a conflict asks first, then the record is the portal’s again', async ({ page, core, portal }) => {
    await signInAndSync(page)
    const [job] = await inReviewJobs(core, 1)
    if (!job) throw new Error('no 검토중 record in the seed')
    await makeConflict(page, core, portal, job.id)
    const serverVersion = serverRecord(portal, job.id).version

    await expect(inboxBadge(page)).toHaveText('1')
    await nav(page, '확인 필요').click()
    const item = page.getByTestId('inbox-item')
    await expect(item).toHaveCount(1)

    // Cancel first: nothing leaves the list without a person's decision.
    await item.getByRole('button', { name: '내 변경 버리기' }).click()
    const modal = page.getByRole('dialog', { name: '내 변경 버리기' })
    await expect(modal).toContainText('이 변경을 버리면 되돌릴 수 없습니다')
    await page.screenshot({ path: test.info().outputPath('inbox-discard-confirm.png') })
    await modal.getByRole('button', { name: '취소' }).click()
    await expect(modal).toBeHidden()
    await expect(item).toHaveCount(1)

    await item.getByRole('button', { name: '내 변경 버리기' }).click()
    await modal.getByRole('button', { name: '버리기', exact: true }).click()
    await expect(page.getByTestId('inbox-empty')).toContainText('확인할 항목이 없습니다')
    await expect(inboxBadge(page)).toHaveCount(0)

    // The local record shows the portal's copy (status, the other staff member's comment), nothing queued.
    const local = await dispatch<AttractiveJobDetail>(core, 'attractiveJobs:get', { id: job.id })
    expect(local.record.status).toBe('in_review')
    expect(local.record.version).toBe(serverVersion)
    expect(local.record.comments.some((c) => c.body.includes('다른 직원 메모'))).toBe(true)
    expect(local.pending_writes).toBe(0)
    expect(local.needs_attention).toBe(0)
    await syncFromSyncPage(page)
    expect(serverRecord(portal, job.id).status).toBe('in_review')
    await expect(page.getByTestId('pending-empty')).toBeVisible()
  })

  test('a write queued behind a conflict says it waits for that conflict, and where to settle it', async ({ page, core, portal }) => {
    await signInAndSync(page)
    const [job] = await inReviewJobs(core, 1)
    if (!job) throw new Error('no 검토중 record in the seed')
    await makeConflict(page, core, portal, job.id)
    await dispatch(core, 'attractiveJobs:comment', { id: job.id, body: '충돌 뒤에 남긴 의견' })
    // Syncs do not send it: the record's writes go in order, and the first waits for a person.
    await syncFromSyncPage(page)
    const row = page.getByTestId('pending-row').filter({ hasText: job.id })
    await expect(row).toHaveCount(1)
    await expect(row.getByTestId('pending-next')).toContainText('이 자료의 충돌을 먼저 해결해야 보냅니다')
    await expect(row.getByTestId('pending-next')).not.toContainText('곧 보냄')
    await expect(row.getByTestId('pending-actor')).toContainText('김민준 (일자리정책과)')
    await page.screenshot({ path: test.info().outputPath('pending-blocked.png'), fullPage: true })
    await row.getByRole('link', { name: '확인 필요 열기' }).click()
    const item = page.getByTestId('inbox-item')
    await expect(item).toHaveAttribute('data-record-id', job.id)
    await expect(item.getByTestId('inbox-waiting')).toContainText('뒤이은 변경 1건')
    await expect(item.getByTestId('inbox-actor')).toContainText('김민준')
  })

  test('regaining the network starts a sync that sends the queued write', async ({ page, core, portal }) => {
    await signInAndSync(page)
    const [job] = await inReviewJobs(core, 1)
    if (!job) throw new Error('no 검토중 record in the seed')
    const before = serverRecord(portal, job.id).comments.length

    await page.context().setOffline(true)
    await portal.stop()
    await dispatch(core, 'attractiveJobs:comment', { id: job.id, body: '현장 확인 결과 이상 없음' })
    await expect(page.getByTestId('pending-count')).toHaveText('보낼 것 1', { timeout: 20_000 })

    // The network comes back: the browser's `online` event starts a sync without anyone pressing a button.
    await portal.start()
    await page.context().setOffline(false)
    await expect(page.getByTestId('pending-count')).toHaveCount(0, { timeout: 30_000 })
    const comments = serverRecord(portal, job.id).comments
    expect(comments).toHaveLength(before + 1)
    expect(comments.at(-1)?.body).toBe('현장 확인 결과 이상 없음')
  })

  test('malformed feed items are quarantined and shown with their error and raw JSON', async ({ page, portal }) => {
    await signIn(page, 'manager', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('김민준')
    const ids = portal.sim.control.injectMalformed('attractive-jobs', 2)
    expect(ids).toHaveLength(2)
    await syncFromSyncPage(page)

    const items = page.getByTestId('quarantine-item')
    await expect(items).toHaveCount(2)
    for (const id of ids) {
      const item = page.locator(`[data-testid="quarantine-item"][data-item-id="${id}"]`)
      await expect(item).toHaveCount(1)
      await expect(item).toContainText('매력일자리')
      // The field by its Korean name and a plain reason (never "hourly_wage: 잘못된 입력: 예상 타입은 number…").
      await expect(item.getByTestId('quarantine-error')).toHaveText(/^(상태|시급|사업명): [가-힣 ().:,0-9a-z]+$/)
      await expect(item.getByTestId('quarantine-error')).not.toContainText(/[a-z]+_[a-z]+|예상 타입|잘못된 입력/)
      await item.getByRole('button', { name: '원본 JSON' }).click()
      await expect(item.getByTestId('quarantine-raw')).toBeVisible()
      await expect(item.getByTestId('quarantine-raw')).toContainText(id)
    }
    // The first two the simulator breaks: a status it does not know, an hourly wage sent as text.
    await expect(page.locator(`[data-testid="quarantine-item"][data-item-id="${ids[0]}"]`).getByTestId('quarantine-error')).toHaveText('상태: 허용되지 않는 값입니다 (받은 값: bogus)')
    await expect(page.locator(`[data-testid="quarantine-item"][data-item-id="${ids[1]}"]`).getByTestId('quarantine-error')).toHaveText('시급: 숫자여야 하는데 글자가 들어 있습니다')
    await page.screenshot({ path: test.info().outputPath('sync-quarantine.png'), fullPage: true })
  })
})
