import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeReport } from '../../../../src/main/reports/write'
import type { ReportRow } from '../../../../src/main/reports/types'
import { makeTempDir } from '../../../helpers/tempDir'
import { documentOf, sheetOf } from './readBack'

/** LibreOffice's command line (`SOFFICE` to name it; CI installs libreoffice-calc-nogui). */
const SOFFICE = process.env.SOFFICE ?? 'soffice'
const available = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8' }).status === 0

const ROWS: ReportRow[] = [
  {
    name: '=HYPERLINK("http://example.com","눌러 보세요")',
    business_no: '0012345678',
    headcount: 1234,
    score: 87.333,
    budget: 1_500_000,
    ratio: 0.125,
    applied_on: '2026-12-03',
    reviewed_at: '2026-12-03T00:30:00+09:00',
    starts_at: '2026-12-03T09:30:00+09:00'
  }
]

/**
 * A second application opens what we write: LibreOffice Calc, headless, converts every sheet to CSV
 * "as shown" — so the cells are read as a person would see them in Calc (formats applied), and a file
 * Calc could not open would give no output at all. (Excel itself cannot run here: docs/reports.md.)
 */
describe.skipIf(!available)('LibreOffice Calc opens the .xlsx', () => {
  let dir: ReturnType<typeof makeTempDir>
  let sheets: Map<string, string>

  beforeAll(async () => {
    dir = makeTempDir('report-calc-')
    const path = join(dir.path, 'report.xlsx')
    await writeReport(path, documentOf([sheetOf(ROWS)]), { format: 'xlsx', reason: '주간 업무 보고' })
    // Token 12 = -1: every sheet, one CSV each (report-<sheet>.csv); 76 = UTF-8; token 9 = as shown.
    const result = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir.path, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
        '--outdir',
        dir.path,
        path
      ],
      { encoding: 'utf8', timeout: 120_000 }
    )
    expect(result.status, result.stderr).toBe(0)
    sheets = new Map(
      readdirSync(dir.path)
        .filter((name) => name.endsWith('.csv'))
        .map((name) => [name.replace(/^report-|\.csv$/g, ''), readFileSync(join(dir.path, name), 'utf8')])
    )
  }, 150_000)
  afterAll(() => dir.remove())

  it('has the 요약 sheet first and the data sheet, as written', () => {
    expect([...sheets.keys()].sort()).toEqual(['신청 목록', '요약'].sort())
    expect(sheets.get('요약')).toContain('내보낸 이유,주간 업무 보고')
  })

  it('shows dates, times, codes, money and formula-looking text as a person should see them', () => {
    const lines = sheets.get('신청 목록')!.trim().split(/\r?\n/)
    // The unit line, the header, the row.
    expect(lines[0]).toContain('단위: 백만원')
    expect(lines[1]).toBe('기관명,사업자등록번호,채용 인원,평가 점수,사업비,정규직 비율,신청일,검토 시각,시작')
    expect(lines[2]).toBe('"=HYPERLINK(""http://example.com"",""눌러 보세요"")",0012345678,"1,234",87.33,2,12.5%,2026. 12. 3.,2026. 12. 3. 00:30,09:30')
  })
})
