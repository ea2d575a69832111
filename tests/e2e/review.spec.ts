import type { Locator, Page } from '@playwright/test'
import { renderReasonTemplate } from '../../src/shared/domains/attractive-jobs/rules'
import type { SavedView, ViewDefinition } from '../../src/shared/domains/attractive-jobs/views'
import { expect, test } from './fixtures'
import { detail, dispatch, list, listTotal, nav, openWorkspace, serverRecord, syncFromSyncPage } from './helpers'

function statusChip(page: Page, label: string): Locator {
  return page.getByTestId('aj-status-filter').locator('label').filter({ hasText: new RegExp(`^${label}`) })
}

/** Opens the full filter bar (closed, the list shows the chosen filters as chips). */
async function openFilters(page: Page): Promise<void> {
  const toggle = page.getByTestId('aj-filter-toggle')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
}

/** Picks options of a Mantine MultiSelect/Select (in the opened filter bar) by its label, then closes the dropdown. */
async function pick(page: Page, filterLabel: string, ...options: string[]): Promise<void> {
  const input = page.getByRole('combobox', { name: filterLabel, exact: true })
  for (const option of options) {
    await input.click()
    await page.getByRole('option', { name: option, exact: true }).click()
  }
  await input.press('Escape')
}

async function expectTotal(page: Page, total: number): Promise<void> {
  await expect(page.getByTestId('aj-total')).toHaveAttribute('data-total', String(total))
}

async function rowIds(page: Page): Promise<string[]> {
  return page.locator('tr[data-row-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-id') ?? ''))
}

async function syncAndReturn(page: Page): Promise<void> {
  await syncFromSyncPage(page)
  await nav(page, '매력일자리').click()
}

test.describe('매력일자리 review workspace', () => {
  test('filter, search, open and decide with the keyboard; Ctrl+Enter opens the next unreviewed', async ({ page, core, portal }) => {
    await openWorkspace(page)

    // A 직무분야 and a two-syllable word that leave at least three 검토중 records (seed 7, scale 300).
    let chosen: { field: string; label: string; word: string; total: number } | null = null
    const fields = { care: '돌봄', education_counseling: '교육·상담', administration: '행정사무', culture_arts: '문화·예술경영' } as const
    outer: for (const word of ['교육', '지원', '안내', '상담', '돌봄', '청년']) {
      for (const [field, label] of Object.entries(fields)) {
        const r = await list(core, { pageSize: 10, filter: { statuses: ['in_review'], fields: [field as keyof typeof fields], search: word } })
        if (r.total >= 3) {
          chosen = { field, label, word, total: r.total }
          break outer
        }
      }
    }
    if (!chosen) throw new Error('no 검토중 records for the keyboard test in the seed')

    await statusChip(page, '검토중').click()
    await openFilters(page)
    await pick(page, '직무분야', chosen.label)
    await page.getByRole('textbox', { name: '검색' }).fill(chosen.word)
    await expectTotal(page, chosen.total)
    const ids = await rowIds(page)
    expect(ids.length).toBe(chosen.total > 50 ? 50 : chosen.total)

    // Leave the search box, then triage with the keyboard only.
    await page.keyboard.press('Escape')
    await page.keyboard.press('j')
    await expect(page.locator('tr[data-current="true"]')).toHaveAttribute('data-row-id', ids[0] ?? '')
    await page.keyboard.press('j')
    await expect(page.locator('tr[data-current="true"]')).toHaveAttribute('data-row-id', ids[1] ?? '')
    await page.keyboard.press('k')
    await page.keyboard.press('ArrowDown')
    const target = ids[1] ?? ''
    await expect(page.locator('tr[data-current="true"]')).toHaveAttribute('data-row-id', target)
    await page.keyboard.press('Enter')
    const panel = page.getByTestId('aj-detail')
    await expect(panel).toHaveAttribute('data-record-id', target)
    await expect(panel.getByTestId('rule-checks')).toBeVisible()
    await expect(panel.getByTestId('aj-freshness')).toContainText('캐시 받은 시각')
    await page.screenshot({ path: test.info().outputPath('keyboard-detail.png') })

    await page.keyboard.press('v')
    const dialog = page.getByTestId('decision-dialog')
    await expect(dialog).toHaveAttribute('data-action', 'request_revision')
    await expect(dialog.getByTestId('decision-fresh')).toBeVisible()
    const view = await detail(core, target)
    const expected = (view.checks ?? []).filter((c) => !c.passed).map((c) => renderReasonTemplate(c.rule, c)).join('\n')
    const reasonBox = dialog.getByRole('textbox', { name: '사유' })
    await expect(reasonBox).toHaveValue(expected)
    if (expected.length < 5) await reasonBox.fill('참여자 모집 계획을 구체적으로 보완해 주십시오.')
    await page.screenshot({ path: test.info().outputPath('keyboard-reason-dialog.png') })
    const reason = await reasonBox.inputValue()

    await page.keyboard.press('Control+Enter')
    await expect(dialog).toBeHidden()
    // The next unreviewed record (the one after the decided row in the list) opens.
    await expect(panel).toHaveAttribute('data-record-id', ids[2] ?? '')
    await expect(page.locator('tr[data-current="true"]')).toHaveAttribute('data-row-id', ids[2] ?? '')
    await page.screenshot({ path: test.info().outputPath('keyboard-next.png') })

    // The help sheet.
    await page.keyboard.press('Escape')
    await expect(panel).toBeHidden()
    await page.keyboard.press('?')
    await expect(page.getByTestId('shortcut-help')).toContainText('보완요청')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('shortcut-help')).toBeHidden()

    await syncAndReturn(page)
    const server = serverRecord(portal, target)
    expect(server.status).toBe('revision_requested')
    expect(server.decision?.reason).toBe(reason.trim())
  })

  test('bulk 보완요청 on 접수 + 검토중: the preview and the result report the skipped ones; the server matches', async ({ page, core, portal }) => {
    await openWorkspace(page)
    const filter = { statuses: ['submitted', 'in_review'] as ('submitted' | 'in_review')[], fields: ['care' as const] }
    const before = await list(core, { pageSize: 500, filter })
    const inReview = before.rows.filter((r) => r.status === 'in_review').map((r) => r.id)
    const submitted = before.rows.filter((r) => r.status === 'submitted').map((r) => r.id)
    expect(inReview.length).toBeGreaterThan(0)
    expect(submitted.length).toBeGreaterThan(0)

    await statusChip(page, '접수').click()
    await statusChip(page, '검토중').click()
    await openFilters(page)
    await pick(page, '직무분야', '돌봄')
    await expectTotal(page, before.total)

    await page.getByRole('button', { name: `필터 결과 전체 선택 (${before.total}건)` }).click()
    await expect(page.getByTestId('bulk-bar')).toContainText(`필터 결과 전체 ${before.total}건 선택됨`)
    await page.getByRole('button', { name: '일괄 처리' }).click()
    await page.getByRole('menuitem', { name: '보완요청' }).click()

    const dialog = page.getByTestId('bulk-dialog')
    const summary = dialog.getByTestId('bulk-preview-summary')
    await expect(summary).toContainText(`${inReview.length}건 변경, ${submitted.length}건 제외`)
    const skippedRows = dialog.getByTestId('bulk-skipped').locator('tr[data-skipped-id]')
    await expect(skippedRows).toHaveCount(submitted.length)
    expect((await skippedRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-skipped-id') ?? ''))).sort()).toEqual(
      [...submitted].sort()
    )
    await expect(skippedRows.first()).toContainText('접수')
    // The reason is required (5+ characters).
    const confirm = dialog.getByRole('button', { name: `${inReview.length}건 보완요청 확정` })
    await confirm.click()
    await expect(dialog).toContainText('사유를 5자 이상 입력하세요.')
    await dialog.getByRole('textbox', { name: /사유/ }).fill('돌봄 인력 배치 계획과 안전 교육 내용을 보완해 주십시오.')
    await page.screenshot({ path: test.info().outputPath('bulk-preview.png') })
    await confirm.click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText(`일괄 보완요청 ${inReview.length}건 처리했습니다 · 포털 전송 대기`)).toBeVisible()
    await expect(page.getByTestId('bulk-bar')).toHaveAttribute('data-selected', '0')

    await syncAndReturn(page)
    for (const id of inReview) expect(serverRecord(portal, id).status, id).toBe('revision_requested')
    for (const id of submitted) expect(serverRecord(portal, id).status, id).toBe('submitted')
  })

  test('a decision made offline is queued, shown as 전송 대기, and reaches the portal after the next sync', async ({ page, core, portal }) => {
    await openWorkspace(page)
    await statusChip(page, '검토중').click()
    const inReview = await list(core, { pageSize: 1, filter: { statuses: ['in_review'] } })
    await expectTotal(page, inReview.total)
    const id = (await rowIds(page))[0] ?? ''
    await page.locator(`tr[data-row-id="${id}"] [data-testid="aj-title"]`).click()
    const panel = page.getByTestId('aj-detail')
    await expect(panel).toHaveAttribute('data-record-id', id)

    await portal.stop()
    await panel.getByRole('button', { name: /^적정/ }).click()
    const dialog = page.getByTestId('decision-dialog')
    await expect(dialog.getByTestId('decision-warning')).toContainText('캐시 자료로 결정합니다')
    await page.screenshot({ path: test.info().outputPath('offline-approve-dialog.png') })
    await dialog.getByRole('button', { name: '적정 저장' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText('연결되면 포털로 보냅니다').first()).toBeVisible()
    await expect(panel.getByTestId('aj-detail-pending')).toBeVisible()
    await expect(panel).toHaveAttribute('data-status', 'approved')
    // A comment written offline waits too.
    const comment = '오프라인에서 남긴 검토 의견입니다.'
    await panel.getByRole('textbox', { name: '의견 입력' }).fill(comment)
    await panel.getByRole('button', { name: '의견 등록' }).click()
    const localComment = panel.locator('[data-comment-id^="local-"]').filter({ hasText: comment })
    await expect(localComment).toContainText('전송 대기')
    await page.locator('body').click({ position: { x: 5, y: 400 } })
    await page.keyboard.press('Escape')
    // Now 적정 locally: show every status and find it by its title.
    await statusChip(page, '전체').click()
    const { record } = await detail(core, id)
    await page.getByRole('textbox', { name: '검색' }).fill(record.title)
    await expect(page.locator(`tr[data-row-id="${id}"]`).getByTestId('aj-pending')).toHaveText('전송 대기')
    await page.screenshot({ path: test.info().outputPath('offline-pending-row.png') })

    await portal.start()
    expect(serverRecord(portal, id).status).toBe('in_review')
    await syncAndReturn(page)
    await expect.poll(() => serverRecord(portal, id).status).toBe('approved')
    expect(serverRecord(portal, id).comments.filter((c) => c.body === comment)).toHaveLength(1)
    await expect(page.locator(`tr[data-row-id="${id}"]`)).toBeVisible()
    await expect(page.locator(`tr[data-row-id="${id}"]`).getByTestId('aj-pending')).toHaveCount(0)
  })

  test('saved views: save, change the filter, pick the view back; the page reopens on the last view', async ({ page, core }) => {
    await openWorkspace(page)
    const youth = await list(core, { pageSize: 1, filter: { targetGroups: ['youth'], orgTypes: ['district'] } })
    const middle = await list(core, { pageSize: 1, filter: { targetGroups: ['middle_aged'], orgTypes: ['district'] } })
    await openFilters(page)
    await pick(page, '대상', '청년')
    await pick(page, '기관구분', '자치구')
    await expectTotal(page, youth.total)
    // Sort by 시급 (ascending) and hide the 유형 column.
    await page.getByRole('button', { name: /^시급/ }).click()
    await page.getByRole('button', { name: '열 선택' }).click()
    await page.getByRole('checkbox', { name: '유형', exact: true }).click()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('columnheader', { name: '유형', exact: true })).toHaveCount(0)

    await page.getByRole('button', { name: '보기 저장' }).click()
    await page.getByRole('textbox', { name: '보기 이름' }).fill('자치구 청년')
    await page.getByRole('button', { name: '저장', exact: true }).click()
    await expect(page.getByText('보기를 저장했습니다')).toBeVisible()

    // Change the filter: 대상 청년 → 중장년.
    const target = page.getByRole('combobox', { name: '대상', exact: true })
    await page.getByTestId('aj-filters').getByRole('button', { name: /필터 초기화/ }).click()
    await pick(page, '대상', '중장년')
    await pick(page, '기관구분', '자치구')
    await expectTotal(page, middle.total)
    await expect(page.getByText('변경됨')).toBeVisible()

    // Pick the saved view back.
    await page.getByRole('combobox', { name: '저장된 보기' }).click()
    await page.getByRole('option', { name: '자치구 청년' }).click()
    await expectTotal(page, youth.total)
    await expect(target.locator('xpath=..')).toContainText('청년')
    await expect(page.getByRole('columnheader', { name: '유형', exact: true })).toHaveCount(0)
    const saved = (await dispatch<SavedView[]>(core, 'attractiveJobs:listViews', {})).find((v) => v.name === '자치구 청년')
    expect(saved?.definition.sort.column).toBe('hourly_wage')
    expect(saved?.definition.columns).not.toContain('public_type')
    const sorted = await list(core, { pageSize: saved?.definition.pageSize ?? 50, filter: saved?.definition.filter ?? {}, sort: saved?.definition.sort })
    expect(await rowIds(page)).toEqual(sorted.rows.map((r) => r.id))

    // The last view is remembered (debounced) and the page opens on it after a reload.
    await expect
      .poll(async () => (await dispatch<ViewDefinition | null>(core, 'attractiveJobs:getLastView', {}))?.filter.targetGroups)
      .toEqual(['youth'])
    await page.reload()
    await expectTotal(page, youth.total)
    expect(await rowIds(page)).toEqual(sorted.rows.map((r) => r.id))
    await expect(page.getByRole('columnheader', { name: '유형', exact: true })).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('saved-view-reopened.png') })
  })

  test('초성 search: ㄷㅈㅌ finds titles with 디지털', async ({ page, core }) => {
    await openWorkspace(page)
    const total = await listTotal(page)
    await page.keyboard.press('/')
    await expect(page.getByRole('textbox', { name: '검색' })).toBeFocused()
    await page.keyboard.type('ㄷㅈㅌ')
    const expected = await list(core, { pageSize: 50, filter: { search: 'ㄷㅈㅌ' } })
    expect(expected.total).toBeGreaterThan(0)
    expect(expected.total).toBeLessThan(total)
    await expectTotal(page, expected.total)
    const titles = await page.locator('tr[data-row-id] [data-testid="aj-title"]').allTextContents()
    expect(titles.some((t) => t.includes('디지털'))).toBe(true)
    // Typing in the search box never triggers the triage keys.
    await expect(page.locator('tr[data-current="true"]')).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('choseong-search.png') })
  })
})
