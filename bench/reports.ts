import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import type { ReportColumn } from '../src/shared/reports/model'
import type { ReportRow, ReportSheet } from '../src/main/reports/types'
import type { ReportDocument } from '../src/main/reports/write/types'
import { writeReport } from '../src/main/reports/write'
import { NUMBER_FORMATS } from '../src/main/reports/write/styles'
import { record, section, tempDir } from './util'

/**
 * Issue 17's performance figures for the file writers: the styled xlsx writer beside plain ExcelJS
 * streaming the same rows in the same run, a million rows streamed from a real SQLite table (memory
 * must stay flat), and a million-row CSV.
 */

const MEDIUM_ROWS = 100_000
const LARGE_ROWS = 1_000_000
/** Runs of each 100,000-row writer, alternating. */
const PAIRS = 3
const MB = 1024 * 1024

/** Fifteen columns of every kind a report carries, as a list export would. */
const COLUMNS: ReportColumn[] = [
  { key: 'id', label: '신청번호', kind: 'code' },
  { key: 'org', label: '기관명', kind: 'text' },
  { key: 'district', label: '자치구', kind: 'text' },
  { key: 'district_code', label: '자치구 코드', kind: 'code' },
  { key: 'field', label: '직무분야', kind: 'text' },
  { key: 'status', label: '상태', kind: 'text' },
  { key: 'headcount', label: '채용 인원', kind: 'integer' },
  { key: 'applicants', label: '지원자 수', kind: 'integer' },
  { key: 'score', label: '평가 점수', kind: 'number' },
  { key: 'budget', label: '사업비', kind: 'money' },
  { key: 'wage', label: '월 급여', kind: 'money' },
  { key: 'ratio', label: '정규직 비율', kind: 'percent' },
  { key: 'applied_on', label: '신청일', kind: 'date' },
  { key: 'reviewed_at', label: '검토 시각', kind: 'datetime' },
  { key: 'memo', label: '비고', kind: 'text' }
]

const ORGS = ['한강소프트', '북악테크', '남산바이오', '인왕랩스', '청계에너지', '세빛모빌리티', '누리푸드', '다온디자인']
const DISTRICTS = ['종로구', '중구', '용산구', '성동구', '광진구', '동대문구', '중랑구', '성북구', '강북구', '도봉구']
const FIELDS = ['사무·행정', '연구개발', '생산·제조', '영업·판매', '디자인', '정보기술']
const STATUSES = ['접수', '검토 중', '보완 요청', '승인', '반려']

/** Row `n` of the synthetic list (deterministic: the same numbers every run). */
function syntheticRow(n: number): Record<string, string | number | null> {
  const day = 1 + (n % 28)
  const month = 1 + (n % 12)
  return {
    id: `AJ-2026-${String(n).padStart(7, '0')}`,
    org: `(주)${ORGS[n % ORGS.length]}${n % 997}`,
    district: DISTRICTS[n % DISTRICTS.length]!,
    district_code: `11${String(110 + (n % 25) * 10).padStart(3, '0')}`,
    field: FIELDS[n % FIELDS.length]!,
    status: STATUSES[n % STATUSES.length]!,
    headcount: 1 + (n % 9),
    applicants: (n * 7) % 240,
    score: ((n * 37) % 1000) / 10,
    budget: 12_345_678 + (n % 500) * 1_000_000,
    wage: 2_300_000 + (n % 40) * 25_000,
    ratio: (n % 100) / 100,
    applied_on: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    reviewed_at: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(n % 24).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00+09:00`,
    memo: n % 3 === 0 ? null : '서류 확인 완료, 현장 실사 예정'
  }
}

function* syntheticRows(count: number): Generator<ReportRow> {
  for (let n = 0; n < count; n += 1) yield syntheticRow(n)
}

function document(sheet: ReportSheet): ReportDocument {
  return {
    summary: {
      title: '매력일자리 신청 목록',
      asOf: '2026. 12. 3. 기준 · 마지막 동기화 2026. 12. 3. 09:12',
      entries: [
        { label: '작성자', value: '일자리정책과 김민준' },
        { label: '내보낸 이유', value: '주간 업무 보고' }
      ],
      notes: [],
      approvalBox: true
    },
    sheets: [sheet],
    moneyUnit: 'million',
    wide: true,
    unmasked: false
  }
}

interface Measured<T> {
  result: T
  seconds: number
  /** User + system CPU of the whole process (the zip's threads too): steadier than wall time on a shared PC. */
  cpuSeconds: number
  rssGrowthMb: number
  peakRssMb: number
}

/** Time, CPU and peak RSS (above the level at the start) while `run` works; the writers yield often enough to sample. */
async function measured<T>(run: () => Promise<T>): Promise<Measured<T>> {
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 25)
  const cpu = process.cpuUsage()
  const started = performance.now()
  try {
    const result = await run()
    peak = Math.max(peak, process.memoryUsage().rss)
    const used = process.cpuUsage(cpu)
    return { result, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, rssGrowthMb: (peak - before) / MB, peakRssMb: peak / MB }
  } finally {
    clearInterval(sampler)
  }
}

/** The best time and CPU of several runs, and the worst memory. */
function best(runs: readonly Measured<unknown>[]): { seconds: number; cpuSeconds: number; rssGrowthMb: number } {
  return {
    seconds: Math.min(...runs.map((run) => run.seconds)),
    cpuSeconds: Math.min(...runs.map((run) => run.cpuSeconds)),
    rssGrowthMb: Math.max(...runs.map((run) => run.rssGrowthMb))
  }
}

/**
 * Plain ExcelJS streaming the same rows: the raw values in column order, each row committed. With
 * `formats`, number formats are set on the columns (`useStyles`), as a minimal writer that wants dates
 * and thousands separators would; without, no styles at all.
 */
async function plainExcelJs(path: string, count: number, formats: boolean): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: formats, useSharedStrings: false })
  const sheet = workbook.addWorksheet('data')
  if (formats) sheet.columns = COLUMNS.map((column) => ({ width: 14, style: { numFmt: NUMBER_FORMATS[column.kind] ?? 'General' } }))
  sheet.addRow(COLUMNS.map((column) => column.label)).commit()
  let n = 0
  for (const row of syntheticRows(count)) {
    sheet.addRow(COLUMNS.map((column) => row[column.key] ?? null)).commit()
    // A yield like the report writer's, so neither piles all its output up before the zip sees it.
    if (++n % 100 === 0) await new Promise((resolve) => setImmediate(resolve))
  }
  sheet.commit()
  await workbook.commit()
}

/** A real SQLite table of `count` synthetic rows, as a cache file would hold them. */
function fillTable(path: string, count: number): Database.Database {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.exec(`CREATE TABLE rows (${COLUMNS.map((column) => `${column.key} ${column.kind === 'integer' || column.kind === 'money' ? 'INTEGER' : column.kind === 'number' || column.kind === 'percent' ? 'REAL' : 'TEXT'}`).join(', ')})`)
  const insert = db.prepare(`INSERT INTO rows VALUES (${COLUMNS.map((column) => `@${column.key}`).join(', ')})`)
  db.transaction(() => {
    for (let n = 0; n < count; n += 1) insert.run(syntheticRow(n))
  })()
  return db
}

const mb = (path: string) => statSync(path).size / MB

/** `--only reports`: the writers' figures (issue 17's Performance). */
export async function benchReports(): Promise<void> {
  const dir = tempDir('bench-reports-')
  try {
    // The million rows first, while the process is fresh: their RSS growth is then measured from the lowest level.
    section(`보고서 파일: ${LARGE_ROWS.toLocaleString('en-US')} rows streamed from SQLite`)
    const filled = await measured(async () => fillTable(join(dir.path, 'rows.sqlite'), LARGE_ROWS))
    record({ name: `fill the SQLite table (${LARGE_ROWS.toLocaleString('en-US')} rows, one transaction)`, value: filled.seconds, unit: 's' })
    const db = filled.result
    try {
      const select = db.prepare('SELECT * FROM rows ORDER BY rowid')
      const large: ReportSheet = { name: '신청 목록', columns: COLUMNS, rows: () => select.iterate() as Iterable<ReportRow> }
      const largePath = join(dir.path, 'large.xlsx')
      const xlsx = await measured(() => writeReport(largePath, document(large), { format: 'xlsx', reason: '성능 측정' }))
      record({ name: `xlsx ${LARGE_ROWS.toLocaleString('en-US')} rows from stmt.iterate() (${mb(largePath).toFixed(0)} MB)`, value: xlsx.seconds, unit: 's' })
      record({ name: `xlsx ${LARGE_ROWS.toLocaleString('en-US')} rows: RSS growth (peak ${xlsx.peakRssMb.toFixed(0)} MB)`, value: xlsx.rssGrowthMb, unit: 'MB', target: '≤ 300 MB', ok: xlsx.rssGrowthMb <= 300 })
      const csvPath = join(dir.path, 'large.csv')
      const csv = await measured(() => writeReport(csvPath, document(large), { format: 'csv', reason: '성능 측정' }))
      record({ name: `CSV ${LARGE_ROWS.toLocaleString('en-US')} rows from stmt.iterate() (${mb(csvPath).toFixed(0)} MB)`, value: csv.seconds, unit: 's' })
      record({ name: `CSV ${LARGE_ROWS.toLocaleString('en-US')} rows: RSS growth (peak ${csv.peakRssMb.toFixed(0)} MB)`, value: csv.rssGrowthMb, unit: 'MB', target: '≤ 300 MB', ok: csv.rssGrowthMb <= 300 })
    } finally {
      db.close()
    }

    section(`보고서 파일: ${MEDIUM_ROWS.toLocaleString('en-US')} rows × ${COLUMNS.length} columns, styled writer vs plain ExcelJS (issue 17)`)
    const plainPath = join(dir.path, 'plain.xlsx')
    const reportPath = join(dir.path, 'report.xlsx')
    const sheet: ReportSheet = { name: '신청 목록', columns: COLUMNS, rows: () => syntheticRows(MEDIUM_ROWS), count: MEDIUM_ROWS }
    // Alternating runs, best of each: on a shared PC one run alone says more about the neighbours than the writer.
    const runs = { plain: [] as Measured<unknown>[], formats: [] as Measured<unknown>[], report: [] as Measured<unknown>[] }
    for (let pair = 0; pair < PAIRS; pair += 1) {
      runs.plain.push(await measured(() => plainExcelJs(plainPath, MEDIUM_ROWS, false)))
      runs.formats.push(await measured(() => plainExcelJs(plainPath, MEDIUM_ROWS, true)))
      runs.report.push(await measured(() => writeReport(reportPath, document(sheet), { format: 'xlsx', reason: '성능 측정' })))
    }
    const plain = best(runs.plain)
    const formats = best(runs.formats)
    const report = best(runs.report)
    const rows = MEDIUM_ROWS.toLocaleString('en-US')
    record({ name: `xlsx ${rows} rows (요약, styles, widths, unit line; ${mb(reportPath).toFixed(1)} MB; best of ${PAIRS})`, value: report.seconds, unit: 's', baseline: { label: 'plain ExcelJS, no styles', value: plain.seconds } })
    record({ name: 'xlsx time ÷ plain ExcelJS (no styles) time', value: report.seconds / plain.seconds, unit: '×', target: '≤ 1.3×', ok: report.seconds / plain.seconds <= 1.3 })
    record({ name: 'xlsx CPU ÷ plain ExcelJS (no styles) CPU', value: report.cpuSeconds / plain.cpuSeconds, unit: '×', target: '≤ 1.3×', ok: report.cpuSeconds / plain.cpuSeconds <= 1.3 })
    record({ name: `plain ExcelJS with number formats on the columns, ${rows} rows`, value: formats.seconds, unit: 's' })
    record({ name: 'xlsx time ÷ ExcelJS-with-formats time', value: report.seconds / formats.seconds, unit: '×' })
    record({ name: `xlsx ${rows} rows: RSS growth`, value: report.rssGrowthMb, unit: 'MB', baseline: { label: 'plain ExcelJS', value: plain.rssGrowthMb }, target: '≤ 300 MB', ok: report.rssGrowthMb <= 300 })
  } finally {
    dir.remove()
  }
}
