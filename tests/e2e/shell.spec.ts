import type { Locator, Page } from '@playwright/test'
import type { AttractiveJobDetail, AttractiveJobListResult } from '../../src/shared/domains/attractive-jobs/views'
import { expect, test } from './fixtures'
import { dispatch, nav, signIn } from './helpers'

interface Box {
  x: number
  y: number
  width: number
  height: number
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not rendered')
  return box
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/**
 * No notice on screen overlaps any of `controls`, each of which is visible. The notices' boxes are
 * read in one go: one that closes by itself meanwhile must not leave the check waiting for it.
 */
async function expectNoticesClear(page: Page, controls: Record<string, Locator>): Promise<void> {
  const notices: Box[] = await page.getByTestId('notice').evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect()
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height }
    })
  )
  expect(notices.length).toBeGreaterThan(0)
  for (const [name, control] of Object.entries(controls)) {
    await expect(control, name).toBeVisible()
    const controlBox = await boxOf(control)
    notices.forEach((notice, i) => expect(intersects(notice, controlBox), `notice ${i} over ${name}`).toBe(false))
  }
}

function headerControls(page: Page): Record<string, Locator> {
  const header = page.getByRole('banner')
  return {
    'user name': page.getByTestId('staff-info'),
    'sync status': page.getByTestId('sync-indicator'),
    로그아웃: header.getByRole('button', { name: '로그아웃' })
  }
}

/** Opens a 매력일자리 record's detail over the list, as 확인 필요's 자료 열기 does (the hash route's `open`). */
async function openRecord(page: Page, id: string): Promise<void> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#/attractive-jobs?open=${id}`)}`)
}

/** Waits for the first sync, which starts by itself after the first sign-in on a fresh data folder. */
async function firstSyncDone(page: Page): Promise<void> {
  await expect(page.getByTestId('sync-indicator')).toContainText('마지막 동기화', { timeout: 60_000 })
}

test.describe('the shell every screen shares', () => {
  test.use({ viewport: { width: 1366, height: 768 } })

  test('notices cover no header control, 로그아웃 stays clickable, and only the latest sync result remains', async ({ page, portal }) => {
    await signIn(page, 'manager', 'demo')
    await firstSyncDone(page)

    // The portal goes away: 지금 동기화 twice gives a start notice and one failure, counted.
    await portal.stop()
    await nav(page, '동기화').click()
    const syncNow = page.getByTestId('sync-page').getByRole('button', { name: '지금 동기화' })
    for (const attempt of [1, 2]) {
      await syncNow.click()
      await expect(page.getByTestId('sync-page')).toHaveAttribute('data-sync-error', 'portal_unreachable')
      await expect(page.getByTestId('sync-page')).toHaveAttribute('data-running', 'false')
      await expect(page.locator('[data-testid="notice"][data-topic="sync-result"]')).toContainText(attempt === 1 ? '동기화 실패' : '동기화 실패 · 2회')
    }
    const failure = page.locator('[data-testid="notice"][data-topic="sync-result"]')
    await expect(failure).toHaveAttribute('data-kind', 'failure')
    await expect(failure).toContainText('포털에 연결할 수 없습니다. 포털이 응답하지 않거나 연결이 중간에 끊겼습니다')
    // The technical detail is there, folded until asked for.
    const detail = failure.getByTestId('error-detail-text')
    await expect(detail).toBeHidden()
    await failure.getByRole('button', { name: /자세히/ }).click()
    await expect(detail).toBeVisible()
    await expect(detail).toContainText('ECONNREFUSED')
    await expectNoticesClear(page, { ...headerControls(page), '지금 동기화': syncNow })
    await page.screenshot({ path: test.info().outputPath('notices-sync-page.png') })

    // On the list, with the pagination at the bottom, too.
    await nav(page, '매력일자리').click()
    await expect(page.locator('tr[data-row-id]').first()).toBeVisible()
    const pagination = page.locator('.mantine-datatable-pagination').getByRole('button')
    const controls: Record<string, Locator> = { ...headerControls(page) }
    for (let i = 0; i < (await pagination.count()); i += 1) controls[`pagination ${i}`] = pagination.nth(i)
    await expectNoticesClear(page, controls)
    await page.screenshot({ path: test.info().outputPath('notices-list.png') })

    // Back online: the success replaces the stale failure; nothing else about the sync remains.
    await portal.start()
    await nav(page, '동기화').click()
    await syncNow.click()
    await expect(page.getByTestId('sync-page')).toHaveAttribute('data-sync-error', '')
    const results = page.locator('[data-testid="notice"][data-topic="sync-result"]')
    await expect(results).toHaveCount(1)
    await expect(results).toHaveAttribute('data-kind', 'success')
    await expect(results).toContainText('동기화 완료')
    await expect(page.getByText('동기화 실패')).toHaveCount(0)
    await expectNoticesClear(page, { ...headerControls(page), '지금 동기화': syncNow })

    // 로그아웃 is clickable while notices show (a covered button would make this click wait and fail).
    await expect(page.getByTestId('notice').first()).toBeVisible()
    await page.getByRole('banner').getByRole('button', { name: '로그아웃' }).click({ timeout: 3_000 })
    await expect(page.getByRole('button', { name: '로그인', exact: true })).toBeVisible()
  })

  test('the first sign-in on a fresh PC starts the first sync by itself, with progress on the home screen', async ({ page, portal }) => {
    // A slow portal, so the first sync is seen while it runs.
    portal.sim.faults.set({ latencyMs: 150 })
    await signIn(page, 'manager', 'demo')
    const firstSync = page.getByTestId('first-sync')
    await expect(firstSync).toBeVisible()
    await expect(firstSync).toContainText('처음 자료를 받고 있습니다')
    await expect(firstSync.getByTestId('sync-progress')).toContainText('매력일자리')
    await page.screenshot({ path: test.info().outputPath('first-sync.png') })
    // Nobody pressed 동기화: the list fills.
    await expect(firstSync).toBeHidden({ timeout: 60_000 })
    await expect(page.getByTestId('home-count-attractive-jobs')).toContainText(/[1-9][\d,]*건/)
    await nav(page, '매력일자리').click()
    await expect(page.locator('tr[data-row-id]').first()).toBeVisible()
    await expect(page.getByTestId('empty-cache')).toHaveCount(0)
    // The home screen has its own 지금 동기화.
    portal.sim.faults.set({ latencyMs: 0 })
    await nav(page, '홈').click()
    await page.getByTestId('home-sync').click()
    await expect(page.locator('[data-testid="notice"][data-topic="sync-result"]')).toContainText('동기화 완료')
  })

  test('a staff member whose roles do not cover a screen is told so, not told to sync', async ({ page }) => {
    await signIn(page, 'coordinator', 'demo')
    await firstSyncDone(page)
    // Neither the home screen nor the menu offers what the roles do not cover …
    await expect(page.getByTestId('home-count-reemployment-sessions')).toBeVisible()
    await expect(page.getByTestId('home-count-attractive-jobs')).toHaveCount(0)
    await expect(page.getByTestId('aj-dashboard')).toHaveCount(0)
    await expect(nav(page, '매력일자리')).toHaveCount(0)
    // … and an address typed or linked says so instead of opening the screen.
    await page.evaluate(`window.location.hash = '#/attractive-jobs'`)
    await expect(page.getByTestId('no-access')).toContainText('권한이 없습니다')
    await expect(page.getByTestId('no-access')).toContainText('이 화면은 매력일자리 검토 권한이 있는 직원만 볼 수 있습니다')
    await expect(page.getByTestId('empty-cache')).toHaveCount(0)
    await expect(page.getByText('동기화를 실행하세요')).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('no-access.png') })
    await page.evaluate(`window.location.hash = '#/sme'`)
    await expect(page.getByTestId('no-access')).toContainText('이 화면은 강소기업 자격검토 또는 강소기업 심사 권한이 있는 직원만 볼 수 있습니다')
    // Their own screen opens.
    await nav(page, '재취업').click()
    await expect(page.getByTestId('no-access')).toHaveCount(0)
  })

  test('decisions, comments and history name the staff member, with the id in a tooltip', async ({ page, core }) => {
    await signIn(page, 'manager', 'demo')
    await firstSyncDone(page)
    // A record the portal decided and someone commented on.
    const { rows } = await dispatch<AttractiveJobListResult>(core, 'attractiveJobs:list', { pageSize: 200, filter: { statuses: ['approved', 'rejected', 'revision_requested'] } })
    const details = await Promise.all(rows.map((row) => dispatch<AttractiveJobDetail>(core, 'attractiveJobs:get', { id: row.id })))
    const decided = details.find((d) => d.record.decision && d.record.comments.length > 0)
    if (!decided?.record.decision) throw new Error('no decided record with comments in the seed')
    const deciderId = decided.record.decision.decided_by
    const staff = await dispatch<{ id: string; name: string; department: string }[]>(core, 'reference:staff', {})
    const decider = staff.find((s) => s.id === deciderId)
    if (!decider) throw new Error(`${deciderId} missing from the staff directory`)

    await openRecord(page, decided.record.id)
    const detail = page.getByTestId('aj-detail')
    await expect(detail).toHaveAttribute('data-record-id', decided.record.id)

    const decidedBy = detail.getByTestId('aj-decision-by')
    await expect(decidedBy).toContainText(`${decider.name} (${decider.department})`)
    await expect(decidedBy).toContainText('포털 시각')
    await expect(decidedBy).not.toContainText(deciderId)
    await decidedBy.getByTestId('staff-name').hover()
    await expect(page.getByRole('tooltip')).toHaveText(`직원 번호 ${deciderId}`)

    const author = decided.record.comments[0]!.author
    const authorName = staff.find((s) => s.id === author)!.name
    const comment = detail.locator(`[data-comment-id="${decided.record.comments[0]!.id}"]`)
    await expect(comment.getByTestId('aj-comment-author')).toContainText(authorName)
    await expect(comment.getByTestId('staff-name')).toHaveAttribute('data-staff-id', author)

    const history = detail.getByTestId('aj-history')
    const decision = history.locator('[data-testid="aj-history-entry"][data-kind="decision"]')
    await expect(decision).toContainText(decider.name)
    await expect(decision.getByTestId('aj-history-time')).toContainText('포털 시각')
    await expect(decision.getByTestId('aj-history-time')).not.toContainText('이 PC 시각')
    await expect(history).not.toContainText(/S-\d{4}/)
    await page.screenshot({ path: test.info().outputPath('staff-names.png') })
  })

  test('a write the app sends by itself, seconds after it was queued, leaves the header’s 보낼 것 at once', async ({ page, core }) => {
    await signIn(page, 'manager', 'demo')
    await firstSyncDone(page)
    const { rows } = await dispatch<AttractiveJobListResult>(core, 'attractiveJobs:list', { pageSize: 3 })
    const pendingCount = page.getByTestId('pending-count')
    // Three times, so a poll that happens to fall right after the send cannot pass this by luck.
    for (const [i, row] of rows.entries()) {
      await openRecord(page, row.id)
      await expect(page.getByTestId('aj-detail')).toHaveAttribute('data-record-id', row.id)
      await page.getByRole('textbox', { name: '의견 입력' }).fill(`현장 점검 ${i + 1}`)
      await page.getByRole('button', { name: '의견 등록' }).click()
      await expect(pendingCount).toHaveText('보낼 것 1')
      // What main does a moment after a write is queued while online (SyncService.nudge): a sync the
      // screen did not start and so does not know of.
      const summary = await core.context.sync.start().done
      expect(summary.pushed).toBe(1)
      await expect(pendingCount).toHaveCount(0, { timeout: 3_000 })
      await page.keyboard.press('Escape')
    }
  })

  test('after a send the header’s 보낼 것 drops at once, while the sync is still pulling', async ({ page, core, portal }) => {
    await signIn(page, 'manager', 'demo')
    await firstSyncDone(page)
    const { rows } = await dispatch<AttractiveJobListResult>(core, 'attractiveJobs:list', { pageSize: 1 })

    await portal.stop()
    await dispatch(core, 'attractiveJobs:comment', { id: rows[0]!.id, body: '현장 점검 완료' })
    const pendingCount = page.getByTestId('pending-count')
    await expect(pendingCount).toHaveText('보낼 것 1')

    await portal.start()
    // Every portal call slow: the pull goes on for seconds after the one write is sent.
    portal.sim.faults.set({ latencyMs: 400 })
    await nav(page, '동기화').click()
    const syncPage = page.getByTestId('sync-page')
    await syncPage.getByRole('button', { name: '지금 동기화' }).click()
    await expect(syncPage).toHaveAttribute('data-running', 'true')
    await expect(pendingCount).toHaveCount(0)
    expect(await syncPage.getAttribute('data-running'), 'the count dropped before the sync ended').toBe('true')
    await expect(syncPage).toHaveAttribute('data-running', 'false', { timeout: 30_000 })
    await expect(syncPage).toHaveAttribute('data-sync-error', '')
  })
})
