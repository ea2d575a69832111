import ExcelJS from 'exceljs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { writeReport } from '../../../../src/main/reports/write'
import { assertFitsSheet, EXCEL_MAX_ROWS, zipInputOf } from '../../../../src/main/reports/write/xlsx'
import type { ReportRow } from '../../../../src/main/reports/types'
import { makeTempDir } from '../../../helpers/tempDir'
import { ALL_KINDS, cellStyle, cellXml, documentOf, partXml, readWorkbook, sheetOf, sheetXml } from './readBack'

const ROWS: ReportRow[] = [
  {
    name: '(주)한강소프트',
    business_no: '0012345678',
    headcount: 1234,
    score: 87.333,
    budget: 1_500_000,
    ratio: 0.125,
    applied_on: '2026-12-03',
    reviewed_at: '2026-12-03T00:30:00+09:00',
    starts_at: '2026-12-03T09:30:00+09:00'
  },
  { name: '북악테크', business_no: '1208147521', headcount: 7, score: 90, budget: -2_500_000, ratio: 1, applied_on: '2026-01-05', reviewed_at: null, starts_at: '14:05' }
]

/** 2026-12-03 in Excel's 1900 date system. */
const DEC_3_2026 = 46_359

let dir: ReturnType<typeof makeTempDir>
beforeEach(() => {
  dir = makeTempDir('report-xlsx-')
})
afterEach(() => dir.remove())

async function write(document = documentOf([sheetOf(ROWS)]), name = 'report.xlsx'): Promise<string> {
  const path = join(dir.path, name)
  await writeReport(path, document, { format: 'xlsx', reason: '주간 업무 보고' })
  return path
}

describe('the 요약 sheet', () => {
  it('comes first, with the title, the as-of line, the entries and the notes', async () => {
    const path = await write()
    const book = readWorkbook(path)
    expect(book.SheetNames).toEqual(['요약', '신청 목록'])
    const summary = book.Sheets['요약']!
    expect(summary['A1']?.v).toBe('매력일자리 신청 목록')
    expect(summary['A2']?.v).toBe('2026. 12. 3. 기준 · 마지막 동기화 2026. 12. 3. 09:12 · https://portal.example.go.kr')
    const rows = XLSX.utils.sheet_to_json<string[]>(summary, { header: 1, blankrows: false })
    expect(rows).toContainEqual(['작성부서 · 작성자', '일자리정책과 김민준'])
    expect(rows).toContainEqual(['내보낸 이유', '주간 업무 보고'])
    expect(rows).toContainEqual(['행 수', '2행'])
    expect(rows.flat()).toContain('금액은 백만원 단위로 반올림했습니다.')
    const title = cellStyle(path, 1, 'A1')
    expect(title).toMatchObject({ bold: true, fontName: '맑은 고딕', fontSize: 16 })
    expect(cellStyle(path, 1, 'A4')).toMatchObject({ bold: true, bordered: true, fontName: '맑은 고딕' })
  })

  it('has no 결재란 unless asked', async () => {
    const book = readWorkbook(await write())
    const texts = XLSX.utils.sheet_to_json<string[]>(book.Sheets['요약']!, { header: 1 }).flat()
    expect(texts).not.toContain('담당')
    expect(texts).not.toContain('결재')
  })

  it('draws the 결재란 (담당 · 팀장 · 과장) with bordered, merged signing boxes when asked', async () => {
    const document = documentOf([sheetOf(ROWS)])
    const path = await write({ ...document, summary: { ...document.summary, approvalBox: true } })
    const summary = readWorkbook(path).Sheets['요약']!
    const cells = Object.entries(summary).filter(([ref]) => !ref.startsWith('!'))
    const refOf = (text: string) => cells.find(([, cell]) => (cell as XLSX.CellObject).v === text)?.[0]
    const [caption, first, second, third] = ['결재', '담당', '팀장', '과장'].map(refOf)
    expect([caption, first, second, third]).toEqual(['D4', 'E4', 'F4', 'G4'])
    for (const ref of ['D4', 'E4', 'F4', 'G4', 'E5', 'F6', 'G7']) expect(cellStyle(path, 1, ref).bordered).toBe(true)
    const merges = (summary['!merges'] ?? []).map((range) => XLSX.utils.encode_range(range))
    expect(merges).toEqual(expect.arrayContaining(['D4:D7', 'E5:E7', 'F5:F7', 'G5:G7']))
  })

  it('keeps formula-looking entries as text', async () => {
    const document = documentOf([sheetOf(ROWS)])
    const entries = [{ label: '조건', value: '=HYPERLINK("http://evil.example","클릭")' }]
    const path = await write({ ...document, summary: { ...document.summary, entries } })
    expect(sheetXml(path, 1)).not.toContain('<f>')
    const cell = readWorkbook(path).Sheets['요약']!['B4']!
    expect(cell).toMatchObject({ t: 's', v: '=HYPERLINK("http://evil.example","클릭")' })
    expect(cell.f).toBeUndefined()
  })
})

describe('a data sheet', () => {
  it('states the money unit and the rounding rule above a bold, filled, bordered, frozen header', async () => {
    const path = await write()
    const sheet = readWorkbook(path).Sheets['신청 목록']!
    // Top right of the table (the last column), right-aligned.
    expect(sheet['I1']?.v).toBe('(단위: 백만원, 백만원 미만 반올림)')
    expect(ALL_KINDS.map((_column, index) => sheet[XLSX.utils.encode_cell({ r: 1, c: index })]?.v)).toEqual(ALL_KINDS.map((column) => column.label))
    expect(cellStyle(path, 2, 'A2')).toEqual({ bold: true, fontName: '맑은 고딕', fontSize: 10, fillColor: 'FFDDEBF7', bordered: true, numFmt: null })
    expect(cellStyle(path, 2, 'A3')).toMatchObject({ bold: false, fontName: '맑은 고딕', fontSize: 10, fillColor: null, bordered: true })
    expect(sheetXml(path, 2)).toMatch(/<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"\/>/)
    expect(sheet['!autofilter']).toEqual({ ref: 'A2:I4' })
  })

  it('puts the header in row 1 when no column is money', async () => {
    const columns = ALL_KINDS.filter((column) => column.kind !== 'money')
    const path = await write(documentOf([sheetOf(ROWS, columns)]))
    const sheet = readWorkbook(path).Sheets['신청 목록']!
    expect(sheet['A1']?.v).toBe('기관명')
    expect(sheetXml(path, 2)).toMatch(/<pane ySplit="1" topLeftCell="A2"/)
    expect(sheet['!autofilter']).toEqual({ ref: 'A1:H3' })
  })

  it('names the unit without a rounding rule in 원', async () => {
    const path = await write(documentOf([sheetOf(ROWS)], { moneyUnit: 'won' }))
    const sheet = readWorkbook(path).Sheets['신청 목록']!
    expect(sheet['I1']?.v).toBe('(단위: 원)')
    expect(sheet['E3']).toMatchObject({ t: 'n', v: 1_500_000, z: '#,##0' })
  })

  it('writes numbers as numbers and dates as Seoul serials, each with its format', async () => {
    const sheet = readWorkbook(await write()).Sheets['신청 목록']!
    expect(sheet['C3']).toMatchObject({ t: 'n', v: 1234, z: '#,##0', w: '1,234' })
    expect(sheet['D3']).toMatchObject({ t: 'n', v: 87.333, z: '#,##0.0#' })
    // 1,500,000원 in 백만원 rounds half up to 2; -2,500,000원 to -3 (half away from zero).
    expect(sheet['E3']).toMatchObject({ t: 'n', v: 2, z: '#,##0' })
    expect(sheet['E4']).toMatchObject({ t: 'n', v: -3 })
    expect(sheet['F3']).toMatchObject({ t: 'n', v: 0.125, z: '0.0%', w: '12.5%' })
    expect(sheet['G3']).toMatchObject({ t: 'n', v: DEC_3_2026, z: 'yyyy\\. m\\. d\\.', w: '2026. 12. 3.' })
    expect(sheet['H3']?.t).toBe('n')
    expect(sheet['H3']?.v).toBeCloseTo(DEC_3_2026 + 30 / 1440, 9)
    expect(sheet['H3']).toMatchObject({ z: 'yyyy\\. m\\. d\\. hh:mm', w: '2026. 12. 3. 00:30' })
    expect(sheet['I3']).toMatchObject({ t: 'n', z: 'hh:mm', w: '09:30' })
    expect(sheet['I4']).toMatchObject({ t: 'n', z: 'hh:mm', w: '14:05' })
    expect(sheet['I4']?.v).toBeCloseTo((14 * 60 + 5) / 1440, 9)
    // An empty value is an empty cell (styled, so the table's grid is whole).
    expect(sheet['H4']).toBeUndefined()
    expect(cellXml(await write(), 2, 'H4')).toMatch(/^<c r="H4" s="\d+"\/>$/)
  })

  it('keeps codes as text with leading zeros', async () => {
    const path = await write()
    const sheet = readWorkbook(path).Sheets['신청 목록']!
    expect(sheet['B3']).toMatchObject({ t: 's', v: '0012345678', z: '@' })
    expect(sheet['B4']).toMatchObject({ t: 's', v: '1208147521' })
  })

  it('writes a value that does not fit its column as text instead of failing', async () => {
    const rows: ReportRow[] = [{ headcount: 'abc', score: '42.5', budget: '1,234', applied_on: '2026-02-30', reviewed_at: 'yesterday', ratio: true }]
    const sheet = readWorkbook(await write(documentOf([sheetOf(rows)]))).Sheets['신청 목록']!
    expect(sheet['C3']).toMatchObject({ t: 's', v: 'abc' })
    expect(sheet['D3']).toMatchObject({ t: 'n', v: 42.5 })
    expect(sheet['E3']).toMatchObject({ t: 's', v: '1,234' })
    expect(sheet['F3']).toMatchObject({ t: 's', v: '예' })
    expect(sheet['G3']).toMatchObject({ t: 's', v: '2026-02-30' })
    expect(sheet['H3']).toMatchObject({ t: 's', v: 'yesterday' })
  })

  it('keeps formula-looking text as text, never as a formula', async () => {
    const hostile = ['=1+1', '+82-10-1234', '-5', '@SUM(A1)', '\tTAB', '\rCR', '=HYPERLINK("http://evil.example")']
    const rows = hostile.map((name) => ({ name, business_no: name }))
    const path = await write(documentOf([sheetOf(rows)]))
    const xml = sheetXml(path, 2)
    expect(xml).not.toMatch(/<f[ >]/)
    const sheet = readWorkbook(path).Sheets['신청 목록']!
    hostile.forEach((_text, index) => {
      for (const column of ['A', 'B']) {
        const cell = sheet[`${column}${index + 3}`]!
        expect(cell.t).toBe('s')
        expect(cell.f).toBeUndefined()
      }
    })
    expect(sheet['A3']?.v).toBe('=1+1')
    expect(sheet['A5']?.v).toBe('-5')
    expect(cellXml(path, 2, 'A3')).toMatch(/t="str"><v>=1\+1<\/v><\/c>$/)
  })

  it('sets up printing: A4, fit to one page wide, header repeated, page numbers; landscape when wide', async () => {
    const path = await write(documentOf([sheetOf(ROWS)], { wide: true }))
    const xml = sheetXml(path, 2)
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>')
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape"[^>]* fitToWidth="1" fitToHeight="0"/)
    expect(xml).toContain('<oddFooter>&amp;C&amp;P / &amp;N</oddFooter>')
    expect(partXml(path, 'xl/workbook.xml')).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;신청 목록&apos;!$2:$2</definedName>')
    const narrow = await write(documentOf([sheetOf(ROWS)], { wide: false }), 'narrow.xlsx')
    expect(sheetXml(narrow, 2)).toMatch(/<pageSetup paperSize="9" orientation="portrait"/)
  })

  it('fits column widths to Korean text, counting a Hangul syllable as two', async () => {
    const columns = [
      { key: 'a', label: '사업자등록번호', kind: 'code' as const },
      { key: 'b', label: 'x', kind: 'text' as const },
      { key: 'c', label: '비고', kind: 'text' as const }
    ]
    const rows = [{ a: '1', b: 'y', c: '가'.repeat(100) }]
    const xml = sheetXml(await write(documentOf([sheetOf(rows, columns)])), 2)
    const widths = [...xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].flatMap((match) =>
      Array.from({ length: Number(match[2]) - Number(match[1]) + 1 }, () => Number(match[3]))
    )
    // 7 syllables × 2 + the filter button 2 + padding 2; a one-letter column at the minimum; a long text at the maximum.
    expect(widths).toEqual([18, 6, 60])
  })

  it('streams past the width sample and reports progress up to the last row, without a count', async () => {
    const total = 1_234
    const rows = function* () {
      for (let n = 0; n < total; n += 1) yield { name: `기관 ${n}`, headcount: n }
    }
    const progress: number[] = []
    const path = join(dir.path, 'long.xlsx')
    const result = await writeReport(path, documentOf([{ name: '목록', columns: ALL_KINDS, rows }]), {
      format: 'xlsx',
      reason: '주간 업무 보고',
      onProgress: (written) => progress.push(written)
    })
    expect(result).toEqual({ rows: total, sheetRows: [total] })
    expect(progress).toEqual([500, 1000, 1234])
    const sheet = readWorkbook(path).Sheets['목록']!
    expect(sheet['!autofilter']).toEqual({ ref: `A2:I${total + 2}` })
    expect(sheet[`A${total + 2}`]?.v).toBe(`기관 ${total - 1}`)
    expect(sheet[`C${total + 2}`]?.v).toBe(total - 1)
  })

  it('gives every sheet a valid, unique name and counts rows per sheet', async () => {
    const sheets = [sheetOf(ROWS, ALL_KINDS, '요약'), sheetOf(ROWS, ALL_KINDS, '신청/접수: 2026년 [상반기] 매력일자리 기관별 목록 전체'), sheetOf([], ALL_KINDS, '요약')]
    const path = join(dir.path, 'names.xlsx')
    const result = await writeReport(path, documentOf(sheets), { format: 'xlsx', reason: '주간 업무 보고' })
    expect(result.sheetRows).toEqual([2, 2, 0])
    const names = readWorkbook(path).SheetNames
    expect(names).toEqual(['요약', '요약 (2)', '신청_접수_ 2026년 _상반기_ 매력일자리 기관별 목록', '요약 (3)'])
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31)
    // An empty sheet still has its header and a filter over it.
    expect(readWorkbook(path).Sheets['요약 (3)']!['!autofilter']).toEqual({ ref: 'A2:I2' })
  })
})

describe('Excel limits', () => {
  it('refuses a row past the last one Excel opens, pointing to CSV', () => {
    expect(() => assertFitsSheet(EXCEL_MAX_ROWS)).not.toThrow()
    expect(() => assertFitsSheet(EXCEL_MAX_ROWS + 1)).toThrow(/1,048,576행까지만 .* CSV로 내보내세요/)
  })
})

describe('ExcelJS internals the writer relies on', () => {
  it('exposes the zip input of a streamed sheet, which the writer waits on so memory stays flat', async () => {
    const path = join(dir.path, 'shape.xlsx')
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false })
    const worksheet = workbook.addWorksheet('shape')
    worksheet.addRow(['a']).commit()
    await new Promise((resolve) => setImmediate(resolve))
    const input = zipInputOf(worksheet)
    expect(input).not.toBeNull()
    expect(typeof input?._writableState.length).toBe('number')
    worksheet.commit()
    await workbook.commit()
  })
})
