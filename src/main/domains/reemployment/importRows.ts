import { recogniseHeader } from '../../../shared/domains/reemployment/importHeaders'
import { IMPORT_FIELD_LABELS } from '../../../shared/domains/reemployment/importLabels'
import { ImportField, REQUIRED_IMPORT_FIELDS, type ImportMapping, type ImportRowView } from '../../../shared/domains/reemployment/importViews'
import { matchMaskedName } from '../../../shared/domains/reemployment/nameMatch'
import { birthYearProblem, isKoreanMobile, seoulYear } from '../../../shared/domains/reemployment/rules'
import { formatPhone, maskPhone, phoneDigits } from '../../../shared/domain/masking'
import { AppError } from '../../core/errors'

/**
 * The rows of an imported list, checked as a walk-in would be: the header row and its mapping, each
 * row's problems as Korean sentences, and duplicates — of someone already registered in the session
 * (the cache holds masked names: a full name is matched against the mask with the birth year and
 * the phone's last four) or of an earlier line of the same file. Everything from the file stays in
 * arrays; no object is ever keyed by its text.
 */

/** How many rows from the top may hold the header (titles and notes often come first). */
const HEADER_SCAN_ROWS = 10
const MIN_RECOGNISED_HEADERS = 2
const MAX_NAME_LENGTH = 40

export interface HeaderGuess {
  /** Index into the table's rows; data starts on the next row. */
  headerIndex: number
  /** The header row's texts, padded to the widest data row. */
  headers: string[]
  mapping: ImportMapping
}

export const EMPTY_MAPPING: ImportMapping = { name: null, birthYear: null, phone: null, expectedRetirement: null }

const isBlank = (row: readonly string[]) => row.every((cell) => cell === '')

function mappingFor(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = { ...EMPTY_MAPPING }
  headers.forEach((header, column) => {
    const field = recogniseHeader(header)
    if (field && mapping[field] === null) mapping[field] = column
  })
  return mapping
}

const mappedCount = (mapping: ImportMapping) => ImportField.options.filter((field) => mapping[field] !== null).length

/** The first of the top rows naming at least two fields; else the first non-blank row, mapped by hand. */
export function guessHeader(rows: readonly string[][]): HeaderGuess {
  let headerIndex = -1
  let mapping = EMPTY_MAPPING
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN_ROWS); i += 1) {
    const candidate = mappingFor(rows[i]!)
    if (mappedCount(candidate) >= MIN_RECOGNISED_HEADERS) {
      headerIndex = i
      mapping = candidate
      break
    }
  }
  if (headerIndex < 0) headerIndex = Math.max(0, rows.findIndex((row) => !isBlank(row)))
  let width = rows[headerIndex]?.length ?? 0
  for (let i = headerIndex + 1; i < rows.length; i += 1) width = Math.max(width, rows[i]!.length)
  const headers = Array.from({ length: width }, (_, column) => rows[headerIndex]?.[column] ?? '')
  return { headerIndex, headers, mapping }
}

/** Required fields without a column. */
export function unmappedFields(mapping: ImportMapping): ImportField[] {
  return REQUIRED_IMPORT_FIELDS.filter((field) => mapping[field] === null)
}

/** A mapping the user chose: every column within the file, no column for two fields. */
export function checkMapping(mapping: ImportMapping, headers: readonly string[]): void {
  const used = new Map<number, ImportField>()
  for (const field of ImportField.options) {
    const column = mapping[field]
    if (column === null) continue
    if (column >= headers.length) throw new AppError('validation_failed', `${IMPORT_FIELD_LABELS[field]}에 지정한 열이 파일에 없습니다. 열을 다시 고르세요.`)
    const other = used.get(column)
    if (other) {
      throw new AppError('validation_failed', `한 열을 ${IMPORT_FIELD_LABELS[other]}과(와) ${IMPORT_FIELD_LABELS[field]}에 함께 지정할 수 없습니다. 열을 다시 고르세요.`)
    }
    used.set(column, field)
  }
}

/** What a valid row becomes: a walk-in's person. */
export interface ImportPerson {
  name: string
  birthYear: number
  /** 010-1234-5678. */
  phone: string
  expectedRetirement: string | null
}

export interface CheckedRow {
  view: ImportRowView
  /** Null when the row has an error or repeats someone. */
  person: ImportPerson | null
}

/** Someone already in the session, as the cache holds them. */
export interface RegisteredPerson {
  /** Masked (박*영). */
  person_name: string
  birth_year: number
  phone_last4: string
}

export interface RowTotals {
  rows: number
  valid: number
  invalid: number
  duplicates: number
}

/** A cell that a spreadsheet would run as a formula if the text were pasted or exported again. */
const FORMULA_LIKE = /^[=+\-@]/

function formulaProblem(field: ImportField, value: string): string | null {
  return FORMULA_LIKE.test(value) ? `${IMPORT_FIELD_LABELS[field]}: 수식처럼 보이는 값입니다. 값만 입력하세요.` : null
}

function plausibleMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

/** A two-digit year: this century unless that would be in the future. */
function fullYear(twoDigits: number, now: Date): number {
  return twoDigits > seoulYear(now) % 100 ? 1900 + twoDigits : 2000 + twoDigits
}

/** The year of 1965 · 1965년 · 1965-03-02 · 1965. 3. 2. · 19650302 · 650302 · 65.03.02; else null. */
export function parseBirthYear(text: string, now: Date): number | null {
  const compact = text.replace(/\s+/g, '')
  let match = /^(\d{4})년?$/.exec(compact)
  if (match) return Number(match[1])
  match = /^(\d{4})[-./년](\d{1,2})[-./월](\d{1,2})[일.]?$/.exec(compact)
  if (match) return plausibleMonthDay(Number(match[2]), Number(match[3])) ? Number(match[1]) : null
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(compact)
  if (match) return plausibleMonthDay(Number(match[2]), Number(match[3])) ? Number(match[1]) : null
  match = /^(\d{2})[-./]?(\d{2})[-./]?(\d{2})\.?$/.exec(compact)
  if (match) return plausibleMonthDay(Number(match[2]), Number(match[3])) ? fullYear(Number(match[1]), now) : null
  return null
}

/** A date as YYYY-MM-DD from 2027-06-30 · 2027.6.30 · 2027. 6. 30. · 2027/06/30 · 20270630 · 2027년 6월 30일; else null. */
export function parseLocalDate(text: string): string | null {
  const compact = text.replace(/\s+/g, '')
  const match = /^(\d{4})[-./년]?(\d{1,2})[-./월]?(\d{1,2})[일.]?$/.exec(compact)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

/**
 * A Korean mobile number as 010-1234-5678, or null. Excel turns 01012345678 typed into a cell into
 * the number 1012345678: the dropped leading zero is put back.
 */
export function normalisePhone(text: string): string | null {
  if (!/^[\d\s\-.()]+$/.test(text)) return null
  let digits = phoneDigits(text)
  if (/^1[016789]\d{7,8}$/.test(digits)) digits = `0${digits}`
  return isKoreanMobile(digits) ? formatPhone(digits) : null
}

/** Every digit but the last four hidden, whatever the format (an invalid number is still a number). */
function maskedDigits(text: string): string {
  const total = phoneDigits(text).length
  let seen = 0
  return text.replace(/\d/g, (digit) => {
    seen += 1
    return seen > total - 4 ? digit : '*'
  })
}

const cellOf = (row: readonly string[], column: number | null) => (column === null ? '' : (row[column] ?? ''))

/** People registered in the session, by birth year (the cheapest of the three conditions to index). */
function byBirthYear(registered: readonly RegisteredPerson[]): Map<number, RegisteredPerson[]> {
  const index = new Map<number, RegisteredPerson[]>()
  for (const person of registered) {
    const list = index.get(person.birth_year)
    if (list) list.push(person)
    else index.set(person.birth_year, [person])
  }
  return index
}

function alreadyRegistered(index: Map<number, RegisteredPerson[]>, person: ImportPerson): boolean {
  const last4 = person.phone.slice(-4)
  return (index.get(person.birthYear) ?? []).some(
    (cached) => (cached.phone_last4 === '' || cached.phone_last4 === last4) && matchMaskedName(person.name, cached.person_name) === 'exact'
  )
}

/**
 * Checks the data rows (those after the header; blank rows are skipped without a word) against the
 * mapping, the PC's clock (birth years up to this year) and the people already in the session.
 */
export function checkRows(
  rows: readonly string[][],
  headerIndex: number,
  mapping: ImportMapping,
  registered: readonly RegisteredPerson[],
  now: Date
): { rows: CheckedRow[]; totals: RowTotals } {
  const index = byBirthYear(registered)
  const firstLineOf = new Map<string, number>()
  const checked: CheckedRow[] = []
  const totals: RowTotals = { rows: 0, valid: 0, invalid: 0, duplicates: 0 }
  for (let r = headerIndex + 1; r < rows.length; r += 1) {
    const row = rows[r]!
    if (isBlank(row)) continue
    const line = r + 1
    const errors: string[] = []
    const name = cellOf(row, mapping.name)
    const birthText = cellOf(row, mapping.birthYear)
    const phoneText = cellOf(row, mapping.phone)
    // A lone dash is how lists write "none" in an optional column.
    const retirementText = /^[-–—]$/.test(cellOf(row, mapping.expectedRetirement)) ? '' : cellOf(row, mapping.expectedRetirement)

    const nameProblem =
      formulaProblem('name', name) ??
      (name === '' ? '성명이 비어 있습니다.' : [...name].length > MAX_NAME_LENGTH ? `성명은 ${MAX_NAME_LENGTH}자까지 입력할 수 있습니다.` : null)
    if (nameProblem) errors.push(nameProblem)

    let birthYear: number | null = null
    const birthFormula = formulaProblem('birthYear', birthText)
    if (birthFormula) errors.push(birthFormula)
    else if (birthText === '') errors.push('출생연도가 비어 있습니다.')
    else {
      birthYear = parseBirthYear(birthText, now)
      const problem = birthYearProblem(birthYear ?? Number.NaN, now)
      if (problem) {
        errors.push(problem)
        birthYear = null
      }
    }

    let phone: string | null = null
    const phoneFormula = formulaProblem('phone', phoneText)
    if (phoneFormula) errors.push(phoneFormula)
    else if (phoneText === '') errors.push('연락처가 비어 있습니다.')
    else {
      phone = normalisePhone(phoneText)
      if (!phone) errors.push('연락처가 휴대전화 번호(010-1234-5678 형식)가 아닙니다.')
    }

    let expectedRetirement: string | null = null
    if (retirementText !== '') {
      const problem = formulaProblem('expectedRetirement', retirementText)
      expectedRetirement = problem ? null : parseLocalDate(retirementText)
      if (problem) errors.push(problem)
      else if (!expectedRetirement) errors.push('퇴직예정일은 2027-06-30 형식의 날짜로 입력하세요.')
    }

    let duplicate = false
    const person = errors.length === 0 && birthYear !== null && phone !== null ? { name, birthYear, phone, expectedRetirement } : null
    if (person) {
      const key = JSON.stringify([person.name, person.birthYear, person.phone])
      const earlier = firstLineOf.get(key)
      if (alreadyRegistered(index, person)) {
        duplicate = true
        errors.push('이 회차에 이미 등록된 사람입니다.')
      } else if (earlier !== undefined) {
        duplicate = true
        errors.push(`${earlier}행과 같은 사람입니다.`)
      } else {
        firstLineOf.set(key, line)
      }
    }

    totals.rows += 1
    if (duplicate) totals.duplicates += 1
    else if (errors.length > 0) totals.invalid += 1
    else totals.valid += 1
    checked.push({
      view: {
        line,
        name,
        birthYear: birthYear !== null ? String(birthYear) : birthText,
        phone: phone ? maskPhone(phone) : maskedDigits(phoneText),
        errors,
        duplicate
      },
      person: errors.length === 0 ? person : null
    })
  }
  return { rows: checked, totals }
}
