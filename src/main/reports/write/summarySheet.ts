import type { Cell, Style, Worksheet } from 'exceljs'
import type ExcelJS from 'exceljs'
import type { SummaryContent } from './types'
import { SUMMARY_SHEET_NAME } from './sheetNames'
import { PAGE_FOOTER, PRINT_SETUP, STYLES } from './styles'
import { displayWidth } from './widths'

/**
 * The 요약 sheet, first in every .xlsx: the title, the as-of line, the label/value entries (작성자,
 * 이유, 조건, 행 수…), the notes, and on request a 결재란 to the right of the entries, as paper reports
 * carry it. It is small, so it is laid out cell by cell and committed whole before the data sheets.
 */

const LABEL_WIDTH = 20
const VALUE_WIDTH = 60
const GAP_WIDTH = 2
const CAPTION_WIDTH = 4
const SIGNER_WIDTH = 11
export const APPROVAL_SIGNERS = ['담당', '팀장', '과장'] as const
const APPROVAL_CAPTION = '결재'
/** Rows merged into each signing box: enough height for a stamp or a signature. */
const SIGNING_ROWS = 3
const LINE_HEIGHT = 15

const COLUMN = { label: 1, value: 2, caption: 4, firstSigner: 5 } as const
const FIRST_ENTRY_ROW = 4

function put(sheet: Worksheet, row: number, column: number, value: string | null, style: Partial<Style>): Cell {
  const cell = sheet.getCell(row, column)
  cell.value = value
  cell.style = style
  return cell
}

/** A text across the label and value columns; merged cells do not grow to fit, so the height is estimated. */
function putWide(sheet: Worksheet, row: number, text: string, style: Partial<Style>, wrap: boolean): void {
  put(sheet, row, COLUMN.label, text, style)
  put(sheet, row, COLUMN.value, null, style)
  sheet.mergeCells(row, COLUMN.label, row, COLUMN.value)
  if (wrap) {
    const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / (LABEL_WIDTH + VALUE_WIDTH - 2))), 0)
    if (lines > 1) sheet.getRow(row).height = lines * LINE_HEIGHT
  }
}

function putApprovalBox(sheet: Worksheet, top: number): void {
  const bottom = top + SIGNING_ROWS
  for (let row = top; row <= bottom; row += 1) put(sheet, row, COLUMN.caption, row === top ? APPROVAL_CAPTION : null, STYLES.approvalCaption)
  sheet.mergeCells(top, COLUMN.caption, bottom, COLUMN.caption)
  APPROVAL_SIGNERS.forEach((signer, index) => {
    const column = COLUMN.firstSigner + index
    put(sheet, top, column, signer, STYLES.approvalLabel)
    for (let row = top + 1; row <= bottom; row += 1) put(sheet, row, column, null, STYLES.approvalBox)
    sheet.mergeCells(top + 1, column, bottom, column)
  })
}

/** Adds and commits the 요약 sheet; it must be the workbook's first sheet. */
export function writeSummarySheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, summary: SummaryContent): void {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET_NAME, {
    pageSetup: { ...PRINT_SETUP, orientation: 'portrait' },
    headerFooter: PAGE_FOOTER,
    views: [{ showGridLines: false }]
  })
  sheet.columns = [
    { width: LABEL_WIDTH, style: STYLES.column },
    { width: VALUE_WIDTH, style: STYLES.column },
    { width: GAP_WIDTH, style: STYLES.column },
    { width: CAPTION_WIDTH, style: STYLES.column },
    ...APPROVAL_SIGNERS.map(() => ({ width: SIGNER_WIDTH, style: STYLES.column }))
  ]

  putWide(sheet, 1, summary.title, STYLES.title, false)
  sheet.getRow(1).height = 30
  putWide(sheet, 2, summary.asOf, STYLES.asOf, true)

  let row = FIRST_ENTRY_ROW
  for (const entry of summary.entries) {
    put(sheet, row, COLUMN.label, entry.label, STYLES.label)
    put(sheet, row, COLUMN.value, entry.value, STYLES.value)
    row += 1
  }
  if (summary.notes.length > 0) {
    row += 1
    for (const note of summary.notes) {
      putWide(sheet, row, note, STYLES.note, true)
      row += 1
    }
  }
  if (summary.approvalBox) putApprovalBox(sheet, FIRST_ENTRY_ROW)
  sheet.commit()
}
