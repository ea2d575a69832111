import ExcelJS from 'exceljs'
import type { Worksheet } from 'exceljs'
import { createWriteStream, type WriteStream } from 'node:fs'
import { MONEY_UNITS } from '../../../shared/reports/model'
import { AppError } from '../../core/errors'
import type { ReportColumn } from '../../../shared/reports/model'
import type { ReportRow, ReportSheet } from '../types'
import type { ReportDocument, WriteOptions, WriteResult } from './types'
import { prepareCell, shownText, type PreparedCell } from './cells'
import { ProgressCounter, sheetRows, throwIfAborted, yieldToIo } from './rows'
import { sheetNames } from './sheetNames'
import { DATA_STYLES, PAGE_FOOTER, PRINT_SETUP, STYLES } from './styles'
import { writeSummarySheet } from './summarySheet'
import { WidthEstimate } from './widths'

/** Rows held back before a sheet's columns are written, to fit the widths to what the sheet holds. */
export const WIDTH_SAMPLE_ROWS = 200
const CREATOR = '서울시 일자리포털 업무도구'
/** Excel's last row: a sheet past it does not open. */
export const EXCEL_MAX_ROWS = 1_048_576
/** Uncompressed sheet XML the zip may hold before the writer waits for it to catch up. */
const ZIP_BACKLOG_BYTES = 4 * 1024 * 1024

/** "(단위: 백만원, 백만원 미만 반올림)": the line above a table with money in it. */
export function moneyUnitLine(unit: ReportDocument['moneyUnit']): string {
  const { label, divisor } = MONEY_UNITS[unit]
  return divisor === 1 ? `(단위: ${label})` : `(단위: ${label}, ${label} 미만 반올림)`
}

/** The open file under the workbook: owned here so a cancel can close it before the caller deletes it. */
class OutputFile {
  readonly stream: WriteStream
  private failure: Error | null = null
  private readonly closed: Promise<void>

  constructor(path: string) {
    this.stream = createWriteStream(path)
    // A write error (a full disk) surfaces at the next batch of rows instead of crashing the process.
    this.stream.on('error', (error) => {
      this.failure ??= error
    })
    this.closed = new Promise((resolve) => this.stream.once('close', () => resolve()))
  }

  throwIfFailed(): void {
    if (this.failure) throw this.failure
  }

  /** Resolves once the descriptor is released: Windows refuses to rename or delete an open file. */
  whenClosed(): Promise<void> {
    return this.closed
  }

  async discard(): Promise<void> {
    this.stream.destroy()
    await this.closed
  }
}

/** The part of a (readable-stream v2) writable the backlog check reads. */
interface BufferedInput {
  _writableState: { length: number }
  once(event: 'drain', listener: () => void): unknown
}

function isBufferedInput(value: unknown): value is BufferedInput {
  if (typeof value !== 'object' || value === null) return false
  const state: unknown = Reflect.get(value, '_writableState')
  return typeof state === 'object' && state !== null && typeof Reflect.get(state, 'length') === 'number' && typeof Reflect.get(value, 'once') === 'function'
}

/**
 * Where this worksheet's XML waits for the zip. ExcelJS's worksheet stream (its StreamBuf) writes into
 * the zip entry's input without honouring backpressure, so rows built faster than they are compressed
 * pile up there — hundreds of MB over a million rows on a busy PC. ExcelJS 4.4 (pinned in
 * package.json) lays it out as `worksheet.stream.pipes[0]`, a PassThrough from archiver; null when the
 * shape differs (tests/main/reports/write/xlsx.test.ts checks it), and then the writer only yields.
 */
export function zipInputOf(worksheet: Worksheet): BufferedInput | null {
  const stream: unknown = Reflect.get(worksheet, 'stream')
  const pipes: unknown = typeof stream === 'object' && stream !== null ? Reflect.get(stream, 'pipes') : undefined
  const first: unknown = Array.isArray(pipes) ? pipes[0] : undefined
  return isBufferedInput(first) ? first : null
}

/** Lets the zip and the file catch up: waits while the zip's backlog is large, else just yields. */
async function catchUp(worksheet: Worksheet, file: OutputFile): Promise<void> {
  const zipInput = zipInputOf(worksheet)
  if (zipInput !== null && zipInput._writableState.length > ZIP_BACKLOG_BYTES) {
    await Promise.race([new Promise<void>((resolve) => zipInput.once('drain', resolve)), file.whenClosed()])
  } else {
    await yieldToIo()
  }
  file.throwIfFailed()
}

interface SheetWriter {
  worksheet: Worksheet
  nextRow: number
}

/** Refuses, in words a clerk acts on, a row Excel could not open rather than writing a broken file. */
export function assertFitsSheet(rowNumber: number): void {
  if (rowNumber > EXCEL_MAX_ROWS) {
    throw new AppError(
      'too_many_rows',
      `Excel 시트 한 장에는 ${EXCEL_MAX_ROWS.toLocaleString('ko-KR')}행까지만 담을 수 있습니다. 조건을 좁히거나 CSV로 내보내세요.`
    )
  }
}

function writeCells(target: SheetWriter, cells: readonly PreparedCell[]): void {
  assertFitsSheet(target.nextRow)
  const row = target.worksheet.getRow(target.nextRow)
  for (let index = 0; index < cells.length; index += 1) {
    const prepared = cells[index]!
    const cell = row.getCell(index + 1)
    cell.value = prepared.value
    cell.style = DATA_STYLES[prepared.format]
  }
  row.commit()
  target.nextRow += 1
}

function prepareRow(columns: readonly ReportColumn[], row: ReportRow, divisor: number): PreparedCell[] {
  return columns.map((column) => prepareCell(column.kind, row[column.key], divisor))
}

/** The unit line (when there is money) and the header, after the columns are set from the sample. */
function startSheet(target: SheetWriter, columns: readonly ReportColumn[], sample: readonly PreparedCell[][], unitLine: string | null): void {
  const estimate = new WidthEstimate(columns.map((column) => column.label))
  for (const cells of sample) cells.forEach((cell, index) => estimate.see(index, shownText(cell)))
  if (columns.length > 0) target.worksheet.columns = estimate.widths().map((width) => ({ width, style: STYLES.column }))

  if (unitLine !== null) {
    // Top right of the table, as Korean tables carry it; right-aligned text runs leftwards over empty cells.
    const row = target.worksheet.getRow(target.nextRow)
    const cell = row.getCell(Math.max(1, columns.length))
    cell.value = unitLine
    cell.style = columns.length > 1 ? STYLES.unitLine : STYLES.unitLineLeft
    row.commit()
    target.nextRow += 1
  }
  const header = target.worksheet.getRow(target.nextRow)
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1)
    cell.value = column.label
    cell.style = STYLES.header
  })
  header.commit()
  target.nextRow += 1
}

/**
 * Streams one data sheet: the first rows are held to size the columns, then every row is committed as
 * soon as it is written, so a million rows never sit in memory. Returns the rows written.
 */
async function writeDataSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  sheet: ReportSheet,
  document: ReportDocument,
  options: WriteOptions,
  progress: ProgressCounter,
  file: OutputFile
): Promise<number> {
  const columns = sheet.columns
  const divisor = MONEY_UNITS[document.moneyUnit].divisor
  const unitLine = columns.some((column) => column.kind === 'money') ? moneyUnitLine(document.moneyUnit) : null
  const headerRow = unitLine === null ? 1 : 2
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    pageSetup: { ...PRINT_SETUP, orientation: document.wide ? 'landscape' : 'portrait', printTitlesRow: `${headerRow}:${headerRow}` },
    headerFooter: PAGE_FOOTER
  })
  const target: SheetWriter = { worksheet, nextRow: 1 }
  const sample: PreparedCell[][] = []
  let started = false
  let written = 0

  const writeRow = async (cells: PreparedCell[]) => {
    writeCells(target, cells)
    written += 1
    if (progress.add()) await catchUp(worksheet, file)
  }

  for await (const row of sheetRows(sheet, document.unmasked ? options.reason : null, options.signal)) {
    const cells = prepareRow(columns, row, divisor)
    if (started) {
      await writeRow(cells)
      continue
    }
    sample.push(cells)
    if (sample.length < WIDTH_SAMPLE_ROWS) continue
    startSheet(target, columns, sample, unitLine)
    started = true
    for (const held of sample.splice(0)) await writeRow(held)
  }
  if (!started) {
    startSheet(target, columns, sample, unitLine)
    for (const held of sample.splice(0)) await writeRow(held)
  }
  throwIfAborted(options.signal)

  if (columns.length > 0) {
    worksheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + written, column: columns.length } }
  }
  worksheet.commit()
  return written
}

/**
 * Writes the .xlsx: 요약 first, then one sheet per ReportSheet, through ExcelJS's streaming writer.
 * Resolves once the file is complete and closed; on a cancel or a failure the file is closed (not
 * removed: the caller deletes its temporary name) and the promise rejects.
 */
export async function writeXlsx(path: string, document: ReportDocument, options: WriteOptions): Promise<WriteResult> {
  throwIfAborted(options.signal)
  const file = new OutputFile(path)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: file.stream,
    useStyles: true,
    useSharedStrings: false,
    creator: CREATOR,
    lastModifiedBy: CREATOR
  } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>)
  const progress = new ProgressCounter(options.onProgress)
  try {
    writeSummarySheet(workbook, document.summary)
    const names = sheetNames(document.sheets.map((sheet) => sheet.name))
    const sheetRowsWritten: number[] = []
    for (const [index, sheet] of document.sheets.entries()) {
      sheetRowsWritten.push(await writeDataSheet(workbook, names[index]!, sheet, document, options, progress, file))
    }
    throwIfAborted(options.signal)
    await workbook.commit()
    await file.whenClosed()
    file.throwIfFailed()
    progress.finish()
    return { rows: progress.rows, sheetRows: sheetRowsWritten }
  } catch (error) {
    await file.discard()
    throw error
  }
}
