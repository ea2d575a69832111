import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { removeTestDir } from '../helpers/tempDir'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import * as XLSX from 'xlsx'
import type { AttractiveJobListResult } from '../../src/shared/domains/attractive-jobs/views'
import type { Roster, SessionList } from '../../src/shared/domains/reemployment/views'
import type { BatchManifest } from '../../src/shared/reports/model'
import { expect, test } from './fixtures'
import { dispatch, listTotal, nav, openWorkspace, signIn, syncFailsOffline, syncFromSyncPage, waitForTotalChange } from './helpers'

const REASON = '주간 업무 보고'

/** The simulator seeds December 2026. */
const SESSION_MONTH = '2026-12'
const SESSION_MONTH_LABEL = '2026년 12월'

let folders: string[] = []

function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seoul-jobs-reports-'))
  folders.push(dir)
  return dir
}

test.afterEach(() => {
  for (const dir of folders) removeTestDir(dir)
  folders = []
})

/** A workbook as SheetJS reads it (not the writer that made it). */
function readWorkbook(path: string): XLSX.WorkBook {
  return XLSX.read(readFileSync(path), { cellDates: false })
}

function sheetRows(workbook: XLSX.WorkBook, index: number): unknown[][] {
  const name = workbook.SheetNames[index]
  if (!name) throw new Error(`no sheet ${index + 1}`)
  return XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name]!, { header: 1, blankrows: false, defval: null })
}

/** The data rows under the header row (the one holding `headerLabel`); a unit line may sit above it. */
function dataRows(workbook: XLSX.WorkBook, headerLabel: string): unknown[][] {
  const rows = sheetRows(workbook, 1)
  const header = rows.findIndex((row) => row.includes(headerLabel))
  expect(header, `a header row holding ${headerLabel}`).toBeGreaterThanOrEqual(0)
  return rows.slice(header + 1)
}

function summaryText(workbook: XLSX.WorkBook): string {
  return sheetRows(workbook, 0)
    .flat()
    .filter((cell) => cell !== null)
    .join('\n')
}

function exportDialog(page: Page): Locator {
  return page.getByTestId('export-dialog')
}

/** Picks the common reason and asks main for the save dialog (answered beforehand by the test, or not). */
async function submitExport(page: Page): Promise<void> {
  const dialog = exportDialog(page)
  await dialog.getByRole('radio', { name: REASON, exact: true }).check()
  await dialog.getByRole('button', { name: '저장 위치 고르기' }).click()
}

function doneNotice(page: Page, fileName: string): Locator {
  return page.getByTestId('notice').filter({ hasText: '파일을 만들었습니다' }).filter({ hasText: fileName })
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.locator('html').evaluate((root) => root.scrollWidth - root.clientWidth)
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0)
}

test.describe('보고서 (manager)', () => {
  test.use({ viewport: { width: 1366, height: 768 } })

  test('exports a report from the catalog into the answered path; a cancelled save dialog leaves no job and no file, a failed one says why', async ({ page, core, dialogs, coreCalls }) => {
    await signIn(page, 'manager', 'demo')
    await syncFromSyncPage(page)
    await nav(page, '보고서').click()
    const catalog = page.getByTestId('report-catalog')
    await expect(catalog).toBeVisible()
    for (const group of ['매력일자리', '재취업']) await expect(catalog.getByRole('region', { name: group })).toBeVisible()
    await expectNoSidewaysScroll(page)

    const row = catalog.locator('[data-testid="report-row"][data-report-id="attractive-jobs.list"]')
    await row.getByRole('button', { name: /담긴 열 \d+개 보기/ }).click()
    await expect(row.getByRole('group', { name: '신청 목록에 담긴 열' })).toContainText('사업명')
    await row.getByRole('button', { name: '신청 목록 내보내기' }).click()
    const dialog = exportDialog(page)
    await expect(dialog).toBeVisible()
    // The manager is offered the unmasked file (the contact columns); CSV is offered beside xlsx, which is the default.
    await expect(dialog.getByTestId('export-unmask')).toBeVisible()
    await expect(dialog.getByRole('radio', { name: 'Excel 통합 문서 (xlsx)' })).toBeChecked()
    await expect(dialog.getByRole('radio', { name: 'CSV (UTF-8, Excel 호환)' })).toBeVisible()
    // Masked, the list carries no personal column: no reminder.
    await expect(dialog.getByTestId('export-personal-reminder')).toHaveCount(0)

    // The reason is required: too short, nothing is asked of main.
    await dialog.getByRole('textbox', { name: '이유' }).fill('보고')
    await dialog.getByRole('button', { name: '저장 위치 고르기' }).click()
    await expect(dialog.getByText('내보내는 이유를 5자 이상 입력하세요.')).toBeVisible()
    expect(coreCalls).not.toContain('reports:export')

    // Cancelled save dialog: no job, no file, the form stays.
    const folder = tempFolder()
    await submitExport(page)
    await expect.poll(() => dialogs.opened.filter((d) => d.kind === 'save').length).toBe(1)
    await expect(dialog.getByRole('button', { name: '저장 위치 고르기' })).toBeEnabled()
    expect(coreCalls).toContain('reports:export')
    expect(coreCalls).not.toContain('reports:job')
    expect(readdirSync(folder)).toEqual([])

    // A folder that does not exist: the job fails with main's Korean sentence, the form stays for another try.
    dialogs.answerSave(join(folder, '없는 폴더', '신청목록.xlsx'))
    await dialog.getByRole('button', { name: '저장 위치 고르기' }).click()
    await expect(dialog.getByTestId('export-failure')).toContainText('저장할 폴더를 찾을 수 없습니다', { timeout: 30_000 })
    await expect(page.getByTestId('notice').filter({ hasText: '파일을 만들지 못했습니다' })).toBeVisible()
    expect(readdirSync(folder)).toEqual([])

    // Answered: the file is written at that path.
    const path = join(folder, '신청목록.xlsx')
    dialogs.answerSave(path)
    await dialog.getByRole('button', { name: '저장 위치 고르기' }).click()
    const notice = doneNotice(page, '신청목록.xlsx')
    await expect(notice).toBeVisible({ timeout: 30_000 })
    await expect(dialog).toHaveCount(0)
    expect(readdirSync(folder)).toEqual(['신청목록.xlsx'])

    const workbook = readWorkbook(path)
    expect(workbook.SheetNames[0]).toBe('요약')
    expect(summaryText(workbook)).toContain(REASON)
    const all = await dispatch<AttractiveJobListResult>(core, 'attractiveJobs:list', { pageSize: 10 })
    expect(dataRows(workbook, '사업명')).toHaveLength(all.total)

    await notice.getByRole('button', { name: '신청목록.xlsx이(가) 있는 폴더 열기' }).click()
    await expect.poll(() => dialogs.shown).toEqual([path])
  })

  test('엑셀로 내보내기 on the 매력일자리 list writes exactly the rows of the filter applied', async ({ page, dialogs }) => {
    await openWorkspace(page)
    await expectNoSidewaysScroll(page)
    const before = await listTotal(page)
    await page.getByTestId('aj-status-filter').locator('label').filter({ hasText: /^검토중/ }).click()
    const total = await waitForTotalChange(page, before)
    expect(total).toBeGreaterThan(0)

    await page.getByRole('button', { name: '신청 목록 엑셀로 내보내기' }).click()
    const dialog = exportDialog(page)
    await expect(dialog.getByTestId('export-params-from-list')).toBeVisible()
    const path = join(tempFolder(), '검토중.xlsx')
    dialogs.answerSave(path)
    await submitExport(page)
    await expect(doneNotice(page, '검토중.xlsx')).toBeVisible({ timeout: 30_000 })

    const workbook = readWorkbook(path)
    expect(workbook.SheetNames[0]).toBe('요약')
    expect(summaryText(workbook)).toContain(REASON)
    expect(dataRows(workbook, '사업명')).toHaveLength(total)
  })

  test('a batch of three reports, saved by name, goes into one folder with manifest.json, and the batch can be deleted', async ({ page, dialogs }) => {
    await signIn(page, 'manager', 'demo')
    await syncFromSyncPage(page)
    await nav(page, '보고서').click()
    await page.getByRole('tab', { name: '묶음 내보내기' }).click()
    const panel = page.getByTestId('batch-panel')
    await expect(panel).toBeVisible()
    await expectNoSidewaysScroll(page)

    const picked = ['신청 현황', '규칙 점검 결과', '검토 결정 대장']
    for (const title of picked) await panel.getByRole('checkbox', { name: title, exact: true }).check()
    await expect(panel.getByText('3개 고름')).toBeVisible()
    await panel.getByRole('textbox', { name: '묶음 이름' }).fill('월요일 보고 묶음')
    await panel.getByRole('button', { name: '묶음 저장' }).click()
    await expect(panel.getByRole('combobox', { name: '저장된 묶음' })).toHaveValue('월요일 보고 묶음')

    // Picked again after clearing the selection, the saved batch brings its reports back.
    for (const title of picked) await panel.getByRole('checkbox', { name: title, exact: true }).uncheck()
    await panel.getByRole('combobox', { name: '저장된 묶음' }).click()
    await page.getByRole('option', { name: '월요일 보고 묶음' }).click()
    for (const title of picked) await expect(panel.getByRole('checkbox', { name: title, exact: true })).toBeChecked()

    const folder = tempFolder()
    dialogs.answerFolder(folder)
    await panel.getByRole('radio', { name: REASON, exact: true }).check()
    await panel.getByRole('button', { name: '폴더 선택 후 내보내기' }).click()
    const progress = panel.getByTestId('batch-progress')
    await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 60_000 })
    await expect(progress.getByTestId('batch-overall')).toHaveText('파일 3개 / 3개 완료')
    await expect(progress.getByTestId('batch-file')).toHaveCount(3)

    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as BatchManifest
    expect(manifest.reason).toBe(REASON)
    expect(manifest.files.map((f) => f.reportId)).toEqual(['attractive-jobs.summary', 'attractive-jobs.rule-failures', 'attractive-jobs.decisions'])
    expect(readdirSync(folder).sort()).toEqual([...manifest.files.map((f) => f.file!), 'manifest.json'].sort())
    for (const entry of manifest.files) {
      expect(entry.error).toBeNull()
      const bytes = readFileSync(join(folder, entry.file!))
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256)
      expect(XLSX.read(bytes).SheetNames[0]).toBe('요약')
    }

    const notice = page.getByTestId('notice').filter({ hasText: '묶음 내보내기를 마쳤습니다' })
    await notice.getByRole('button', { name: '폴더 열기' }).click()
    await expect.poll(() => dialogs.shown).toEqual([folder])
    // The result under the form keeps its own 폴더 열기 after the notice has gone.
    await notice.getByRole('button', { name: '알림 닫기' }).click()
    await progress.getByRole('button', { name: '폴더 열기' }).click()
    await expect.poll(() => dialogs.shown).toEqual([folder, folder])

    await panel.getByRole('button', { name: '묶음 「월요일 보고 묶음」 삭제' }).click()
    const saved = panel.getByRole('combobox', { name: '저장된 묶음' })
    await expect(saved).toHaveValue('')
    // With none of their own left, main suggests its built-in 주간 보고 묶음 again.
    await saved.click()
    await expect(page.getByRole('option')).toHaveText(['주간 보고 묶음'])
  })
})

test.describe('보고서 offline', () => {
  test('the manager’s unmasked option is disabled with the reason while the portal is unreachable', async ({ page, portal }) => {
    await signIn(page, 'manager', 'demo')
    await syncFromSyncPage(page)
    await portal.stop()
    await syncFailsOffline(page)
    await nav(page, '보고서').click()
    await page.getByRole('button', { name: '신청 목록 내보내기' }).click()
    const unmask = exportDialog(page).getByRole('checkbox', { name: '개인정보를 가리지 않고 내보내기 (관리자)' })
    await expect(unmask).toBeDisabled()
    await expect(exportDialog(page)).toContainText('오프라인에서는 가리지 않은 파일을 만들 수 없습니다')
  })
})

test.describe('보고서 (coordinator)', () => {
  test('offers only 재취업 reports, no unmasked option, and exports a session’s roster from its screen', async ({ page, core, dialogs }) => {
    await signIn(page, 'coordinator', 'demo')
    await syncFromSyncPage(page)
    await nav(page, '보고서').click()
    const catalog = page.getByTestId('report-catalog')
    await expect(catalog.getByRole('region', { name: '재취업' })).toBeVisible()
    await expect(catalog.getByRole('region', { name: '매력일자리' })).toHaveCount(0)

    await catalog.getByRole('button', { name: '회차별 명단 내보내기' }).click()
    const dialog = exportDialog(page)
    await expect(dialog.getByRole('combobox', { name: '재취업 회차' })).toBeVisible()
    await expect(dialog.getByTestId('export-personal-reminder')).toContainText('개인정보가 포함된 파일입니다')
    await expect(dialog.getByTestId('export-unmask')).toHaveCount(0)
    // Without a session nothing is asked of main.
    await submitExport(page)
    await expect(dialog.getByTestId('export-params-problem')).toHaveText('회차를 고르세요.')
    expect(dialogs.opened).toEqual([])
    await dialog.getByRole('button', { name: '닫기' }).first().click()

    const sessions = (await dispatch<SessionList>(core, 'reemployment:sessions', { month: SESSION_MONTH })).sessions
    const session = sessions.find((s) => s.counts.registered > 0)
    expect(session, 'a session with registrations').toBeDefined()
    const roster = await dispatch<Roster>(core, 'reemployment:roster', { sessionId: session!.id })

    await nav(page, '재취업').click()
    const month = page.getByTestId('reemployment-month')
    for (let i = 0; i < 36 && (await month.textContent()) !== SESSION_MONTH_LABEL; i += 1) {
      const current = (await month.textContent()) ?? ''
      await page.getByRole('button', { name: current < SESSION_MONTH_LABEL ? '다음 달' : '이전 달' }).click()
    }
    await page.locator(`tr[data-session-id="${session!.id}"]`).click()
    await expect(page.getByTestId('roster').locator('tr[data-registration-id]').first()).toBeVisible()

    await page.getByRole('button', { name: '회차별 명단 엑셀로 내보내기' }).click()
    await expect(dialog.getByTestId('export-session-fixed')).toHaveAttribute('data-session-id', session!.id)
    await expect(dialog.getByTestId('export-unmask')).toHaveCount(0)
    const path = join(tempFolder(), '명단.xlsx')
    dialogs.answerSave(path)
    await submitExport(page)
    const notice = doneNotice(page, '명단.xlsx')
    await expect(notice).toBeVisible({ timeout: 30_000 })
    await expect(notice.getByTestId('export-notice-personal')).toContainText('개인정보가 포함된 파일입니다')

    const workbook = readWorkbook(path)
    expect(summaryText(workbook)).toContain(REASON)
    expect(dataRows(workbook, '성명')).toHaveLength(roster.total)
  })
})
