import type { Locator, Page } from '@playwright/test'
import { getChoseong } from 'es-hangul'
import { RULE_LABELS } from '../../src/shared/domains/attractive-jobs/rules'
import { expect, test } from './fixtures'
import { detail, dispatch, list, listTotal, measureListTable, nav, openWorkspace, parseCount, signIn, syncFromSyncPage } from './helpers'

async function expectTotal(page: Page, total: number): Promise<void> {
  await expect(page.getByTestId('aj-total')).toHaveAttribute('data-total', String(total))
}

function statusChip(page: Page, label: string): Locator {
  return page.getByTestId('aj-status-filter').locator('label').filter({ hasText: new RegExp(`^${label}`) })
}

async function rowIds(page: Page): Promise<string[]> {
  return page.locator('tr[data-row-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-id') ?? ''))
}

/** The status chips' counts, by label ("검토중 42" → 42). */
async function chipCounts(page: Page): Promise<number[]> {
  return (await page.getByTestId('aj-status-filter').locator('label').allTextContents()).map(parseCount)
}

function measureTable(page: Page) {
  return measureListTable(page, 'aj-table-scroll')
}

function expectOneLineCells(linesByColumn: Record<string, number[]>) {
  for (const [header, lines] of Object.entries(linesByColumn)) {
    // Every cell with text takes one line: numbers, dates and labels fit, titles and names are cut.
    for (const n of lines) expect(n, `a cell of ${header || '(no header)'}`).toBeLessThanOrEqual(1)
  }
}

test.describe('매력일자리 list at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } })

  test('shows 12+ whole rows on one line each, the header stays while the rows scroll, and the title gets the room left', async ({ page }) => {
    await openWorkspace(page)
    const measured = await measureTable(page)
    expect(measured.rowCount).toBe(50)
    expect(measured.fullyVisible).toBeGreaterThanOrEqual(12)
    for (const header of ['시급', '접수일', '대상', '인원', '사업연도']) {
      expect(measured.linesByColumn[header], header).toHaveLength(50)
      expect(Math.max(...(measured.linesByColumn[header] ?? [])), header).toBe(1)
    }
    expectOneLineCells(measured.linesByColumn)
    await page.screenshot({ path: test.info().outputPath('list-1366x768.png') })

    // The rows scroll under the header, not the page: the header stays at the top of the table.
    const scroll = page.getByTestId('aj-table-scroll')
    const header = scroll.locator('thead')
    const before = await header.boundingBox()
    await scroll.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await expect(page.locator('tr[data-row-id]').last()).toBeInViewport()
    const after = await header.boundingBox()
    expect(after?.y).toBe(before?.y)
    await expect(header.locator('th', { hasText: '시급' })).toBeInViewport()
    expect((await measureTable(page)).pageScrolled).toBe(0)
    await page.screenshot({ path: test.info().outputPath('list-scrolled.png') })

    // A cut title shows in full in a tooltip. At 1366 px Pretendard leaves most seeded titles whole, so
    // the window is made narrower (a window beside another on the same screen) to cut some.
    await page.setViewportSize({ width: 1100, height: 768 })
    const titles = page.locator('tr[data-row-id] [data-testid="aj-title"]')
    const cut = await titles.evaluateAll((els) => els.findIndex((el) => el.scrollWidth > el.clientWidth))
    expect(cut).toBeGreaterThanOrEqual(0)
    const cutTitle = titles.nth(cut)
    const full = (await cutTitle.textContent()) ?? ''
    await cutTitle.scrollIntoViewIfNeeded()
    await cutTitle.hover()
    await expect(page.getByRole('tooltip')).toHaveText(full)
  })

  test('with every column the title keeps a readable width, cells stay on one line and 12+ rows show', async ({ page }) => {
    await openWorkspace(page)
    await page.getByRole('button', { name: '열 선택' }).click()
    for (const label of ['사업번호', '기관구분', '수정일']) await page.getByRole('checkbox', { name: label, exact: true }).check()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('aj-table-scroll').locator('thead th', { hasText: '수정일' })).toBeAttached()
    const measured = await measureTable(page)
    expect(Object.keys(measured.linesByColumn)).toHaveLength(14)
    expect(Object.entries(measured.columnWidths).find(([header]) => header.startsWith('사업명'))?.[1] ?? 0).toBeGreaterThanOrEqual(220)
    expect(measured.fullyVisible).toBeGreaterThanOrEqual(12)
    expectOneLineCells(measured.linesByColumn)
    await page.screenshot({ path: test.info().outputPath('list-all-columns.png') })
  })

  test('filters collapse into one row: the 필터 control counts them, the chosen values are chips that remove them', async ({ page, core }) => {
    await openWorkspace(page)
    const total = await listTotal(page)
    const toggle = page.getByTestId('aj-filter-toggle')
    // Closed, the bar takes no room and says nothing ("전체" eight times).
    await expect(page.getByRole('combobox', { name: '대상', exact: true })).toHaveCount(0)
    await expect(page.getByPlaceholder('전체')).toHaveCount(0)
    await toggle.click()
    for (const [filterLabel, option] of [['대상', '청년'], ['기관구분', '자치구']] as const) {
      const input = page.getByRole('combobox', { name: filterLabel, exact: true })
      await input.click()
      await page.getByRole('option', { name: option, exact: true }).click()
      await input.press('Escape')
    }
    const both = await list(core, { pageSize: 1, filter: { targetGroups: ['youth'], orgTypes: ['district'] } })
    await expectTotal(page, both.total)
    await toggle.click()
    await expect(page.getByRole('combobox', { name: '대상', exact: true })).toHaveCount(0)
    await expect(toggle).toHaveAttribute('data-active-count', '2')
    await expect(toggle).toContainText('2')
    const chips = page.getByTestId('aj-filter-chip')
    await expect(chips).toHaveText(['기관구분: 자치구', '대상: 청년'])
    await page.screenshot({ path: test.info().outputPath('filters-collapsed.png') })

    await page.getByRole('button', { name: '대상: 청년 필터 해제' }).click()
    const district = await list(core, { pageSize: 1, filter: { orgTypes: ['district'] } })
    await expectTotal(page, district.total)
    await expect(chips).toHaveText(['기관구분: 자치구'])
    await expect(toggle).toHaveAttribute('data-active-count', '1')
    await page.getByRole('button', { name: '기관구분: 자치구 필터 해제' }).click()
    await expectTotal(page, total)
    await expect(chips).toHaveCount(0)
    await expect(toggle).toHaveAttribute('data-active-count', '0')
  })

  test('the progress says what it counts, with a tooltip that breaks the numbers down', async ({ page, core }) => {
    await openWorkspace(page)
    await statusChip(page, '검토중').click()
    const { statusCounts } = await list(core, { pageSize: 1, filter: { statuses: ['in_review'] } })
    const n = (s: string) => statusCounts[s] ?? 0
    const decided = n('approved') + n('rejected') + n('revision_requested')
    const target = decided + n('submitted') + n('in_review')
    const f = (v: number) => v.toLocaleString('ko-KR')
    const progress = page.getByTestId('review-progress')
    // The status chip does not change it: it counts the filter without its 상태 choice, as the chips do.
    await expect(progress).toHaveText(`결정 완료 ${f(decided)}건 / 검토 대상 ${f(target)}건`)
    await progress.hover()
    const explanation = page.getByTestId('review-progress-explanation')
    await expect(explanation).toContainText(`적정 ${f(n('approved'))}건 · 부적정 ${f(n('rejected'))}건 · 보완요청 ${f(n('revision_requested'))}건`)
    await expect(explanation).toContainText(`남은 미검토 ${f(target - decided)}건: 접수 ${f(n('submitted'))}건 · 검토중 ${f(n('in_review'))}건`)
    // The seed withdraws some submissions (5 %), so the sentence that leaves them out is always there.
    expect(n('withdrawn')).toBeGreaterThan(0)
    await expect(explanation).toContainText(`철회 ${f(n('withdrawn'))}건은 검토 대상에서 뺐습니다.`)
    await page.screenshot({ path: test.info().outputPath('progress-tooltip.png') })
  })

  test('the rows share one tooltip: it follows the pointer from 사업명 to 기관 to the failed rules, and leaving or clicking hides it', async ({ page, core }) => {
    await openWorkspace(page)
    const toggle = page.getByTestId('aj-filter-toggle')
    await toggle.click()
    await page.getByRole('combobox', { name: '기준 점검', exact: true }).click()
    await page.getByRole('option', { name: '위반 있음', exact: true }).click()
    await toggle.click()
    await expect(page.getByTestId('aj-filter-chip')).toHaveText(['기준 점검: 위반 있음'])
    await expectTotal(page, (await list(core, { pageSize: 1, filter: { ruleCheck: 'has_failures' } })).total)
    const row = page.locator('tr[data-row-id]').first()
    const id = (await row.getAttribute('data-row-id')) ?? ''
    const failing = await list(core, { pageSize: 100, filter: { ruleCheck: 'has_failures' } })
    const record = failing.rows.find((r) => r.id === id)
    expect(record?.rule_failures?.length).toBeGreaterThan(0)
    const tooltip = page.getByRole('tooltip')

    await row.getByTestId('aj-title').hover()
    await expect(tooltip).toHaveText(record?.title ?? '')
    // Described by it while it is open, as a screen reader would announce it.
    await expect(row.getByTestId('aj-title')).toHaveAccessibleDescription(record?.title ?? '')
    await row.getByTestId('aj-org').hover()
    await expect(tooltip).toHaveText(record?.org_department ? `${record.org_name} · ${record.org_department}` : (record?.org_name ?? ''))
    // One tooltip for the whole table, never one per hovered cell left behind.
    await expect(tooltip).toHaveCount(1)

    const badge = row.getByTestId('rule-badge')
    await expect(badge).toHaveText(`위반 ${record?.rule_failures?.length}`)
    await badge.hover()
    await expect(tooltip.getByRole('listitem')).toHaveText((record?.rule_failures ?? []).map((code) => RULE_LABELS[code]))
    await expect(row.getByTestId('aj-title')).not.toHaveAttribute('aria-describedby')

    // Off the cells (the page's heading): gone.
    await page.getByRole('heading', { name: '매력일자리' }).hover()
    await expect(tooltip).toHaveCount(0)
    // Pressing on a cell is acting on the row: its tooltip gets out of the way of the detail it opens.
    await row.getByTestId('aj-title').hover()
    await expect(tooltip).toBeVisible()
    await row.getByTestId('aj-title').click()
    await expect(page.getByTestId('aj-detail')).toBeVisible()
    await expect(tooltip).toHaveCount(0)
  })
})

test.describe('매력일자리 search', () => {
  test('a 200-character paste is cut at the limit, and the list keeps its rows and counts without a 마지막 보기 error', async ({ page, core }) => {
    await openWorkspace(page)
    const search = page.getByRole('textbox', { name: '검색' })
    await search.fill('디지털')
    const expected = await list(core, { pageSize: 50, filter: { search: '디지털' } })
    await expectTotal(page, expected.total)
    const ids = await rowIds(page)
    const counts = await chipCounts(page)
    expect(ids).toEqual(expected.rows.map((r) => r.id))

    // 50 × "디지털 " is 200 characters; its first 100 are 25 × "디지털", the same search.
    const long = '디지털 '.repeat(50)
    expect(long).toHaveLength(200)
    await search.selectText()
    await page.keyboard.insertText(long)
    await expect(search).toHaveValue(long.slice(0, 100))
    await expect(page.getByTestId('aj-search-count')).toHaveText('100/100')
    await expect(page.getByTestId('aj-search-message')).toHaveText('검색어는 100자까지 입력할 수 있습니다.')
    // The longest search the list takes: the same rows and counts, now searched with 25 words.
    await expect.poll(() => dispatch<{ filter: { search?: string } } | null>(core, 'attractiveJobs:getLastView', {}).then((v) => v?.filter.search)).toBe(
      long.slice(0, 100).trim()
    )
    await expectTotal(page, expected.total)
    expect(await rowIds(page)).toEqual(ids)
    expect(await chipCounts(page)).toEqual(counts)
    await expect(page.getByText('입력값이 올바르지 않습니다')).toHaveCount(0)
    await expect(page.getByText('마지막 보기를 저장하지 못했습니다')).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('search-200-characters.png') })

    // A value that gets past the box's limit (set by a script, as autofill does) is never sent: the
    // box says why, and the list keeps its rows and counts.
    const other = '청년 '.repeat(70)
    await search.evaluate((input, value) => {
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set?.call(input, value)
      input.dispatchEvent(new Event('input', { bubbles: true }))
    }, other)
    await expect(search).toHaveValue(other)
    await expect(search).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByTestId('aj-search-message')).toHaveText('검색어는 100자까지 입력할 수 있습니다.')
    await expect(page.getByTestId('aj-search-count')).toHaveText(`${other.length}/100`)
    await expectTotal(page, expected.total)
    expect(await rowIds(page)).toEqual(ids)
    expect(await chipCounts(page)).toEqual(counts)
    await expect(page.getByText('입력값이 올바르지 않습니다')).toHaveCount(0)
    await expect(page.getByText('마지막 보기를 저장하지 못했습니다')).toHaveCount(0)
    // Nothing main would refuse was saved as the last view.
    expect((await dispatch<{ filter: { search?: string } } | null>(core, 'attractiveJobs:getLastView', {}))?.filter.search).toBe(long.slice(0, 100).trim())
  })

  test('marks why each row matched: words and 초성 in 사업명 and 기관, and the piece of 직무 when only 직무 has the word', async ({ page, core }) => {
    await openWorkspace(page)
    const search = page.getByRole('textbox', { name: '검색' })

    // A two-syllable word found only in the 직무 of a row on the first page.
    let found: { word: string; id: string } | null = null
    outer: for (const word of ['운영', '지원', '상담', '관리', '안내', '교육', '홍보', '기록']) {
      const result = await list(core, { pageSize: 50, filter: { search: word } })
      for (const row of result.rows) {
        const { record } = await detail(core, row.id)
        const shown = [record.title, record.org.name, record.org.department].join(' ')
        if (!shown.includes(word) && record.duties.includes(word)) {
          found = { word, id: row.id }
          break outer
        }
      }
    }
    if (!found) throw new Error('no row matched only in 직무 in the seed')
    await search.fill(found.word)
    const row = page.locator(`tr[data-row-id="${found.id}"]`)
    await expect(row).toBeVisible()
    const piece = row.getByTestId('aj-match-elsewhere')
    await expect(piece).toHaveAttribute('data-field', 'duties')
    await expect(piece).toContainText('직무 내용:')
    await expect(piece.getByTestId('aj-mark').first()).toHaveText(found.word)
    await expect(row.getByTestId('aj-title').getByTestId('aj-mark')).toHaveCount(0)
    // Rows whose title has the word mark it there, and need no piece of 직무.
    const titled = page.locator('tr[data-row-id]').filter({ has: page.getByTestId('aj-title').getByTestId('aj-mark') })
    await expect(titled.first().getByTestId('aj-title').getByTestId('aj-mark').first()).toHaveText(found.word)
    await page.screenshot({ path: test.info().outputPath('search-marks-duties.png') })

    // 초성: the syllables they stand for are marked.
    await search.fill('ㄷㅈㅌ')
    await expectTotal(page, (await list(core, { pageSize: 1, filter: { search: 'ㄷㅈㅌ' } })).total)
    const marks = page.locator('tr[data-row-id] [data-testid="aj-title"] [data-testid="aj-mark"]')
    await expect(marks.first()).toBeVisible()
    for (const text of await marks.allTextContents()) expect(getChoseong(text)).toBe('ㄷㅈㅌ')
    await page.screenshot({ path: test.info().outputPath('search-marks-choseong.png') })

    // An organisation's name.
    await search.fill('강남')
    await expectTotal(page, (await list(core, { pageSize: 1, filter: { search: '강남' } })).total)
    const orgMarks = page.locator('tr[data-row-id] [data-testid="aj-org"] [data-testid="aj-mark"]')
    await expect(orgMarks.first()).toHaveText('강남')
  })

  test('a single 초성 finds the titles that start with it, its syllable marked', async ({ page, core }) => {
    await openWorkspace(page)
    await page.getByRole('textbox', { name: '검색' }).fill('ㄱ')
    const expected = await list(core, { pageSize: 50, filter: { search: 'ㄱ' } })
    expect(expected.total).toBeGreaterThan(0)
    await expectTotal(page, expected.total)
    const titles = await page.locator('tr[data-row-id] [data-testid="aj-title"]').allTextContents()
    expect(titles.length).toBe(Math.min(50, expected.total))
    // es-hangul keeps the space left where a leading "ESG " was dropped; the 초성 string is trimmed.
    for (const title of titles) expect(getChoseong(title).trim().startsWith('ㄱ'), title).toBe(true)
    const firstMarks = await page.locator('tr[data-row-id] [data-testid="aj-title"]').evaluateAll((els) =>
      els.map((el) => el.querySelector('[data-testid="aj-mark"]')?.textContent ?? '')
    )
    for (const [i, mark] of firstMarks.entries()) expect(mark, titles[i]).toBe([...(titles[i] ?? '')].find((c) => /[가-힣]/.test(c)))
  })
})

test.describe('home dashboard', () => {
  test('each count opens the list filtered to exactly what it counts', async ({ page, core }) => {
    await signIn(page, 'manager', 'demo')
    await syncFromSyncPage(page)
    await nav(page, '홈').click()
    const tile = page.getByTestId('aj-dashboard')
    await expect(tile.getByTestId('aj-dashboard-total')).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('home-dashboard.png') })

    // A status.
    const inReview = tile.getByTestId('aj-dashboard-status').locator('[data-status="in_review"]')
    const inReviewCount = parseCount(await inReview.textContent())
    expect(inReviewCount).toBeGreaterThan(0)
    await inReview.click()
    await expect(page).toHaveURL(/#\/attractive-jobs$/)
    await expectTotal(page, inReviewCount)
    await expect(statusChip(page, '검토중').locator('xpath=preceding-sibling::input[1]')).toBeChecked()
    await expect(page.getByTestId('aj-filter-chip')).toHaveCount(0)
    for (const status of await page.locator('tr[data-row-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')))) {
      expect(status).toBe('in_review')
    }

    // A 기관구분.
    await nav(page, '홈').click()
    const district = tile.getByRole('button', { name: /^자치구 [\d,]+건 — 목록에서 보기$/ })
    const districtCount = parseCount((await district.textContent()) ?? '')
    await district.click()
    await expectTotal(page, districtCount)
    await expect(page.getByTestId('aj-filter-chip')).toHaveText(['기관구분: 자치구'])
    await expect(statusChip(page, '전체').locator('xpath=preceding-sibling::input[1]')).toBeChecked()

    // A failing rule.
    await nav(page, '홈').click()
    const wage = tile.getByTestId('aj-dashboard-rules').getByRole('button', { name: /^시급 ≥ 생활임금 위반/ })
    const wageCount = parseCount((await wage.textContent()) ?? '')
    const expected = await list(core, { pageSize: 1, filter: { failingRules: ['living_wage'] } })
    expect(wageCount).toBe(expected.total)
    await wage.click()
    await expectTotal(page, wageCount)
    await expect(page.getByTestId('aj-filter-chip')).toHaveText(['위반 기준: 시급 ≥ 생활임금'])

    // Every record failing a rule.
    await nav(page, '홈').click()
    const failing = tile.getByTestId('aj-dashboard-with-failures')
    const failingCount = parseCount(await failing.textContent())
    await failing.click()
    await expectTotal(page, failingCount)
    await expect(page.getByTestId('aj-filter-chip')).toHaveText(['기준 점검: 위반 있음'])

    // The total: the whole list, and the list opened from the menu afterwards keeps that last view.
    await nav(page, '홈').click()
    const total = parseCount(await tile.getByTestId('aj-dashboard-total').textContent())
    await tile.getByTestId('aj-dashboard-total').click()
    await expectTotal(page, total)
    await expect(page.getByTestId('aj-filter-chip')).toHaveCount(0)
  })
})
