import type { EligibilityCriterion, SmeCriteria } from '../../portal/smeApplications'
import { formatDecimal, formatFieldNumber, formatYesNo } from './company'
import { companyFieldLabel, yearsSinceLabel } from './labels'
import type { EligibilityOutcome, EligibilityResult } from './views'

/**
 * 강소기업 eligibility checklist, shared/portal-admin-api.md §6: each criterion of the round is
 * evaluated against the application's `company` by its `kind`. Pure. Field names and thresholds come
 * from the criterion's params only, so a new round needs no code; a kind this client does not know is
 * 직접 확인 and never passes.
 */

type Company = Readonly<Record<string, unknown>>
type Params = EligibilityCriterion['params']

/** The contract's `certification_valid` takes `{}`: the list it reads is this field unless params name another. */
const DEFAULT_CERTIFICATIONS_FIELD = 'public_certifications'

interface Verdict {
  outcome: EligibilityOutcome
  evidence: string
}

const pass = (evidence: string): Verdict => ({ outcome: 'pass', evidence })
const fail = (evidence: string): Verdict => ({ outcome: 'fail', evidence })
const missing = (what: string): Verdict => ({ outcome: 'missing', evidence: `자료 없음 (${what})` })

// ── Dates ───────────────────────────────────────────────────────────────────────────────────────

interface CalendarDate {
  year: number
  month: number
  day: number
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** A real calendar day written YYYY-MM-DD, else null (2026-02-30 is not a day). */
function parseDate(text: unknown): CalendarDate | null {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null
  const year = Number(text.slice(0, 4))
  const month = Number(text.slice(5, 7))
  const day = Number(text.slice(8, 10))
  if (month < 1 || month > 12 || day < 1) return null
  const monthDays = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!
  return day <= monthDays ? { year, month, day } : null
}

function yearsBetween(from: CalendarDate, to: CalendarDate): number {
  const beforeAnniversary = to.month < from.month || (to.month === from.month && to.day < from.day)
  return to.year - from.year - (beforeAnniversary ? 1 : 0)
}

/**
 * Full calendar years from `fromDate` to `toDate` (YYYY-MM-DD): 2023-06-30 → 2026-06-30 is 3, and
 * 2023-07-01 → 2026-06-30 is 2. A 02-29 start completes its year on 03-01 of a common year (민법 §160:
 * no corresponding day, so the period runs to the end of February). A `fromDate` after `toDate` counts
 * backwards (negative); NaN when either is not a calendar day.
 */
export function fullYearsBetween(fromDate: string, toDate: string): number {
  const from = parseDate(fromDate)
  const to = parseDate(toDate)
  if (from === null || to === null) return Number.NaN
  return fromDate <= toDate ? yearsBetween(from, to) : 0 - yearsBetween(to, from)
}

// ── Reading company fields and params ───────────────────────────────────────────────────────────

type Read<T> = { ok: true; value: T } | { ok: false; verdict: Verdict }

/** A short rendering of a value of the wrong type, so the clerk sees what the application actually holds. */
function preview(value: unknown): string {
  let text: string
  try {
    text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

function fieldParam(params: Params): Read<string> {
  const field = params.field
  if (typeof field === 'string' && field.length > 0) return { ok: true, value: field }
  return { ok: false, verdict: missing('심사 기준에 확인할 항목이 지정되지 않았습니다') }
}

function numberParam(params: Params, name: string, field: string): Read<number> {
  const value = params[name]
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value }
  return { ok: false, verdict: missing(`${companyFieldLabel(field)}의 기준값이 심사 기준에 없습니다`) }
}

/** Own properties only: a field named like an Object.prototype member is simply absent. */
function companyValue<T>(company: Company, field: string, accept: (value: unknown) => value is T): Read<T> {
  if (!Object.hasOwn(company, field) || company[field] === null || company[field] === undefined) {
    return { ok: false, verdict: missing(companyFieldLabel(field)) }
  }
  const value = company[field]
  if (accept(value)) return { ok: true, value }
  return { ok: false, verdict: missing(`${companyFieldLabel(field)} 형식 오류: ${preview(value)}`) }
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const isCalendarDate = (value: unknown): value is string => parseDate(value) !== null
const isArray = (value: unknown): value is readonly unknown[] => Array.isArray(value)

// ── The kinds ───────────────────────────────────────────────────────────────────────────────────

function booleanIs(expected: boolean, company: Company, params: Params): Verdict {
  const field = fieldParam(params)
  if (!field.ok) return field.verdict
  const value = companyValue(company, field.value, isBoolean)
  if (!value.ok) return value.verdict
  const evidence = `${companyFieldLabel(field.value)}: ${formatYesNo(value.value)}`
  return value.value === expected ? pass(evidence) : fail(evidence)
}

function compare(bound: 'min' | 'max', company: Company, params: Params): Verdict {
  const field = fieldParam(params)
  if (!field.ok) return field.verdict
  const threshold = numberParam(params, bound, field.value)
  if (!threshold.ok) return threshold.verdict
  const value = companyValue(company, field.value, isFiniteNumber)
  if (!value.ok) return value.verdict
  const passes = bound === 'min' ? value.value >= threshold.value : value.value <= threshold.value
  const sign = bound === 'min' ? (passes ? '≥' : '<') : passes ? '≤' : '>'
  const evidence = `${companyFieldLabel(field.value)} ${formatFieldNumber(field.value, value.value)} ${sign} ${formatFieldNumber(field.value, threshold.value)}`
  return passes ? pass(evidence) : fail(evidence)
}

function yearsSinceAtLeast(company: Company, params: Params, referenceDate: string): Verdict {
  const field = fieldParam(params)
  if (!field.ok) return field.verdict
  const min = numberParam(params, 'min', field.value)
  if (!min.ok) return min.verdict
  const since = companyValue(company, field.value, isCalendarDate)
  if (!since.ok) return since.verdict
  if (!isCalendarDate(referenceDate)) return missing('심사 기준일')
  const years = fullYearsBetween(since.value, referenceDate)
  const passes = years >= min.value
  return (passes ? pass : fail)(
    `${yearsSinceLabel(field.value)} ${years}년 ${passes ? '≥' : '<'} ${formatDecimal(min.value)}년 ` +
      `(${companyFieldLabel(field.value)} ${since.value}, 기준일 ${referenceDate})`
  )
}

function certificationValid(company: Company, params: Params, referenceDate: string): Verdict {
  let field = DEFAULT_CERTIFICATIONS_FIELD
  if (params.field !== undefined) {
    const named = fieldParam(params)
    if (!named.ok) return named.verdict
    field = named.value
  }
  const list = companyValue(company, field, isArray)
  if (!list.ok) return list.verdict
  if (!isCalendarDate(referenceDate)) return missing('심사 기준일')
  const label = companyFieldLabel(field)
  const valid: string[] = []
  const expired: string[] = []
  for (const entry of list.value) {
    if (typeof entry !== 'object' || entry === null) continue
    const { name, valid_until: validUntil } = entry as Record<string, unknown>
    if (typeof name !== 'string' || !isCalendarDate(validUntil)) continue
    if (validUntil >= referenceDate) valid.push(`${name} (${validUntil}까지)`)
    else expired.push(`${name} ${validUntil} 만료`)
  }
  if (valid.length > 0) return pass(`유효한 ${label}: ${valid.join(', ')}`)
  return fail(expired.length > 0 ? `유효한 ${label} 없음 (${expired.join(', ')})` : `유효한 ${label} 없음`)
}

function verdictOf(kind: string, params: Params, company: Company, referenceDate: string): Verdict {
  switch (kind) {
    case 'is_true':
      return booleanIs(true, company, params)
    case 'is_false':
      return booleanIs(false, company, params)
    case 'at_least':
      return compare('min', company, params)
    case 'at_most':
      return compare('max', company, params)
    case 'years_since_at_least':
      return yearsSinceAtLeast(company, params, referenceDate)
    case 'certification_valid':
      return certificationValid(company, params, referenceDate)
    default:
      return { outcome: 'manual', evidence: `직접 확인 (이 프로그램이 모르는 기준 종류: ${kind})` }
  }
}

/** Each criterion of the round, in the criteria's order, with its outcome and Korean evidence. */
export function evaluateEligibility(
  company: Readonly<Record<string, unknown>>,
  criteria: Pick<SmeCriteria, 'eligibility' | 'reference_date'>
): EligibilityResult[] {
  return criteria.eligibility.map((criterion) => {
    // Params arrive as cached JSON: anything but a plain object is treated as no params at all.
    const params: Params = typeof criterion.params === 'object' && criterion.params !== null ? criterion.params : {}
    const verdict = verdictOf(criterion.kind, params, company, criteria.reference_date)
    return { code: criterion.code, label: criterion.label, kind: criterion.kind, outcome: verdict.outcome, evidence: verdict.evidence }
  })
}

/** Codes of the criteria that fail or have no data (자료 없음 fails too). */
export function eligibilityFailures(results: readonly EligibilityResult[]): string[] {
  return results.filter((result) => result.outcome === 'fail' || result.outcome === 'missing').map((result) => result.code)
}

/** Codes of the criteria a person must check (직접 확인). */
export function eligibilityManual(results: readonly EligibilityResult[]): string[] {
  return results.filter((result) => result.outcome === 'manual').map((result) => result.code)
}

/** A criterion's name in a round's criteria; its code while they are not cached (or do not name it). */
export function eligibilityLabel(criteria: SmeCriteria | null | undefined, code: string): string {
  return criteria?.eligibility.find((criterion) => criterion.code === code)?.label ?? code
}
