import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { writeReport } from '../../../../src/main/reports/write'
import type { ReportRow } from '../../../../src/main/reports/types'
import { makeTempDir } from '../../../helpers/tempDir'
import { ALL_KINDS, documentOf, sheetOf } from './readBack'

const ROWS: ReportRow[] = [
  {
    name: '(주)한강소프트, 본사',
    business_no: '0012345678',
    headcount: 1_234_567,
    score: 87.333,
    budget: 1_500_000,
    ratio: 0.125,
    applied_on: '2026-12-03',
    reviewed_at: '2026-12-02T15:30:00Z',
    starts_at: '2026-12-03T09:30:00+09:00'
  },
  { name: '따옴표 "중요"\n두 줄', business_no: null, headcount: 7, score: 90, budget: -2_500_000, ratio: 1, applied_on: null, reviewed_at: null, starts_at: null }
]

let dir: ReturnType<typeof makeTempDir>
beforeEach(() => {
  dir = makeTempDir('report-csv-')
})
afterEach(() => dir.remove())

async function write(document = documentOf([sheetOf(ROWS)])): Promise<Buffer> {
  const path = join(dir.path, 'report.csv')
  await writeReport(path, document, { format: 'csv', reason: '주간 업무 보고' })
  return readFileSync(path)
}

describe('the CSV writer', () => {
  it('writes UTF-8 with a BOM and CRLF line ends only', async () => {
    const bytes = await write()
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text.endsWith('\r\n')).toBe(true)
    // The only bare LF is the one inside the quoted two-line field.
    expect(text.replace(/\r\n/g, '').match(/\n/g)).toHaveLength(1)
    expect(text.startsWith('기관명,사업자등록번호,채용 인원,평가 점수,사업비 (백만원),정규직 비율,신청일,검토 시각,시작\r\n')).toBe(true)
  })

  it('quotes per RFC 4180 and writes values as the xlsx shows them, without thousands separators', async () => {
    const lines = (await write()).subarray(3).toString('utf8').split('\r\n')
    expect(lines[1]).toBe('"(주)한강소프트, 본사",0012345678,1234567,87.33,2,12.5%,2026-12-03,2026-12-03 00:30,09:30')
    expect(lines[2]).toBe('"따옴표 ""중요""\n두 줄",,7,90.0,-3,100.0%,,,')
  })

  it('reads back with another parser to the same fields (codes keep their zeros as text)', async () => {
    const text = (await write()).toString('utf8')
    const book = XLSX.read(text, { type: 'string', raw: true })
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: true })
    expect(rows[1]?.[0]).toBe('(주)한강소프트, 본사')
    expect(rows[1]?.[1]).toBe('0012345678')
    expect(rows[2]?.[0]).toBe('따옴표 "중요"\n두 줄')
  })

  it("prefixes formula-looking text with ' so a spreadsheet does not run it", async () => {
    const hostile = ['=1+1', '+82', '-cmd', '@SUM(A1)', '\tTAB', '\rCR']
    const bytes = await write(documentOf([sheetOf(hostile.map((name) => ({ name, headcount: -5 })))]))
    const lines = bytes.subarray(3).toString('utf8').split('\r\n')
    expect(lines.slice(1, 5)).toEqual(["'=1+1,,-5,,,,,,", "'+82,,-5,,,,,,", "'-cmd,,-5,,,,,,", "'@SUM(A1),,-5,,,,,,"])
    expect(lines[5]).toBe("'\tTAB,,-5,,,,,,")
    // A field holding a CR is quoted as well as prefixed.
    expect(lines[6]).toBe('"\'\rCR",,-5,,,,,,')
  })

  it('writes several sheets one under the other, each after a line with its name', async () => {
    const columns = ALL_KINDS.slice(0, 2)
    const bytes = await write(documentOf([sheetOf([{ name: '가' }], columns, '위원 A'), sheetOf([{ name: '나' }, { name: '다' }], columns, '위원 B')]))
    expect(bytes.subarray(3).toString('utf8')).toBe('위원 A\r\n기관명,사업자등록번호\r\n가,\r\n\r\n위원 B\r\n기관명,사업자등록번호\r\n나,\r\n다,\r\n')
  })

  it('reports the rows per sheet and progress at the end', async () => {
    const progress: number[] = []
    const path = join(dir.path, 'rows.csv')
    const rows = function* () {
      for (let n = 0; n < 1_100; n += 1) yield { name: `기관 ${n}` }
    }
    const result = await writeReport(path, documentOf([{ name: '목록', columns: ALL_KINDS, rows }, sheetOf(ROWS)]), {
      format: 'csv',
      reason: '주간 업무 보고',
      onProgress: (written) => progress.push(written)
    })
    expect(result).toEqual({ rows: 1_102, sheetRows: [1_100, 2] })
    expect(progress).toEqual([500, 1000, 1102])
  })
})
