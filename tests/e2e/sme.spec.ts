import type { Locator, Page } from '@playwright/test'
import { formatBusinessNo } from '../../src/shared/domains/sme/company'
import type { CommitteeView, MySheets, RankingRow, ScoreSheet, SmeDashboard, SmeDetail } from '../../src/shared/domains/sme/views'
import { SME_STATUS_LABELS } from '../../src/shared/domains/sme/labels'
import { SME_STATUSES, type SmeCriteria } from '../../src/shared/portal'
import { expect, test } from './fixtures'
import { dispatch, measureListTable, nav, parseCount, signIn, smeList, smeServerRecord, syncFailsOffline, syncFromSyncPage } from './helpers'

const ROUND = '2026-1'

async function openList(page: Page, username: string): Promise<void> {
  await signIn(page, username, 'demo')
  await expect(page.getByTestId('staff-info')).toBeVisible()
  await syncFromSyncPage(page)
  await nav(page, '강소기업').click()
  await expect(page.locator('tr[data-row-id]').first()).toBeVisible()
}

async function expectTotal(page: Page, total: number): Promise<void> {
  await expect(page.getByTestId('sme-total')).toHaveAttribute('data-total', String(total))
}

async function rowIds(page: Page): Promise<string[]> {
  return page.locator('tr[data-row-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-id') ?? ''))
}

function statusChip(page: Page, label: string): Locator {
  return page.getByTestId('sme-status-filter').locator('label').filter({ hasText: new RegExp(`^${label}`) })
}

/** Picks options of a Mantine MultiSelect/Select in the opened filter bar by its label, then closes the dropdown. */
async function pick(page: Page, filterLabel: string, ...options: string[]): Promise<void> {
  const input = page.getByRole('combobox', { name: filterLabel, exact: true })
  for (const option of options) {
    await input.click()
    await page.getByRole('option', { name: option, exact: true }).click()
  }
  await input.press('Escape')
}

async function syncAndOpen(page: Page, tab: 'list' | 'sheets' | 'committee'): Promise<void> {
  await syncFromSyncPage(page)
  await nav(page, '강소기업').click()
  if (tab !== 'list') await page.getByTestId(`sme-tab-${tab}`).click()
}

test.describe('강소기업 list at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } })

  test('shows 12+ whole rows on one line each, no sideways scroll, the header stays while the rows scroll', async ({ page }) => {
    await openList(page, 'manager')
    const measured = await measureListTable(page, 'sme-table-scroll')
    expect(measured.rowCount).toBe(50)
    expect(measured.fullyVisible).toBeGreaterThanOrEqual(12)
    expect(measured.overflowsSideways).toBe(false)
    for (const [header, lines] of Object.entries(measured.linesByColumn)) {
      expect(lines, header).toHaveLength(50)
      for (const n of lines) expect(n, `a cell of ${header}`).toBeLessThanOrEqual(1)
    }
    await page.screenshot({ path: test.info().outputPath('sme-list-1366x768.png') })

    const scroll = page.getByTestId('sme-table-scroll')
    const header = scroll.locator('thead')
    const before = await header.boundingBox()
    await scroll.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await expect(page.locator('tr[data-row-id]').last()).toBeInViewport()
    expect((await header.boundingBox())?.y).toBe(before?.y)
    expect((await measureListTable(page, 'sme-table-scroll')).pageScrolled).toBe(0)
  })

  test('filters (status, stage, 자격요건, 오류·미비 flags) as chips, search by 사업자등록번호 with or without hyphens, ?open=ID', async ({ page, core }) => {
    await openList(page, 'manager')
    const all = await smeList(core, { pageSize: 1 })
    await expectTotal(page, all.total)
    // The status chips count each status under the other filters.
    for (const status of SME_STATUSES) {
      expect(parseCount(await statusChip(page, SME_STATUS_LABELS[status]).textContent()), status).toBe(all.statusCounts[status] ?? 0)
    }

    // 심사중 in 서면심사.
    await statusChip(page, '심사중').click()
    const toggle = page.getByTestId('sme-filter-toggle')
    await toggle.click()
    await pick(page, '심사 단계', '서면심사')
    const documentStage = await smeList(core, { pageSize: 50, filter: { statuses: ['evaluating'], stages: ['document'] } })
    expect(documentStage.total).toBeGreaterThan(0)
    await expectTotal(page, documentStage.total)
    for (const status of await page.locator('tr[data-row-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')))) {
      expect(status).toBe('evaluating')
    }

    // 자격요건: 미충족 있음, over every status.
    await statusChip(page, '전체').click()
    await page.getByRole('button', { name: '심사 단계: 서면심사 필터 해제' }).click()
    await pick(page, '자격요건', '미충족 있음')
    const failing = await smeList(core, { pageSize: 50, filter: { eligibility: 'has_failures' } })
    expect(failing.total).toBeGreaterThan(0)
    await expectTotal(page, failing.total)
    const failingFirstId = await page.locator('tr[data-row-id]').first().getAttribute('data-row-id')
    const firstEligibility = page.locator('tr[data-row-id] [data-testid="sme-eligibility"]').first()
    await expect(firstEligibility).toHaveAttribute('data-eligibility', 'fail')
    // Its tooltip names the criteria not met, as the round's criteria call them (never their codes).
    const firstFailing = failing.rows.find((row) => row.id === failingFirstId)
    const criteria = await dispatch<SmeCriteria | null>(core, 'sme:criteria', { round: firstFailing?.round ?? '' })
    const named = [...(firstFailing?.eligibility_failures ?? []), ...(firstFailing?.eligibility_manual ?? [])].map(
      (code) => criteria?.eligibility.find((criterion) => criterion.code === code)?.label
    )
    expect(named.length).toBeGreaterThan(0)
    for (const label of named) expect(label).toMatch(/[가-힣]/)
    await firstEligibility.hover()
    await expect(page.getByRole('tooltip').getByRole('listitem')).toHaveText(named.map((label) => label ?? ''))
    await page.getByTestId('sme-total').hover()
    await expect(page.getByRole('tooltip')).toHaveCount(0)

    // 사업자등록번호 오류만: every row flagged 오류, its number still shown as 000-00-00000.
    await page.getByRole('button', { name: '자격요건: 미충족 있음 필터 해제' }).click()
    await page.getByRole('checkbox', { name: '사업자등록번호 오류만' }).check()
    const invalid = await smeList(core, { pageSize: 50, filter: { businessNoInvalid: true } })
    expect(invalid.total).toBeGreaterThan(0)
    await expectTotal(page, invalid.total)
    const badges = page.locator('tr[data-row-id] [data-testid="sme-business-no"]')
    await expect(badges).toHaveCount(Math.min(50, invalid.total))
    for (const valid of await badges.evaluateAll((els) => els.map((el) => el.getAttribute('data-valid')))) expect(valid).toBe('false')
    const firstInvalid = invalid.rows[0]
    if (!firstInvalid) throw new Error('no invalid 사업자등록번호 in the seed')
    await expect(page.locator(`tr[data-row-id="${firstInvalid.id}"] [data-testid="sme-business-no"]`)).toContainText(formatBusinessNo(firstInvalid.business_no))
    await expect(page.locator(`tr[data-row-id="${firstInvalid.id}"] [data-testid="sme-business-no-invalid"]`)).toHaveText('오류')

    // 서류 미비만 on top: both flags.
    await page.getByRole('checkbox', { name: '서류 미비만' }).check()
    const both = await smeList(core, { pageSize: 1, filter: { businessNoInvalid: true, documentsMissing: true } })
    await expectTotal(page, both.total)
    await toggle.click()
    await expect(page.getByTestId('sme-filter-chip')).toHaveText(['사업자등록번호 오류만', '서류 미비만'])
    await expect(toggle).toHaveAttribute('data-active-count', '2')
    await page.screenshot({ path: test.info().outputPath('sme-filters-chips.png') })
    await page.getByRole('button', { name: '사업자등록번호 오류만 필터 해제' }).click()
    await page.getByRole('button', { name: '서류 미비만 필터 해제' }).click()
    await expectTotal(page, all.total)

    // 사업자등록번호 typed with hyphens, and without: the same application.
    const target = (await smeList(core, { pageSize: 5, sort: { column: 'company_name', direction: 'asc' } })).rows[3]
    if (!target) throw new Error('too few applications in the seed')
    const search = page.getByRole('textbox', { name: '검색' })
    const hyphenated = formatBusinessNo(target.business_no)
    expect(hyphenated).toMatch(/^\d{3}-\d{2}-\d{5}$/)
    await search.fill(hyphenated)
    const byNumber = await smeList(core, { pageSize: 50, filter: { search: hyphenated } })
    expect(byNumber.rows.map((r) => r.id)).toContain(target.id)
    await expectTotal(page, byNumber.total)
    await expect(page.locator(`tr[data-row-id="${target.id}"]`)).toBeVisible()
    expect(await rowIds(page)).toEqual(byNumber.rows.map((r) => r.id))
    await search.fill(target.business_no)
    await expectTotal(page, byNumber.total)
    expect(await rowIds(page)).toEqual(byNumber.rows.map((r) => r.id))
    await page.screenshot({ path: test.info().outputPath('sme-search-business-no.png') })

    // The company card: formatted number with its badge, KSIC code with its label, 자치구 by name, 업력.
    await page.locator(`tr[data-row-id="${target.id}"] [data-testid="sme-company"]`).click()
    const card = page.getByTestId('sme-detail')
    await expect(card).toHaveAttribute('data-record-id', target.id)
    const detail = await dispatch<SmeDetail>(core, 'sme:get', { id: target.id })
    await expect(card.getByTestId('sme-business-no')).toContainText(hyphenated)
    await expect(card.getByTestId(detail.business_no_valid ? 'sme-business-no-valid' : 'sme-business-no-invalid')).toBeVisible()
    await expect(card.getByTestId('sme-card-industry')).toContainText(detail.record.company.industry_code)
    if (detail.record.company.industry_name === undefined) throw new Error('seeded application without industry_name')
    await expect(card.getByTestId('sme-card-industry')).toContainText(detail.record.company.industry_name)
    const districts = await dispatch<{ code: string; name: string }[]>(core, 'reference:districts', {})
    await expect(card.getByTestId('sme-card-district')).toHaveText(districts.find((d) => d.code === detail.record.company.district_code)?.name ?? '?')
    await expect(card.getByTestId('sme-card-years')).toHaveText(`${detail.years_in_business}년`)
    await expect(card.getByTestId('sme-card-revenue')).toContainText('억 원')
    await expect(card.getByTestId('sme-checklist').locator('[data-code]')).toHaveCount(detail.eligibility?.length ?? -1)
    await page.screenshot({ path: test.info().outputPath('sme-company-card.png') })

    // A link with ?open=ID opens that application over the list.
    const other = all.rows[0]
    if (!other) throw new Error('empty list')
    await page.goto(`/#/sme?open=${other.id}`)
    await expect(page.getByTestId('sme-detail')).toHaveAttribute('data-record-id', other.id)
  })
})

test.describe('강소기업 screening', () => {
  test('the screener overrides the checklist with a note (the button says why until then); it reaches the portal', async ({ page, core, portal }) => {
    await openList(page, 'screener')
    // An application waiting for screening whose every criterion passes: 부적격 is then an override.
    const waiting = await smeList(core, { pageSize: 50, filter: { statuses: ['submitted', 'screening'], eligibility: 'all_pass' } })
    const target = waiting.rows[0]
    if (!target) throw new Error('no application waiting for screening with every criterion met in the seed')
    await page.getByRole('textbox', { name: '검색' }).fill(formatBusinessNo(target.business_no))
    await page.locator(`tr[data-row-id="${target.id}"] [data-testid="sme-company"]`).click()
    const card = page.getByTestId('sme-detail')
    await expect(card).toHaveAttribute('data-record-id', target.id)
    const form = card.getByTestId('sme-screening-form')
    await expect(form).toBeVisible()
    for (const outcome of await card.getByTestId('sme-checklist').locator('[data-outcome]').evaluateAll((els) => els.map((el) => el.getAttribute('data-outcome')))) {
      expect(outcome).toBe('pass')
    }
    // Pre-filled 적격 (nothing fails): saving needs no note.
    await expect(form.getByTestId('sme-screening-reason')).toHaveAttribute('data-blocked', 'false')
    await expect(form.getByRole('button', { name: '자격검토 저장' })).not.toHaveAttribute('aria-disabled', 'true')

    // Override: 부적격 naming one criterion the checklist found met.
    const criteria = await dispatch<SmeCriteria | null>(core, 'sme:criteria', { round: target.round })
    const criterion = criteria?.eligibility[0]
    if (!criterion) throw new Error('no criteria cached')
    await form.getByText('부적격', { exact: true }).click()
    await form.getByRole('checkbox', { name: criterion.label }).check()
    await expect(form.getByTestId('sme-screening-override')).toBeVisible()
    const save = form.getByRole('button', { name: '자격검토 저장' })
    await expect(save).toHaveAttribute('aria-disabled', 'true')
    await expect(form.getByTestId('sme-screening-reason')).toHaveAttribute('data-blocked', 'true')
    await expect(form.getByTestId('sme-screening-reason')).toHaveText('점검 결과와 다르게 판단하려면 검토 의견을 적어야 합니다.')
    // Shown disabled but focusable (the reason is read out with it); a click does nothing.
    await save.dispatchEvent('click')
    await expect(card).toHaveAttribute('data-status', target.status)
    await page.screenshot({ path: test.info().outputPath('sme-screening-blocked.png') })

    const note = '현장 확인 결과 서울 본사가 실제로는 경기도에 있어 자격요건을 충족하지 못합니다.'
    await form.getByRole('textbox', { name: '검토 의견' }).fill(note)
    await expect(save).not.toHaveAttribute('aria-disabled', 'true')
    await save.click()
    await expect(page.locator('[data-testid="notice"][data-topic="sme-screen"]')).toContainText('자격검토(부적격)를 저장했습니다')
    await expect(card).toHaveAttribute('data-status', 'ineligible')
    await expect(card.getByTestId('sme-screening-done')).toContainText(note)

    await syncAndOpen(page, 'list')
    await expect.poll(() => smeServerRecord(portal, target.id).status).toBe('ineligible')
    const screening = smeServerRecord(portal, target.id).screening
    expect(screening?.failed_criteria).toEqual([criterion.code])
    expect(screening?.note).toBe(note)
    expect(screening?.by).toBe('S-0021')
  })
})

test.describe('강소기업 score sheets', () => {
  test('the evaluator confirms the pledge, scores a 서면심사 sheet with the keyboard while offline, then 회피; the portal gets both', async ({ page, core, portal }) => {
    // Three syncs and an offline round trip: longer than one screen's test.
    test.setTimeout(180_000)
    await signIn(page, 'evaluator', 'demo')
    await syncFromSyncPage(page)
    // Only the manager sees the committee.
    await page.goto('/#/sme/committee')
    await expect(page.getByTestId('no-access')).toContainText('관리자')
    // Home: the way straight to my sheets.
    await nav(page, '홈').click()
    await page.getByTestId('sme-dashboard-sheets').click()
    await expect(page).toHaveURL(/#\/sme\/sheets$/)

    // The 청렴·이해충돌 확인 comes first.
    const pledge = page.getByTestId('sme-pledge-dialog')
    await expect(pledge).toBeVisible()
    await expect(pledge).toContainText('14일 이내')
    const confirm = pledge.getByRole('button', { name: '확인', exact: true })
    await expect(confirm).toBeDisabled()
    await pledge.getByRole('checkbox', { name: '위 내용을 읽었으며 지키겠습니다.' }).check()
    await confirm.click()
    await expect(pledge).toBeHidden()
    await expect(page.getByTestId('sme-pledge-confirmed')).toBeVisible()
    expect((await dispatch<{ confirmedAt: string | null }>(core, 'sme:pledgeStatus', { round: ROUND })).confirmedAt).not.toBeNull()

    // Blind: my work list is exactly main's list of my assignments.
    const mine = await dispatch<MySheets>(core, 'sme:mySheets', { round: ROUND })
    const list = page.getByTestId('sme-worklist')
    await expect(list.locator('[data-row-id]')).toHaveCount(mine.rows.length)
    const at = mine.rows.findIndex((r) => r.stage === 'document' && r.state === 'missing')
    const target = mine.rows[at]
    if (!target) throw new Error('the demo evaluator has no unscored 서면심사 sheet in the seed')
    const expectedNext = [...mine.rows.slice(at + 1), ...mine.rows.slice(0, at)].find((r) => r.state === 'missing' || r.state === 'partial')
    if (!expectedNext) throw new Error('the demo evaluator has a single unscored sheet in the seed')
    const sheet = await dispatch<ScoreSheet>(core, 'sme:sheet', { id: target.id, stage: 'document' })
    expect(sheet.items.length).toBeGreaterThan(1)

    // Offline from here.
    await portal.stop()
    await syncFailsOffline(page)
    await nav(page, '강소기업').click()
    await page.getByTestId('sme-tab-sheets').click()
    const row = list.locator(`[data-row-id="${target.id}"][data-stage="document"]`)
    await row.focus()
    await page.keyboard.press('Enter')
    const form = page.getByTestId('sme-sheet')
    await expect(form).toHaveAttribute('data-record-id', target.id)
    const first = sheet.items[0]!
    const firstField = form.getByRole('textbox', { name: `${first.label} (배점 ${first.max}점)` })
    await expect(firstField).toBeFocused()

    // Out of range as typed: the message under the field, and Enter saves nothing.
    await page.keyboard.type(String(first.max + 5))
    await expect(form.getByText(`0~${first.max}점 사이로 입력하세요.`)).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(form).toHaveAttribute('data-record-id', target.id)
    await page.keyboard.press('Control+A')
    const scores = Object.fromEntries(sheet.items.map((item, i) => [item.code, Math.max(0, item.max - 2 - i)]))
    // Each value typed, Tab to the next; the live total follows.
    let typed = 0
    for (const [i, item] of sheet.items.entries()) {
      if (i > 0) await page.keyboard.press('Tab')
      await page.keyboard.type(String(scores[item.code]))
      typed += scores[item.code] ?? 0
      await expect(form.getByTestId('sme-sheet-total')).toHaveAttribute('data-total', String(typed))
    }
    await expect(form.getByTestId('sme-sheet-total')).toHaveAttribute('data-complete', 'true')
    await page.keyboard.press('Tab')
    const comment = '기술 경쟁력이 뛰어나고\n청년 고용 계획이 구체적입니다.'
    await expect(form.getByRole('textbox', { name: '평가의견' })).toBeFocused()
    // Enter in the comment is a new line; Ctrl+Enter saves and opens the next unscored application.
    await page.keyboard.type('기술 경쟁력이 뛰어나고')
    await page.keyboard.press('Enter')
    await page.keyboard.type('청년 고용 계획이 구체적입니다.')
    await expect(form.getByRole('textbox', { name: '평가의견' })).toHaveValue(comment)
    await page.screenshot({ path: test.info().outputPath('sme-sheet-typed-offline.png') })
    await page.keyboard.press('Control+Enter')
    await expect(page.locator('[data-testid="notice"][data-topic="sme-score"]')).toContainText('연결되면 포털로 보냅니다')
    await expect(form).toHaveAttribute('data-record-id', expectedNext.id)
    await expect(list.locator(`[data-row-id="${target.id}"][data-stage="document"]`)).toHaveAttribute('data-state', 'complete')
    expect(smeServerRecord(portal, target.id).scores.filter((s) => s.evaluator_id === 'S-0031' && s.stage === 'document')).toEqual([])

    // Back online: the sync sends it.
    await portal.start()
    await syncAndOpen(page, 'sheets')
    await expect
      .poll(() =>
        Object.fromEntries(
          smeServerRecord(portal, target.id)
            .scores.filter((s) => s.evaluator_id === 'S-0031' && s.stage === 'document')
            .map((s) => [s.criterion, s.score])
        )
      )
      .toEqual(scores)
    expect(smeServerRecord(portal, target.id).sheet_comments.find((c) => c.evaluator_id === 'S-0031' && c.stage === 'document')?.comment).toBe(comment)

    // 회피 on another unscored application: a reason of 5+ characters and the day it became known.
    const recuse = (await dispatch<MySheets>(core, 'sme:mySheets', { round: ROUND })).rows.find((r) => r.state === 'missing' && r.id !== target.id)
    if (!recuse) throw new Error('no second unscored sheet for the demo evaluator in the seed')
    await list.locator(`[data-row-id="${recuse.id}"][data-stage="${recuse.stage}"]`).click()
    await expect(form).toHaveAttribute('data-record-id', recuse.id)
    await form.getByRole('button', { name: '회피' }).click()
    const dialog = page.getByTestId('sme-abstain-dialog')
    await expect(dialog).toContainText('14일 이내')
    const saveAbstain = dialog.getByRole('button', { name: '회피 저장' })
    await dialog.getByRole('textbox', { name: '사유' }).fill('친척')
    await expect(saveAbstain).toBeDisabled()
    const reason = '신청기업 대표가 배우자의 사촌입니다.'
    await dialog.getByRole('textbox', { name: '사유' }).fill(reason)
    await saveAbstain.click()
    await expect(dialog).toBeHidden()
    await expect(page.locator('[data-testid="notice"][data-topic="sme-abstain"]')).toContainText('회피를 기록했습니다')
    await syncAndOpen(page, 'sheets')
    await expect.poll(() => smeServerRecord(portal, recuse.id).abstentions.find((a) => a.evaluator_id === 'S-0031' && a.stage === recuse.stage)?.kind).toBe('recusal')
    const abstention = smeServerRecord(portal, recuse.id).abstentions.find((a) => a.evaluator_id === 'S-0031' && a.stage === recuse.stage)
    expect(abstention?.reason).toBe(reason)
    expect(abstention?.known_on).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await expect(list.locator(`[data-row-id="${recuse.id}"][data-stage="${recuse.stage}"]`)).toHaveAttribute('data-state', 'recusal')
  })
})

test.describe('강소기업 committee', () => {
  test.use({ viewport: { width: 1366, height: 768 } })

  test('the manager records a 기피, ranks, moves the top N on to 현장실사, and records the final selection', async ({ page, core, portal }) => {
    test.setTimeout(180_000)
    await openList(page, 'manager')
    await page.getByTestId('sme-tab-committee').click()
    const committeePage = page.getByTestId('sme-committee-page')
    await expect(committeePage.locator('tr[data-row-id]').first()).toBeVisible()

    // Ranked: the matrix lists the stage's ranking in order.
    const ranking = await dispatch<RankingRow[]>(core, 'sme:ranking', { round: ROUND, stage: 'document' })
    const shown = await committeePage.locator('tr[data-row-id]').evaluateAll((trs) => trs.slice(0, 20).map((tr) => tr.getAttribute('data-row-id')))
    expect(shown).toEqual(ranking.slice(0, 20).map((r) => r.id))
    expect(ranking[0]?.rank).toBe(1)
    // The definitions are one click away.
    await committeePage.getByRole('button', { name: '점수 산정 방법' }).click()
    await expect(page.getByTestId('sme-score-help')).toContainText('절사평균')
    await page.keyboard.press('Escape')

    // 기피 from a cell of a still-open application (an evaluator who has not abstained there).
    const view = await dispatch<CommitteeView>(core, 'sme:committee', { round: ROUND, stage: 'document' })
    const open = view.rows.filter((r) => r.status === 'evaluating' && r.current_stage === 'document')
    const challengeRow = open.find((r) => view.evaluators.some((e) => r.cells[e.id] && ['missing', 'partial', 'complete'].includes(r.cells[e.id]!.state)))
    if (!challengeRow) throw new Error('no open 서면심사 application in the seed')
    const evaluator = view.evaluators.find((e) => ['missing', 'partial', 'complete'].includes(challengeRow.cells[e.id]?.state ?? ''))!
    const rowIndex = view.rows.findIndex((r) => r.id === challengeRow.id)
    if (rowIndex >= 100) await committeePage.locator('.mantine-datatable-pagination').getByRole('button', { name: String(Math.floor(rowIndex / 100) + 1) }).click()
    const cell = committeePage.locator(`tr[data-row-id="${challengeRow.id}"] [data-testid="sme-cell"][data-evaluator="${evaluator.letter}"]`)
    await cell.scrollIntoViewIfNeeded()
    await cell.click()
    await page.getByRole('menuitem', { name: '기피 기록' }).click()
    const dialog = page.getByTestId('sme-abstain-dialog')
    await expect(dialog).toHaveAttribute('data-kind', 'challenge')
    await expect(dialog).toContainText(`위원 ${evaluator.letter}`)
    const reason = '신청기업이 해당 위원과의 거래 관계를 들어 기피를 신청했습니다.'
    await dialog.getByRole('textbox', { name: '사유' }).fill(reason)
    await dialog.getByRole('button', { name: '기피 저장' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.locator('[data-testid="notice"][data-topic="sme-abstain"]')).toContainText('기피를 기록했습니다')
    await expect(cell).toHaveAttribute('data-state', 'challenge')

    // The top 3 open applications pass; the preview names them, then they move on.
    await committeePage.getByTestId('sme-cutoff-value').fill('3')
    const freshRanking = await dispatch<RankingRow[]>(core, 'sme:ranking', { round: ROUND, stage: 'document' })
    const top = freshRanking.filter((r) => r.status === 'evaluating' && r.current_stage === 'document' && r.rank !== null).slice(0, 3).map((r) => r.id)
    expect(top).toHaveLength(3)
    await expect(committeePage.getByTestId('sme-cutoff-preview')).toHaveAttribute('data-advance', '3')
    for (const id of top) await expect(committeePage.locator(`tr[data-row-id="${id}"] [data-testid="sme-verdict"]`)).toHaveAttribute('data-verdict', 'advance')
    await committeePage.getByTestId('sme-cutoff-action').click()
    const batch = page.getByTestId('sme-batch-dialog')
    await expect(batch.getByTestId('sme-batch-will-change').locator('[data-id]')).toHaveCount(3)
    expect(await batch.getByTestId('sme-batch-will-change').locator('[data-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(top)
    await page.screenshot({ path: test.info().outputPath('sme-advance-preview.png') })
    await batch.getByRole('button', { name: '확정' }).click()
    await expect(batch).toBeHidden()
    await expect(page.locator('[data-testid="notice"][data-topic="sme-batch"]')).toContainText('3건을 다음 단계로')

    await syncAndOpen(page, 'committee')
    await expect.poll(() => top.map((id) => smeServerRecord(portal, id).stage)).toEqual(['site_visit', 'site_visit', 'site_visit'])
    await expect.poll(() => smeServerRecord(portal, challengeRow.id).abstentions.find((a) => a.evaluator_id === evaluator.id && a.stage === 'document')?.kind).toBe('challenge')

    // 현장실사 is 2026-1's last stage: the top 2 are selected, the other candidates not, with the committee's note.
    await committeePage.getByTestId('sme-committee-stage').getByText('현장실사').click()
    await expect(committeePage.getByTestId('sme-cutoff-action')).toContainText('최종 선정 기록')
    await committeePage.getByTestId('sme-cutoff-value').fill('2')
    const site = await dispatch<RankingRow[]>(core, 'sme:ranking', { round: ROUND, stage: 'site_visit' })
    const candidates = site.filter((r) => r.status === 'evaluating' && r.current_stage === 'site_visit')
    const winners = candidates.filter((r) => r.rank !== null).slice(0, 2).map((r) => r.id)
    expect(winners).toHaveLength(2)
    await expect(committeePage.getByTestId('sme-cutoff-preview')).toHaveAttribute('data-advance', '2')
    await expect(committeePage.getByTestId('sme-cutoff-preview')).toHaveAttribute('data-stop', String(candidates.length - 2))
    await committeePage.getByTestId('sme-cutoff-action').click()
    await expect(batch.getByTestId('sme-batch-summary')).toBeVisible()
    const willChange = await batch.getByTestId('sme-batch-will-change').locator('[data-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id') ?? ''))
    expect(willChange).toEqual(expect.arrayContaining(winners))
    // The ones just moved on have no 현장실사 sheet yet: listed as skipped, with the reason.
    const skipped = batch.getByTestId('sme-batch-skipped')
    for (const id of top) await expect(skipped.locator(`[data-id="${id}"]`)).toContainText('완료된 평가표가 없습니다')
    const note = '2026년 강소기업지원위원회 심의 결과'
    await batch.getByRole('textbox', { name: '강소기업지원위원회 의견' }).fill(note)
    await page.screenshot({ path: test.info().outputPath('sme-select-preview.png') })
    await batch.getByRole('button', { name: '확정' }).click()
    await expect(batch).toBeHidden()
    await expect(page.locator('[data-testid="notice"][data-topic="sme-batch"]')).toContainText(`${willChange.length}건의 최종 선정 결과를 저장했습니다`)

    await syncAndOpen(page, 'committee')
    await expect.poll(() => willChange.map((id) => smeServerRecord(portal, id).status)).toEqual(willChange.map((id) => (winners.includes(id) ? 'selected' : 'not_selected')))
    for (const id of willChange) expect(smeServerRecord(portal, id).selection?.note).toBe(note)
    for (const id of top) expect(smeServerRecord(portal, id).status).toBe('evaluating')
  })

  test('the home tile counts open the list filtered to exactly what they count', async ({ page, core }) => {
    await signIn(page, 'manager', 'demo')
    await syncFromSyncPage(page)
    await nav(page, '홈').click()
    const tile = page.getByTestId('sme-dashboard')
    const dashboard = await dispatch<SmeDashboard>(core, 'sme:dashboard', {})
    await expect(tile.getByTestId('sme-dashboard-total')).toContainText(`${dashboard.total.toLocaleString('ko-KR')}건`)
    await expect(tile.getByTestId('sme-dashboard-missing').locator('[data-evaluator]')).toHaveCount(dashboard.missingSheets.filter((m) => m.missing > 0).length)
    await expect(tile.getByTestId('sme-dashboard-missing').getByTestId('staff-name').first()).not.toHaveText(/^S-\d+$/)
    await page.screenshot({ path: test.info().outputPath('sme-home-tile.png') })

    const documentCount = dashboard.byStage.document ?? 0
    expect(documentCount).toBeGreaterThan(0)
    await tile.getByTestId('sme-dashboard-stage').locator('[data-stage="document"]').getByRole('button').click()
    await expect(page).toHaveURL(/#\/sme$/)
    await expectTotal(page, documentCount)
    await expect(page.getByTestId('sme-filter-chip')).toHaveText(['심사 단계: 서면심사'])

    await nav(page, '홈').click()
    const ineligible = tile.getByTestId('sme-dashboard-status').locator('[data-status="ineligible"]')
    await ineligible.click()
    await expectTotal(page, dashboard.byStatus.ineligible ?? -1)
    await expect(page.getByTestId('sme-filter-chip')).toHaveCount(0)
  })
})
