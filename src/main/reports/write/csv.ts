import { createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { MONEY_UNITS } from '../../../shared/reports/model'
import type { ReportColumn } from '../../../shared/reports/model'
import type { ReportDocument, WriteOptions, WriteResult } from './types'
import { csvText, looksLikeFormula, prepareCell } from './cells'
import { ProgressCounter, sheetRows, throwIfAborted } from './rows'

/**
 * The CSV writer: UTF-8 with a BOM (Korean Excel reads it without mojibake), CRLF line ends, RFC 4180
 * quoting, no 요약 (a CSV is one table; the audit log keeps who exported what and why).
 *
 * A CSV has no sheets. When a report has several, each is preceded by a line holding the sheet's name
 * and separated from the previous one by an empty line — Excel shows them one under the other, and a
 * person can still tell where each starts. A single sheet is written as a plain table (header first),
 * so a program can read it as is. Money columns carry their unit in the header ("예산 (백만원)"), as
 * there is no line above the table to state it.
 */

const BOM = '\uFEFF'
const CRLF = '\r\n'
/** Flush to the file about this often (characters); the stream's own buffer absorbs the rest. */
const CHUNK_CHARS = 64 * 1024

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A heading (sheet name, column label) is text like any other: guarded the same way. */
function headingField(text: string): string {
  return csvField(looksLikeFormula(text) ? `'${text}` : text)
}

function headerLabel(column: ReportColumn, moneyLabel: string): string {
  return column.kind === 'money' ? `${column.label} (${moneyLabel})` : column.label
}

/** Buffers text and writes it in chunks, waiting for 'drain' when the file falls behind. */
class ChunkedWriter {
  private pending = ''
  private failure: Error | null = null
  private readonly closed: Promise<void>

  constructor(readonly stream: WriteStream) {
    this.stream.on('error', (error) => {
      this.failure ??= error
    })
    this.closed = new Promise((resolve) => this.stream.once('close', () => resolve()))
  }

  add(text: string): void {
    this.pending += text
  }

  /** Writes what is pending once there is enough of it (or always, with `force`), honouring backpressure. */
  async flush(force = false): Promise<void> {
    if (this.failure) throw this.failure
    if (this.pending.length === 0 || (!force && this.pending.length < CHUNK_CHARS)) return
    const chunk = this.pending
    this.pending = ''
    if (!this.stream.write(chunk)) await Promise.race([once(this.stream, 'drain'), this.closed])
    if (this.failure) throw this.failure
  }

  async end(): Promise<void> {
    await this.flush(true)
    this.stream.end()
    await this.closed
    if (this.failure) throw this.failure
  }

  async discard(): Promise<void> {
    this.stream.destroy()
    await this.closed
  }
}

/**
 * Writes the CSV. Resolves once the file is complete and closed; on a cancel or a failure the file is
 * closed (the caller removes its temporary name) and the promise rejects.
 */
export async function writeCsv(path: string, document: ReportDocument, options: WriteOptions): Promise<WriteResult> {
  throwIfAborted(options.signal)
  const writer = new ChunkedWriter(createWriteStream(path))
  const progress = new ProgressCounter(options.onProgress)
  const { divisor, label: moneyLabel } = MONEY_UNITS[document.moneyUnit]
  const several = document.sheets.length > 1
  const sheetRowsWritten: number[] = []
  try {
    writer.add(BOM)
    for (const [index, sheet] of document.sheets.entries()) {
      if (several) writer.add(`${index > 0 ? CRLF : ''}${headingField(sheet.name)}${CRLF}`)
      const columns = sheet.columns
      writer.add(`${columns.map((column) => headingField(headerLabel(column, moneyLabel))).join(',')}${CRLF}`)
      let written = 0
      for await (const row of sheetRows(sheet, document.unmasked ? options.reason : null, options.signal)) {
        let line = ''
        for (let c = 0; c < columns.length; c += 1) {
          const column = columns[c]!
          if (c > 0) line += ','
          line += csvField(csvText(prepareCell(column.kind, row[column.key], divisor)))
        }
        writer.add(line + CRLF)
        written += 1
        if (progress.add()) await writer.flush()
      }
      sheetRowsWritten.push(written)
    }
    throwIfAborted(options.signal)
    await writer.end()
    progress.finish()
    return { rows: progress.rows, sheetRows: sheetRowsWritten }
  } catch (error) {
    await writer.discard()
    throw error
  }
}
