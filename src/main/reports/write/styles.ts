import type { Borders, Fill, Font, Style } from 'exceljs'
import type { CellFormat } from './cells'

/**
 * The few cell styles a report uses, each one object shared by every cell that has it. ExcelJS keys
 * its style table by object identity: a shared object is looked up once, a fresh one per cell would be
 * serialised and compared per cell — the main cost of a styled stream.
 */

export const FONT_NAME = '맑은 고딕'
/** Family 3 (modern) and charset 129 (Hangul) let Excel on a non-Korean PC substitute a Korean font. */
const BASE_FONT: Partial<Font> = { name: FONT_NAME, size: 10, family: 3, charset: 129 }
const BOLD_FONT: Partial<Font> = { ...BASE_FONT, bold: true }
const TITLE_FONT: Partial<Font> = { ...BASE_FONT, size: 16, bold: true }
const SUBTLE_FONT: Partial<Font> = { ...BASE_FONT, color: { argb: 'FF595959' } }

const LINE = { style: 'thin', color: { argb: 'FF7F7F7F' } } as const
const BOX: Partial<Borders> = { top: LINE, left: LINE, bottom: LINE, right: LINE }
/** A light blue-grey, Excel's "강조 1, 80% 더 밝게". */
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }

/**
 * Excel number formats per kind; the date ones show the official style "2026. 12. 3.". The periods
 * are escaped as Excel itself stores them: unescaped, a reader may take them for a decimal point.
 */
export const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  code: '@',
  integer: '#,##0',
  number: '#,##0.0#',
  money: '#,##0',
  percent: '0.0%',
  date: 'yyyy\\. m\\. d\\.',
  datetime: 'yyyy\\. m\\. d\\. hh:mm',
  time: 'hh:mm'
}

function dataStyle(format: CellFormat): Partial<Style> {
  const numFmt = NUMBER_FORMATS[format]
  const centred = format === 'code' || format === 'date' || format === 'datetime' || format === 'time'
  return {
    font: BASE_FONT,
    border: BOX,
    alignment: { vertical: 'middle', ...(centred ? { horizontal: 'center' } : {}) },
    ...(numFmt ? { numFmt } : {})
  }
}

export const DATA_STYLES: Record<CellFormat, Partial<Style>> = {
  text: dataStyle('text'),
  code: dataStyle('code'),
  integer: dataStyle('integer'),
  number: dataStyle('number'),
  money: dataStyle('money'),
  percent: dataStyle('percent'),
  date: dataStyle('date'),
  datetime: dataStyle('datetime'),
  time: dataStyle('time')
}

export const STYLES = {
  /** A column's own style: what a person types into an empty cell of it later. */
  column: { font: BASE_FONT } as Partial<Style>,
  header: {
    font: BOLD_FONT,
    fill: HEADER_FILL,
    border: BOX,
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }
  } as Partial<Style>,
  unitLine: { font: BASE_FONT, alignment: { horizontal: 'right' } } as Partial<Style>,
  unitLineLeft: { font: BASE_FONT } as Partial<Style>,
  title: { font: TITLE_FONT, alignment: { vertical: 'middle' } } as Partial<Style>,
  asOf: { font: SUBTLE_FONT } as Partial<Style>,
  label: { font: BOLD_FONT, fill: HEADER_FILL, border: BOX, alignment: { vertical: 'top' } } as Partial<Style>,
  value: { font: BASE_FONT, border: BOX, alignment: { vertical: 'top', wrapText: true } } as Partial<Style>,
  note: { font: BASE_FONT, alignment: { vertical: 'top', wrapText: true } } as Partial<Style>,
  approvalCaption: {
    font: BOLD_FONT,
    fill: HEADER_FILL,
    border: BOX,
    alignment: { horizontal: 'center', vertical: 'middle', textRotation: 'vertical' }
  } as Partial<Style>,
  approvalLabel: { font: BOLD_FONT, fill: HEADER_FILL, border: BOX, alignment: { horizontal: 'center', vertical: 'middle' } } as Partial<Style>,
  approvalBox: { font: BASE_FONT, border: BOX } as Partial<Style>
}

/** A4 (Excel's paper size 9), one page wide and as many pages long as it takes. */
export const PRINT_SETUP = {
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
} as const

/** Page numbers at the foot of every printed page: "3 / 12". */
export const PAGE_FOOTER = { oddFooter: '&C&P / &N' }
