import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { AppError } from '../../../src/main/core/errors'
import { queryAudit } from '../../../src/main/db/repositories/auditQueries'
import { createExportService, type ExportService } from '../../../src/main/reports/exportService'
import { MANIFEST_FILE_NAME } from '../../../src/main/reports/batch'
import { DEFAULT_BATCH_NAME } from '../../../src/main/reports/savedBatches'
import type { ReportSpec } from '../../../src/main/reports/types'
import { writeReport } from '../../../src/main/reports/write'
import { BatchExportRequest, BatchManifest, ExportRequest, type ExportJobView } from '../../../src/shared/reports/model'
import type { MonthlyReview } from '../../../src/shared/ipc/privacyViews'
import { startHarness, type SimHarness } from '../../helpers/sim'
import { makeTempDir } from '../../helpers/tempDir'
import {
  answeredDialogs,
  countsReport,
  FULL_NAME,
  gatedReport,
  jobRows,
  jobsReport,
  MASKED_NAME,
  MASKED_PHONE,
  SESSION_REQUIRED,
  sessionReport,
  type AnsweredDialogs
} from './fixtures'

/** 09:12 in Seoul on 2026-12-03: the clock of the core, so dates in names and 요약 are known. */
const NOW = new Date('2026-12-03T00:12:00.000Z')
const REASON = '주간 업무 보고에 첨부합니다'

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

/** A workbook as SheetJS reads it (another reader than the ExcelJS writer): each sheet as rows of cell values. */
function readWorkbook(path: string): { names: string[]; rows(name: string): unknown[][] } {
  const book = XLSX.read(readFileSync(path))
  return {
    names: book.SheetNames,
    rows: (name) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1, blankrows: false, defval: null })
  }
}

/** The CSV as a program reads it: BOM dropped, CRLF lines. */
const csvLines = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\r\n')

describe('export service on a real core', () => {
  let harness: SimHarness
  let dialogs: AnsweredDialogs
  let out: ReturnType<typeof makeTempDir>

  beforeAll(async () => {
    dialogs = answeredDialogs()
    harness = await startHarness({}, { dialogs, now: () => NOW })
    await harness.sync()
  })
  afterAll(async () => {
    await harness.close()
  })
  beforeEach(async () => {
    out?.remove()
    out = makeTempDir('jobs-desk-out-')
    dialogs.answer = { save: null, folder: null }
    dialogs.asked.length = 0
    if (harness.core.context.session.current().staff?.id !== 'S-0001' || !harness.core.context.session.current().online) await harness.signIn('manager')
  })

  const serviceOf = (reports: ReportSpec[]): ExportService =>
    createExportService({ ctx: harness.core.context, reports, write: writeReport })
  const exportAudits = () => queryAudit(harness.core.context.db, { kind: 'export' }, { limit: 100, offset: 0 }).rows

  it('writes the report at the chosen path with 요약 first, and records the export with its reason', async () => {
    const service = serviceOf([jobsReport as ReportSpec])
    const target = join(out.path, '신청목록.xlsx')
    dialogs.answer.save = target
    const before = exportAudits().length
    const started = await service.exportReport(ExportRequest.parse({ reportId: 'test.jobs', moneyUnit: 'million', reason: REASON, approvalBox: true }))
    expect(started.job).not.toBeNull()
    expect(dialogs.asked).toEqual([{ title: '시험 신청 목록 저장', defaultName: '시험_신청목록_20261203.xlsx' }])
    const job = await service.settled(started.job!.jobId)
    const expected = jobRows(harness.core.context.db)
    expect(expected.length).toBeGreaterThan(0)
    expect(job).toMatchObject({ kind: 'single', state: 'done', folder: out.path, personal: true, finishedAt: NOW.toISOString() })
    expect(job.files).toEqual([
      { reportId: 'test.jobs', title: '신청 목록', fileName: '신청목록.xlsx', state: 'done', rowsWritten: expected.length, totalRows: expected.length, sha256: sha256(target), error: null }
    ])
    expect(readdirSync(out.path)).toEqual(['신청목록.xlsx'])

    const book = readWorkbook(target)
    expect(book.names).toEqual(['요약', '신청 목록'])
    const summary = book.rows('요약')
    expect(summary[0]![0]).toBe('시험 신청 목록')
    expect(summary[1]![0]).toBe(`2026. 12. 3. 기준 · 마지막 동기화 2026. 12. 3. 09:12 · ${harness.sim.url}`)
    expect(summary.slice(2, 10).map((row) => row.slice(0, 2))).toEqual([
      ['작성부서 · 작성자', '일자리정책과 · 김민준'],
      ['자료 출처', '서울시 일자리포털 관리자 API — 이 PC의 캐시'],
      ['내보낸 이유', REASON],
      ['행 수', `${expected.length.toLocaleString('en-US')}행`],
      ['상태', '전체'],
      ['금액 단위', '백만원 (백만원 미만 반올림)'],
      ['개인정보', '마스킹됨 · 개인 열 제외 (연락처)'],
      ['시험용 설명 한 줄입니다.', null]
    ])
    expect(summary.flat()).toContain('결재')
    // The optional personal column is left out (not hidden); the required one stays, masked.
    const data = book.rows('신청 목록')
    const header = data.findIndex((row) => row[0] === '신청번호')
    expect(data[header]).toEqual(['신청번호', '기관명', '인원', '시급', '담당자'])
    expect(data.slice(header + 1).map((row) => row[0])).toEqual(expected.map((row) => row.id))
    expect(data.slice(header + 1).every((row) => row[4] === MASKED_NAME)).toBe(true)
    expect(JSON.stringify(data)).not.toContain(MASKED_PHONE)

    const audits = exportAudits()
    expect(audits.length).toBe(before + 1)
    expect(audits[0]).toMatchObject({ kind: 'export', staffId: 'S-0001', reason: REASON })
    expect(JSON.parse(audits[0]!.detail!)).toEqual({ reportId: 'test.jobs', format: 'xlsx', rows: expected.length, fileName: '신청목록.xlsx', unmasked: false, outcome: 'done' })
    // The 월간 점검 lists it among the downloads to review.
    const monthly = await harness.call<MonthlyReview>('audit:monthly', { month: '2026-12' })
    expect(monthly.rows.find((row) => row.id === audits[0]!.id)).toMatchObject({ kind: 'export', kindLabel: '내려받기', reason: REASON })

    service.openFolder(job.jobId)
    expect(dialogs.shown.at(-1)).toBe(target)
  })

  it('starts no job and writes nothing when the save dialog is cancelled', async () => {
    const service = serviceOf([jobsReport as ReportSpec])
    const before = exportAudits().length
    const started = await service.exportReport(ExportRequest.parse({ reportId: 'test.jobs', reason: REASON }))
    expect(started).toEqual({ job: null })
    expect(dialogs.asked).toHaveLength(1)
    expect(readdirSync(out.path)).toEqual([])
    expect(exportAudits().length).toBe(before)
  })

  it('cancel mid-file removes what was begun and leaves an existing file at the path untouched', async () => {
    const gated = gatedReport(1200, 800)
    const service = serviceOf([gated.spec as ReportSpec])
    const target = join(out.path, 'existing.xlsx')
    writeFileSync(target, '지난주 파일\n')
    dialogs.answer.save = target
    const started = await service.exportReport(ExportRequest.parse({ reportId: 'test.gated', reason: REASON }))
    await gated.reached
    const during = readdirSync(out.path)
    expect(during).toHaveLength(2)
    expect(during.find((name) => name !== 'existing.xlsx')).toMatch(/^\.~existing\.xlsx\.[0-9a-f]+\.partial$/)
    const running = service.job(started.job!.jobId)
    expect(running).toMatchObject({ state: 'running', files: [{ state: 'running', totalRows: 2000 }] })
    expect(running.files[0]!.rowsWritten).toBeGreaterThan(0)
    expect(running.files[0]!.rowsWritten).toBeLessThanOrEqual(1200)
    const cancelling = service.cancel(started.job!.jobId)
    gated.open()
    const job = await cancelling
    expect(job).toMatchObject({ state: 'cancelled', files: [{ state: 'cancelled', sha256: null, error: '내보내기를 취소했습니다.' }] })
    expect(readdirSync(out.path)).toEqual(['existing.xlsx'])
    expect(readFileSync(target, 'utf8')).toBe('지난주 파일\n')
    expect(JSON.parse(exportAudits()[0]!.detail!)).toMatchObject({ reportId: 'test.gated', outcome: 'cancelled', fileName: 'existing.xlsx' })
  })

  it('replaces an existing file only with the whole new one', async () => {
    const service = serviceOf([countsReport as ReportSpec])
    const target = join(out.path, 'counts.csv')
    writeFileSync(target, 'old\n')
    dialogs.answer.save = target
    const started = await service.exportReport(ExportRequest.parse({ reportId: 'test.counts', format: 'csv', reason: REASON }))
    const job = await service.settled(started.job!.jobId)
    expect(job.state).toBe('done')
    expect(csvLines(target)[0]).toBe('기관구분,건수')
    expect(job.files[0]!.sha256).toBe(sha256(target))
    // No count given: the service counted the rows for 요약 and the progress bar.
    expect(job.files[0]!.totalRows).toBe(job.files[0]!.rowsWritten)
    expect(job.personal).toBe(false)
    expect(readdirSync(out.path)).toEqual(['counts.csv'])
  })

  it('a report failing mid-file leaves no temporary file, the old file as it was, and its reason on the job', async () => {
    const failing: ReportSpec = {
      ...countsReport,
      descriptor: { ...countsReport.descriptor, id: 'test.failing', title: '중간에 실패' },
      build: () => ({
        filters: [],
        collections: ['attractive-jobs'],
        sheets: [
          {
            name: '행',
            columns: [{ key: 'n', label: '번호', kind: 'integer' }],
            count: 3000,
            *rows() {
              for (let n = 1; n <= 1500; n += 1) yield { n }
              throw new AppError('not_found', '자료를 읽는 중에 기록이 사라졌습니다. 동기화한 뒤 다시 내보내세요.')
            }
          }
        ]
      })
    }
    const service = serviceOf([failing])
    const target = join(out.path, 'kept.xlsx')
    writeFileSync(target, 'before')
    dialogs.answer.save = target
    const started = await service.exportReport(ExportRequest.parse({ reportId: 'test.failing', reason: REASON }))
    const job = await service.settled(started.job!.jobId)
    expect(job).toMatchObject({ state: 'failed', files: [{ state: 'failed', sha256: null, error: '자료를 읽는 중에 기록이 사라졌습니다. 동기화한 뒤 다시 내보내세요.' }] })
    expect(readdirSync(out.path)).toEqual(['kept.xlsx'])
    expect(readFileSync(target, 'utf8')).toBe('before')
    expect(JSON.parse(exportAudits()[0]!.detail!)).toMatchObject({ reportId: 'test.failing', outcome: 'failed' })
  })

  it('unmasks only for a manager who is online, and says so on 요약', async () => {
    const service = serviceOf([jobsReport as ReportSpec])
    const target = join(out.path, 'full.xlsx')
    dialogs.answer.save = target
    const started = await service.exportReport(ExportRequest.parse({ reportId: 'test.jobs', reason: REASON, unmasked: true }))
    const job = await service.settled(started.job!.jobId)
    expect(job.state).toBe('done')
    const book = readWorkbook(target)
    expect(book.rows('요약').find((row) => row[0] === '개인정보')?.[1]).toBe(`마스킹 해제 — 관리자 김민준, 사유: ${REASON}`)
    const data = book.rows('신청 목록')
    const header = data.findIndex((row) => row[0] === '신청번호')
    expect(data[header]).toEqual(['신청번호', '기관명', '인원', '시급', '담당자', '연락처'])
    expect(data.slice(header + 1).every((row) => row[4] === FULL_NAME && row[5] === '010-1234-5678')).toBe(true)
    expect(JSON.parse(exportAudits()[0]!.detail!)).toMatchObject({ unmasked: true, outcome: 'done' })

    dialogs.answer.save = join(out.path, 'refused.csv')
    await harness.core.context.session.continueOffline('manager', 'demo')
    await expect(service.exportReport(ExportRequest.parse({ reportId: 'test.jobs', reason: REASON, unmasked: true }))).rejects.toMatchObject({
      code: 'offline',
      message: expect.stringContaining('온라인으로 로그인했을 때만')
    })
    await harness.signIn('reviewer')
    await expect(service.exportReport(ExportRequest.parse({ reportId: 'test.jobs', reason: REASON, unmasked: true }))).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('관리자만')
    })
    expect(dialogs.asked).toHaveLength(1)
    expect(readdirSync(out.path)).toEqual(['full.xlsx'])
  })

  it('offers and runs only the reports of the caller’s roles, and checks the parameters in Korean', async () => {
    const service = serviceOf([jobsReport as ReportSpec, sessionReport as ReportSpec, countsReport as ReportSpec])
    expect(service.catalog().map((d) => d.id)).toEqual(['test.jobs', 'test.roster', 'test.counts'])
    await harness.signIn('reviewer')
    expect(service.catalog().map((d) => d.id)).toEqual(['test.jobs', 'test.counts'])
    const refused = service.exportReport(ExportRequest.parse({ reportId: 'test.roster', reason: REASON, params: { session: 'X' } }))
    await expect(refused).rejects.toBeInstanceOf(AppError)
    await expect(refused).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('권한') })
    await expect(service.exportReport(ExportRequest.parse({ reportId: 'test.nothing', reason: REASON }))).rejects.toMatchObject({ code: 'not_found' })
    await expect(service.exportReport(ExportRequest.parse({ reportId: 'test.jobs', reason: REASON, params: { filter: { status: 7 } } }))).rejects.toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining("'신청 목록' 보고서의 조건을 확인하세요")
    })
    expect(dialogs.asked).toHaveLength(0)
  })

  it('writes a batch into one folder with manifest.json; a failing report is recorded and the others written', async () => {
    const service = serviceOf([jobsReport as ReportSpec, sessionReport as ReportSpec, countsReport as ReportSpec])
    dialogs.answer.folder = out.path
    const before = exportAudits().length
    const started = await service.exportBatch(
      BatchExportRequest.parse({ reportIds: ['test.jobs', 'test.roster', 'test.counts'], format: 'csv', reason: REASON })
    )
    expect(started.job).toMatchObject({ kind: 'batch', folder: out.path, state: 'running', personal: true })
    const job = await service.settled(started.job!.jobId)
    expect(job.state).toBe('done')
    expect(job.files.map((f) => [f.reportId, f.state, f.fileName, f.error])).toEqual([
      ['test.jobs', 'done', '시험_신청목록_20261203.csv', null],
      ['test.roster', 'failed', '시험_회차별명단_20261203.csv', SESSION_REQUIRED],
      ['test.counts', 'done', '시험_기관구분별건수_20261203.csv', null]
    ])
    expect(readdirSync(out.path).sort()).toEqual([MANIFEST_FILE_NAME, '시험_기관구분별건수_20261203.csv', '시험_신청목록_20261203.csv'].sort())

    const manifestText = readFileSync(join(out.path, MANIFEST_FILE_NAME), 'utf8')
    expect(manifestText.startsWith('{\n  "generatedAt": ')).toBe(true)
    const manifest = BatchManifest.parse(JSON.parse(manifestText))
    expect(manifest).toMatchObject({
      generatedAt: NOW.toISOString(),
      asOf: NOW.toISOString(),
      portal: harness.sim.url,
      staff: { id: 'S-0001', name: '김민준', department: '일자리정책과' },
      reason: REASON,
      format: 'csv',
      unmasked: false
    })
    expect(manifest.files.map((f) => f.reportId)).toEqual(['test.jobs', 'test.roster', 'test.counts'])
    for (const entry of manifest.files.filter((f) => f.file !== null)) {
      expect(entry.sha256).toBe(sha256(join(out.path, entry.file!)))
      expect(entry.rows).toBe(job.files.find((f) => f.reportId === entry.reportId)!.rowsWritten)
    }
    expect(manifest.files[0]!.rows).toBe(jobRows(harness.core.context.db).length)
    expect(manifest.files[1]).toEqual({ reportId: 'test.roster', title: '회차별 명단', file: null, rows: 0, sha256: null, error: SESSION_REQUIRED })

    const audits = exportAudits().slice(0, exportAudits().length - before).reverse()
    expect(audits.map((a) => JSON.parse(a.detail!) as { reportId: string; outcome: string })).toMatchObject([
      { reportId: 'test.jobs', outcome: 'done' },
      { reportId: 'test.roster', outcome: 'failed', rows: 0 },
      { reportId: 'test.counts', outcome: 'done' }
    ])
    expect(audits.every((a) => a.reason === REASON)).toBe(true)
    service.openFolder(job.jobId)
    expect(dialogs.shown.at(-1)).toBe(out.path)
  })

  it('cancel in a batch stops the running file, marks the rest cancelled and still writes the manifest', async () => {
    const gated = gatedReport(5, 5)
    const service = serviceOf([countsReport as ReportSpec, gated.spec as ReportSpec, jobsReport as ReportSpec])
    dialogs.answer.folder = out.path
    const started = await service.exportBatch(BatchExportRequest.parse({ reportIds: ['test.counts', 'test.gated', 'test.jobs'], format: 'csv', reason: REASON }))
    await gated.reached
    const cancelling = service.cancel(started.job!.jobId)
    gated.open()
    const job: ExportJobView = await cancelling
    expect(job.state).toBe('cancelled')
    expect(job.files.map((f) => f.state)).toEqual(['done', 'cancelled', 'cancelled'])
    expect(readdirSync(out.path).sort()).toEqual([MANIFEST_FILE_NAME, '시험_기관구분별건수_20261203.csv'].sort())
    const manifest = BatchManifest.parse(JSON.parse(readFileSync(join(out.path, MANIFEST_FILE_NAME), 'utf8')))
    expect(manifest.files.map((f) => [f.file, f.error])).toEqual([
      ['시험_기관구분별건수_20261203.csv', null],
      [null, '내보내기를 취소했습니다.'],
      [null, '내보내기를 취소했습니다.']
    ])
    expect(manifest.files[0]!.sha256).toBe(sha256(join(out.path, '시험_기관구분별건수_20261203.csv')))
  })

  it('keeps saved batches per staff member, offers 주간 보고 묶음 until one is saved, and exports one by name', async () => {
    const service = serviceOf([jobsReport as ReportSpec, sessionReport as ReportSpec, countsReport as ReportSpec])
    expect(service.batches()).toEqual([{ name: DEFAULT_BATCH_NAME, reportIds: ['test.jobs', 'test.counts'], params: {}, builtIn: true }])
    expect(service.saveBatch({ name: '월요일 보고', reportIds: ['test.counts'], params: {} })).toEqual([{ name: '월요일 보고', reportIds: ['test.counts'], params: {}, builtIn: false }])
    expect(service.saveBatch({ name: '월요일 보고', reportIds: ['test.jobs', 'test.counts'], params: {} })).toEqual([
      { name: '월요일 보고', reportIds: ['test.jobs', 'test.counts'], params: {}, builtIn: false }
    ])
    expect(() => service.saveBatch({ name: '없는 것', reportIds: ['test.none'], params: {} })).toThrow(/찾을 수 없는 보고서/)

    dialogs.answer.folder = out.path
    const started = await service.exportBatch(BatchExportRequest.parse({ batchName: '월요일 보고', format: 'csv', reason: REASON }))
    const job = await service.settled(started.job!.jobId)
    expect(job.files.map((f) => [f.reportId, f.state])).toEqual([
      ['test.jobs', 'done'],
      ['test.counts', 'done']
    ])

    dialogs.answer.folder = null
    expect(await service.exportBatch(BatchExportRequest.parse({ batchName: DEFAULT_BATCH_NAME, reason: REASON }))).toEqual({ job: null })
    await expect(service.exportBatch(BatchExportRequest.parse({ batchName: '없는 묶음', reason: REASON }))).rejects.toMatchObject({ code: 'not_found' })

    await harness.signIn('reviewer')
    expect(service.batches()).toEqual([{ name: DEFAULT_BATCH_NAME, reportIds: ['test.jobs', 'test.counts'], params: {}, builtIn: true }])
    await harness.signIn('manager')
    expect(service.deleteBatch('월요일 보고')).toEqual([{ name: DEFAULT_BATCH_NAME, reportIds: ['test.jobs', 'test.counts'], params: {}, builtIn: true }])
    expect(() => service.deleteBatch('월요일 보고')).toThrow(/찾을 수 없습니다/)
    expect(existsSync(join(out.path, MANIFEST_FILE_NAME))).toBe(true)
  })
})
