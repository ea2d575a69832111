/**
 * A CSV parser (RFC 4180: quoted fields, doubled quotes, CRLF or LF) that stops at the table limits
 * as it goes — a line of a million commas is refused at the first field past the limit, not split
 * into a million strings first.
 */

export interface TableLimits {
  maxColumns: number
  maxRows: number
}

export type CsvParse = { ok: true; rows: string[][] } | { ok: false; reason: 'too_many_columns' | 'too_many_rows' }

const QUOTE = 0x22
const CR = 0x0d
const LF = 0x0a

/** The delimiter of the first line, outside quotes: comma unless tabs (Excel's "텍스트(탭으로 분리)") or semicolons win. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    ['\t', 0],
    [';', 0]
  ])
  let quoted = false
  for (let i = 0; i < text.length && i < 65_536; i += 1) {
    const char = text[i]!
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1)
  }
  const [comma, tab, semicolon] = [counts.get(',')!, counts.get('\t')!, counts.get(';')!]
  if (tab > comma && tab >= semicolon) return '\t'
  if (semicolon > comma && semicolon > tab) return ';'
  return ','
}

const isBlankRow = (row: readonly string[]) => row.every((cell) => cell.trim() === '')

export function parseCsv(text: string, limits: TableLimits): CsvParse {
  const delimiter = detectDelimiter(text).charCodeAt(0)
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const endField = (): boolean => {
    row.push(field)
    field = ''
    return row.length <= limits.maxColumns
  }
  /** False when the table is past its row limit with content. */
  const endRow = (): boolean => {
    // Rows past the limit that hold nothing (Excel's trailing blank lines) are dropped, not refused.
    if (rows.length >= limits.maxRows) {
      const blank = isBlankRow(row)
      row = []
      return blank
    }
    rows.push(row)
    row = []
    return true
  }
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (quoted) {
      if (code === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i += 1
        continue
      }
      // Copy the run up to the next quote at once: a long quoted cell is not built char by char.
      const next = text.indexOf('"', i)
      const end = next === -1 ? text.length : next
      field += text.slice(i, end)
      i = end
      continue
    }
    if (code === QUOTE && field === '') {
      quoted = true
      i += 1
    } else if (code === delimiter) {
      if (!endField()) return { ok: false, reason: 'too_many_columns' }
      i += 1
    } else if (code === CR || code === LF) {
      if (!endField()) return { ok: false, reason: 'too_many_columns' }
      if (!endRow()) return { ok: false, reason: 'too_many_rows' }
      i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
    } else {
      field += text[i]
      i += 1
    }
  }
  if (field !== '' || row.length > 0) {
    if (!endField()) return { ok: false, reason: 'too_many_columns' }
    if (!endRow()) return { ok: false, reason: 'too_many_rows' }
  }
  return { ok: true, rows }
}
