import { ColumnKind } from '../../../shared/reports/model'
import type { CellValue } from '../types'
import { clockSerial, dateSerial, instantSerial, wallClockOf } from './seoulTime'

/**
 * One cell's value as both writers put it down: a number in the column's format, or a text. The
 * conversion happens once per cell; the xlsx writer takes `value` and the style of `format`, the CSV
 * writer and the width estimate render it as text. Data never makes a writer throw: a value that does
 * not fit its column's kind (a word in a money column, 2026-02-30 in a date column) is kept as text.
 */
export type CellFormat = ColumnKind

export interface PreparedCell {
  /** A number (already divided for money, a serial for dates), a text, or null for an empty cell. */
  value: number | string | null
  /** How the value is shown: the column's kind, or `text` when the value did not fit it. */
  format: CellFormat
}

/** Empty cells keep their column's format, so what a person types there later is shown alike. */
const EMPTY = Object.fromEntries(ColumnKind.options.map((kind) => [kind, Object.freeze({ value: null, format: kind })])) as Record<
  ColumnKind,
  PreparedCell
>
const YES = '예'
const NO = '아니요'
/** Plain decimal numbers only: "1,234" or "1e3" in a numeric column is someone's text, kept as written. */
const NUMERIC_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)$/

function asText(value: string | number | boolean): PreparedCell {
  if (typeof value === 'boolean') return { value: value ? YES : NO, format: 'text' }
  return { value: String(value), format: 'text' }
}

function numberOf(value: string | number | boolean): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string' && NUMERIC_TEXT.test(value.trim())) return Number(value.trim())
  return null
}

/**
 * Rounds half away from zero (사사오입, as Excel's display and Korean tables round), after trimming the
 * binary noise of earlier arithmetic so that 2.675 → 2.68 as a person expects.
 */
export function roundHalfAway(value: number, digits: number): number {
  const scale = 10 ** digits
  let scaled = Math.abs(value) * scale
  if (Number.isInteger(scaled)) return value === 0 ? 0 : value
  // Only a value within noise of a half needs the slower, exact look (toPrecision per cell is costly).
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) scaled = Number(scaled.toPrecision(15))
  const rounded = Math.round(scaled) / scale
  return value < 0 && rounded !== 0 ? -rounded : rounded
}

/** Converts one value for a column of `kind`; `moneyDivisor` is MONEY_UNITS[unit].divisor. */
export function prepareCell(kind: ColumnKind, value: CellValue | undefined, moneyDivisor: number): PreparedCell {
  if (value === null || value === undefined || value === '') return EMPTY[kind]
  switch (kind) {
    case 'text':
      return asText(value)
    case 'code':
      return typeof value === 'boolean' ? asText(value) : { value: String(value), format: 'code' }
    case 'integer':
    case 'number':
    case 'percent': {
      const number = numberOf(value)
      return number === null ? asText(value) : { value: number, format: kind }
    }
    case 'money': {
      const won = numberOf(value)
      return won === null ? asText(value) : { value: roundHalfAway(won / moneyDivisor, 0), format: 'money' }
    }
    case 'date': {
      // An instant in a date column is the Seoul day it falls on.
      const serial = typeof value === 'string' ? (dateSerial(value) ?? instantSerial(value)) : null
      return serial === null ? asText(value) : { value: Math.floor(serial), format: 'date' }
    }
    case 'datetime': {
      const serial = typeof value === 'string' ? instantSerial(value) : null
      return serial === null ? asText(value) : { value: serial, format: 'datetime' }
    }
    case 'time': {
      const serial = typeof value === 'string' ? (instantSerial(value) ?? clockSerial(value)) : null
      return serial === null ? asText(value) : { value: serial, format: 'time' }
    }
  }
}

/**
 * Text a spreadsheet could run as a formula when typed or imported (CSV/formula injection): `=`, `+`,
 * `-`, `@`, a tab or a carriage return first.
 */
export function looksLikeFormula(text: string): boolean {
  const first = text.charCodeAt(0)
  // = + - @ \t \r
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/**
 * `n` rounded to at most `maxDigits` decimals and printed with at least `minDigits` (the `0.0#` of a
 * number format), with or without thousands separators. Plain arithmetic: Intl per cell is too slow
 * for a million-row CSV.
 */
function decimalText(n: number, minDigits: number, maxDigits: number, separators: boolean): string {
  let text = roundHalfAway(n, maxDigits).toFixed(maxDigits)
  let keep = text.length
  while (keep > text.length - (maxDigits - minDigits) && text[keep - 1] === '0') keep -= 1
  text = text.slice(0, keep)
  if (text.endsWith('.')) text = text.slice(0, -1)
  if (/^-0(?:\.0*)?$/.test(text)) text = text.slice(1)
  if (!separators) return text
  const point = text.indexOf('.')
  const whole = point < 0 ? text : text.slice(0, point)
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (point < 0 ? '' : text.slice(point))
}

/**
 * The cell as Excel shows it with its number format (`#,##0`, `yyyy. m. d.` …): what the width
 * estimate measures.
 */
export function shownText(cell: PreparedCell): string {
  const { value, format } = cell
  if (value === null) return ''
  if (typeof value === 'string') return value
  switch (format) {
    case 'integer':
    case 'money':
      return decimalText(value, 0, 0, true)
    case 'number':
      return decimalText(value, 1, 2, true)
    case 'percent':
      return `${decimalText(value * 100, 1, 1, true)}%`
    case 'date': {
      const at = wallClockOf(value)
      return `${at.year}. ${at.month}. ${at.day}.`
    }
    case 'datetime': {
      const at = wallClockOf(value)
      return `${at.year}. ${at.month}. ${at.day}. ${pad2(at.hour)}:${pad2(at.minute)}`
    }
    case 'time': {
      const at = wallClockOf(value)
      return `${pad2(at.hour)}:${pad2(at.minute)}`
    }
    default:
      return String(value)
  }
}

/**
 * The cell for a CSV field: the value as the xlsx shows it, without thousands separators (so a
 * program can read the number back), dates as `YYYY-MM-DD` and times as `YYYY-MM-DD HH:mm` / `HH:mm`
 * (Seoul). Percentages keep Excel's shape (`12.5%`): Korean Excel opens it as the number 0.125.
 * Formula-looking text gets a leading `'` (the OWASP advice for CSV injection); quoting is csv.ts's.
 */
export function csvText(cell: PreparedCell): string {
  const { value, format } = cell
  if (value === null) return ''
  if (typeof value === 'string') return looksLikeFormula(value) ? `'${value}` : value
  switch (format) {
    case 'integer':
    case 'money':
      return decimalText(value, 0, 0, false)
    case 'number':
      return decimalText(value, 1, 2, false)
    case 'percent':
      return `${decimalText(value * 100, 1, 1, false)}%`
    case 'date': {
      const at = wallClockOf(value)
      return `${at.year}-${pad2(at.month)}-${pad2(at.day)}`
    }
    case 'datetime': {
      const at = wallClockOf(value)
      return `${at.year}-${pad2(at.month)}-${pad2(at.day)} ${pad2(at.hour)}:${pad2(at.minute)}`
    }
    case 'time': {
      const at = wallClockOf(value)
      return `${pad2(at.hour)}:${pad2(at.minute)}`
    }
    default:
      return String(value)
  }
}
