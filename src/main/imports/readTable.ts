import * as XLSX from 'xlsx'
import { parseCsv, type TableLimits } from './csv'
import { compoundFileProtection, leadingDrmMarker, type CompoundStream } from './drm'
import { decodeText, type TextEncodingName } from './encoding'
import {
  MAX_FILE_MEGABYTES,
  formulaFound,
  refusal,
  tooManyColumns,
  tooManyRows,
  unsafeSheetName,
  type TableRefusal
} from './refusals'
import { sniff } from './sniff'
import { inspectZip } from './zipGuard'

/**
 * Reads a table someone chose to import (.xlsx, .xls, .csv) into plain rows of trimmed strings —
 * arrays only, never an object keyed by the file's text — or says, in one Korean sentence, why not.
 * The file's bytes decide what it is (sniff.ts); DRM wrappers and encrypted workbooks are named as
 * such (drm.ts); a zip is checked before SheetJS inflates it (zipGuard.ts); a CSV's encoding is
 * detected (encoding.ts). A workbook with formulas is refused: what a formula shows depends on the
 * Excel that computed it last, and the value is what the person meant.
 */

export type TableFormat = 'xlsx' | 'xls' | 'csv'

export interface TabularFile {
  format: TableFormat
  /** A CSV's detected encoding; null for a workbook. */
  encoding: TextEncodingName | null
  /** The sheet read (the first one with data); null for a CSV. */
  sheetName: string | null
  /** Row i is line i + 1 of the sheet; cells trimmed, NFC; trailing blank rows dropped. */
  rows: string[][]
}

export type TableRead = { ok: true; table: TabularFile } | { ok: false; refusal: TableRefusal }

export const TABLE_LIMITS: TableLimits & { maxBytes: number } = {
  maxBytes: MAX_FILE_MEGABYTES * 1024 * 1024,
  maxColumns: 200,
  maxRows: 20_000
}

const refused = (value: TableRefusal): TableRead => ({ ok: false, refusal: value })

/** What SheetJS hands back, as far as this reader looks (its own types say `any`). */
interface SheetCell {
  t?: string
  v?: unknown
  f?: string
  F?: string
  z?: string | number
}
interface Sheet {
  '!data'?: (SheetCell[] | undefined)[]
  '!ref'?: string
  '!fullref'?: string
}
interface Workbook {
  SheetNames: string[]
  Sheets: Record<string, Sheet | undefined>
  Workbook?: { WBProps?: { date1904?: boolean } }
}
interface CompoundFile {
  FileIndex: { name: string; type: number; content?: Uint8Array | number[] | null }[]
}
const ssf = XLSX.SSF as { is_date(format: string | number): boolean }
const cfb = XLSX.CFB as { read(data: Uint8Array, options: { type: 'buffer' }): CompoundFile }

const DAY_MS = 86_400_000

/** An Excel serial date as YYYY-MM-DD (the 1900 system counts a 29 February 1900 that never was). */
function serialDate(serial: number, date1904: boolean): string {
  const day = Math.floor(serial)
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : day < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)
  return new Date(epoch + day * DAY_MS).toISOString().slice(0, 10)
}

function numberText(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value)
}

function cellText(cell: SheetCell | undefined, date1904: boolean): string {
  if (!cell) return ''
  switch (cell.t) {
    case 'n': {
      const value = Number(cell.v)
      if (!Number.isFinite(value)) return ''
      return cell.z !== undefined && cell.z !== 'General' && ssf.is_date(cell.z) ? serialDate(value, date1904) : numberText(value)
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE'
    case 'd':
      return cell.v instanceof Date && !Number.isNaN(cell.v.getTime()) ? cell.v.toISOString().slice(0, 10) : ''
    case 'e':
      return '#ERROR'
    case 's':
    case 'str':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '')
    default:
      return cell.v === undefined || cell.v === null ? '' : String(cell.v)
  }
}

const clean = (text: string) => text.normalize('NFC').trim()

/** Drops the blank cells at the end of each row and the blank rows at the end of the table. */
function trimmed(rows: string[][]): string[][] {
  const out = rows.map((row) => {
    let end = row.length
    while (end > 0 && row[end - 1] === '') end -= 1
    return end === row.length ? row : row.slice(0, end)
  })
  let last = out.length
  while (last > 0 && out[last - 1]!.length === 0) last -= 1
  return out.slice(0, last)
}

function readCsv(bytes: Uint8Array, limits: TableLimits): TableRead {
  const decoded = decodeText(bytes)
  if (!decoded.ok) return refused(refusal('unknown_encoding', 'neither UTF-8 nor CP949'))
  const parsed = parseCsv(decoded.text, limits)
  if (!parsed.ok) {
    return refused(
      parsed.reason === 'too_many_columns'
        ? { reason: 'too_many_columns', message: tooManyColumns(limits.maxColumns), detail: `a CSV row has more than ${limits.maxColumns} fields` }
        : { reason: 'too_many_rows', message: tooManyRows(limits.maxRows), detail: `more than ${limits.maxRows} rows` }
    )
  }
  const rows = trimmed(parsed.rows.map((row) => row.map(clean)))
  if (rows.length === 0) return refused(refusal('no_data', 'every CSV row is blank'))
  return { ok: true, table: { format: 'csv', encoding: decoded.encoding, sheetName: null, rows } }
}

function compoundStreams(bytes: Uint8Array): CompoundStream[] | null {
  try {
    const file = cfb.read(bytes, { type: 'buffer' })
    return file.FileIndex.filter((entry) => entry.type === 2).map((entry) => ({
      name: entry.name,
      // Only the data-space map is read (for Microsoft's rights management); the rest stays unread.
      content: entry.name === 'DataSpaceMap' && entry.content ? Uint8Array.from(entry.content) : null
    }))
  } catch {
    return null
  }
}

function parseWorkbook(bytes: Uint8Array, limits: TableLimits): Workbook | TableRefusal {
  try {
    return XLSX.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      type: 'buffer',
      dense: true,
      cellFormula: true,
      cellHTML: false,
      cellNF: true,
      cellText: false,
      cellStyles: false,
      bookVBA: false,
      sheetRows: limits.maxRows + 1
    }) as unknown as Workbook
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return /password|encrypt/i.test(detail) ? refusal('password', detail) : refusal('corrupt', detail)
  }
}

const columnsOf = (range: string | undefined): number => (range ? XLSX.utils.decode_range(range).e.c + 1 : 0)

/** The first sheet with a non-blank cell, read into rows; or why the workbook is refused. */
function readWorkbook(bytes: Uint8Array, format: 'xlsx' | 'xls', limits: TableLimits): TableRead {
  const workbook = parseWorkbook(bytes, limits)
  if ('reason' in workbook) return refused(workbook)
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true
  for (const sheetName of workbook.SheetNames) {
    // A sheet named `__proto__` is no own property of SheetJS's map: it cannot be read as data.
    if (!Object.hasOwn(workbook.Sheets, sheetName)) {
      return refused({ reason: 'unsafe_sheet_name', message: unsafeSheetName(sheetName), detail: 'sheet name is not an own key' })
    }
    const sheet = workbook.Sheets[sheetName]
    const data = sheet?.['!data']
    if (!sheet || !data) continue
    if (Math.max(columnsOf(sheet['!ref']), columnsOf(sheet['!fullref'])) > limits.maxColumns) {
      return refused({ reason: 'too_many_columns', message: tooManyColumns(limits.maxColumns), detail: `sheet range ${sheet['!fullref'] ?? sheet['!ref']}` })
    }
    const rows: string[][] = []
    for (let r = 0; r < data.length; r += 1) {
      const cells = data[r]
      const row: string[] = []
      if (cells) {
        if (cells.length > limits.maxColumns && cells.slice(limits.maxColumns).some((cell) => cell !== undefined)) {
          return refused({ reason: 'too_many_columns', message: tooManyColumns(limits.maxColumns), detail: `cells past column ${limits.maxColumns}` })
        }
        for (let c = 0; c < Math.min(cells.length, limits.maxColumns); c += 1) {
          const cell = cells[c]
          if (cell?.f !== undefined || cell?.F !== undefined) {
            const where = `'${sheetName}' 시트 ${XLSX.utils.encode_cell({ r, c })}`
            return refused({ reason: 'formula', message: formulaFound(where), detail: `formula at ${XLSX.utils.encode_cell({ r, c })}` })
          }
          row.push(clean(cellText(cell, date1904)))
        }
      }
      rows.push(row)
    }
    const table = trimmed(rows)
    if (table.length === 0) continue
    if (table.length > limits.maxRows) {
      return refused({ reason: 'too_many_rows', message: tooManyRows(limits.maxRows), detail: `more than ${limits.maxRows} rows` })
    }
    return { ok: true, table: { format, encoding: null, sheetName, rows: table } }
  }
  return refused(refusal('no_data', 'no sheet has a non-blank cell'))
}

/** Reads a chosen file's bytes into rows, or refuses it. Never throws for what the file holds. */
export function readTabularFile(bytes: Uint8Array, fileName: string, limits: TableLimits & { maxBytes: number } = TABLE_LIMITS): TableRead {
  if (bytes.length > limits.maxBytes) return refused(refusal('too_large', `${bytes.length} bytes`))
  const vendor = leadingDrmMarker(bytes)
  if (vendor) return refused(refusal('drm', vendor))
  const kind = sniff(bytes)
  switch (kind) {
    case 'empty':
      return refused(refusal('empty', fileName))
    case 'executable':
      return refused(refusal('executable', `${fileName}: executable header`))
    case 'other_binary':
      return refused(refusal('not_a_table', `${fileName}: binary, not a table`))
    case 'html':
      return refused(refusal('html', fileName))
    case 'utf16_text':
      return refused(refusal('utf16', fileName))
    case 'old_biff':
      return refused(refusal('old_format', fileName))
    case 'text':
      return readCsv(bytes, limits)
    case 'cfb': {
      const streams = compoundStreams(bytes)
      if (!streams) return refused(refusal('corrupt', `${fileName}: compound file unreadable`))
      const protection = compoundFileProtection(streams)
      if (protection?.kind === 'drm') return refused(refusal('drm', protection.vendor))
      if (protection?.kind === 'password') return refused(refusal('password', 'EncryptedPackage'))
      if (!streams.some((stream) => stream.name === 'Workbook' || stream.name === 'Book')) {
        return refused(refusal('not_a_table', `${fileName}: a compound file without a workbook stream`))
      }
      return readWorkbook(bytes, 'xls', limits)
    }
    case 'zip': {
      const zip = inspectZip(bytes)
      if (!zip.ok) return refused(zip.reason === 'encrypted' ? refusal('password', zip.detail) : refusal(zip.reason, zip.detail))
      if (!zip.entries.some((entry) => entry.name === 'xl/workbook.xml' || entry.name === 'xl/workbook.bin')) {
        return refused(refusal('not_a_table', `${fileName}: a zip without a workbook`))
      }
      return readWorkbook(bytes, 'xlsx', limits)
    }
  }
}
