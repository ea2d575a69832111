import { readFileSync } from 'node:fs'
import * as XLSX from 'xlsx'
import type { ReportColumn } from '../../../../src/shared/reports/model'
import type { ReportRow, ReportSheet } from '../../../../src/main/reports/types'
import type { ReportDocument } from '../../../../src/main/reports/write/types'

/**
 * Reading the writers' files back with SheetJS (a different library from ExcelJS, which writes them)
 * and, where SheetJS's community build does not expose styles, with the raw XML of the zip's parts.
 */

export function readWorkbook(path: string): XLSX.WorkBook {
  return XLSX.read(readFileSync(path), { type: 'buffer', cellNF: true, cellDates: false })
}

/** The XML of one part of the .xlsx zip, e.g. `xl/styles.xml`. */
export function partXml(path: string, name: string): string {
  const container = XLSX.CFB.read(readFileSync(path), { type: 'buffer' })
  // ExcelJS names its entries with a leading slash; SheetJS finds them under it.
  const entry = XLSX.CFB.find(container, `/${name}`) ?? XLSX.CFB.find(container, name)
  if (!entry) throw new Error(`no ${name} in ${path}`)
  return Buffer.from(entry.content as Uint8Array).toString('utf8')
}

/** The sheet XML of the n-th sheet (1 = 요약). */
export function sheetXml(path: string, n: number): string {
  return partXml(path, `xl/worksheets/sheet${n}.xml`)
}

export interface ResolvedStyle {
  bold: boolean
  fontName: string | null
  fontSize: number | null
  fillColor: string | null
  bordered: boolean
  numFmt: string | null
}

function listItems(xml: string, list: string, item: string): string[] {
  const body = new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? ''
  return body.split(new RegExp(`<${item}[ >/]`)).slice(1)
}

/** The style of cell `ref` (e.g. "A2") on sheet `n`, resolved through xl/styles.xml. */
export function cellStyle(path: string, n: number, ref: string): ResolvedStyle {
  const sheet = sheetXml(path, n)
  const index = Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)?.[1] ?? 0)
  const styles = partXml(path, 'xl/styles.xml')
  const xf = listItems(styles, 'cellXfs', 'xf')[index] ?? ''
  const attr = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(xf)?.[1] ?? 0)
  const font = listItems(styles, 'fonts', 'font')[attr('fontId')] ?? ''
  const fill = listItems(styles, 'fills', 'fill')[attr('fillId')] ?? ''
  const border = listItems(styles, 'borders', 'border')[attr('borderId')] ?? ''
  const numFmtId = attr('numFmtId')
  const numFmt = new RegExp(`<numFmt numFmtId="${numFmtId}" formatCode="([^"]*)"`).exec(styles)?.[1] ?? null
  return {
    bold: /<b\/>/.test(font),
    fontName: /<name val="([^"]*)"/.exec(font)?.[1] ?? null,
    fontSize: Number(/<sz val="([^"]*)"/.exec(font)?.[1] ?? NaN) || null,
    fillColor: /patternType="solid"[\s\S]*?<fgColor rgb="([^"]*)"/.exec(fill)?.[1] ?? null,
    bordered: /<left style="thin"/.test(border) && /<bottom style="thin"/.test(border),
    numFmt
  }
}

/** The `<c>` element of cell `ref` on sheet `n`, as written. */
export function cellXml(path: string, n: number, ref: string): string {
  const match = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(sheetXml(path, n))
  if (!match) throw new Error(`no cell ${ref} on sheet ${n}`)
  return match[0]
}

/** Every column kind, in one sheet: the fixture most tests start from. */
export const ALL_KINDS: ReportColumn[] = [
  { key: 'name', label: '기관명', kind: 'text' },
  { key: 'business_no', label: '사업자등록번호', kind: 'code' },
  { key: 'headcount', label: '채용 인원', kind: 'integer' },
  { key: 'score', label: '평가 점수', kind: 'number' },
  { key: 'budget', label: '사업비', kind: 'money' },
  { key: 'ratio', label: '정규직 비율', kind: 'percent' },
  { key: 'applied_on', label: '신청일', kind: 'date' },
  { key: 'reviewed_at', label: '검토 시각', kind: 'datetime' },
  { key: 'starts_at', label: '시작', kind: 'time' }
]

export function sheetOf(rows: readonly ReportRow[], columns: ReportColumn[] = ALL_KINDS, name = '신청 목록'): ReportSheet {
  return { name, columns, rows: () => rows, count: rows.length }
}

export function documentOf(sheets: ReportSheet[], overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    summary: {
      title: '매력일자리 신청 목록',
      asOf: '2026. 12. 3. 기준 · 마지막 동기화 2026. 12. 3. 09:12 · https://portal.example.go.kr',
      entries: [
        { label: '작성부서 · 작성자', value: '일자리정책과 김민준' },
        { label: '내보낸 이유', value: '주간 업무 보고' },
        { label: '행 수', value: '2행' }
      ],
      notes: ['금액은 백만원 단위로 반올림했습니다.'],
      approvalBox: false
    },
    sheets,
    moneyUnit: 'million',
    wide: false,
    unmasked: false,
    ...overrides
  }
}
