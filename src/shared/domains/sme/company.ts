import { SME_COMPANY_FIELD_FORMATS, WORK_LIFE_BENEFIT_LABELS } from './labels'

/**
 * Facts of a 강소기업 applicant as the company card and the checklist evidence show them. Pure: no
 * clock, no I/O; numbers are formatted by hand because the decode worker formats every synced record's
 * evidence and Intl costs about a microsecond a call.
 */

/** '1208147521' → '120-81-47521'; anything that is not exactly 10 digits is returned as it is. */
export function formatBusinessNo(digits: string): string {
  if (!/^\d{10}$/.test(digits)) return digits
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`
}

/** Fewer digits than this would match half the list: a search that short is a name search. */
const BUSINESS_NO_SEARCH_MIN_DIGITS = 3

/**
 * The digits of a 사업자등록번호 search ("120-81", "120 81 47521", "1208147521"); null when the query is
 * not only digits, hyphens and spaces, or has fewer than three digits (then it is a company name search).
 */
export function businessNoSearchDigits(query: string): string | null {
  if (!/^[\d\s-]*$/.test(query)) return null
  const digits = query.replace(/\D/g, '')
  return digits.length >= BUSINESS_NO_SEARCH_MIN_DIGITS ? digits : null
}

export interface CertificationOnDate {
  name: string
  valid_until: string
  /** Valid on the reference date (valid_until ≥ it); null when there is no reference date (criteria not cached). */
  valid: boolean | null
}

/** Each certification with whether it is valid on the round's reference date (valid through that day itself). */
export function certificationsOn(
  certs: readonly { name: string; valid_until: string }[],
  referenceDate: string | null
): CertificationOnDate[] {
  return certs.map((cert) => ({
    name: cert.name,
    valid_until: cert.valid_until,
    valid: referenceDate === null ? null : cert.valid_until >= referenceDate
  }))
}

// ── Numbers ─────────────────────────────────────────────────────────────────────────────────────

function groupThousands(whole: number): string {
  const digits = String(whole)
  if (digits.length <= 3) return digits
  let grouped = digits.slice(0, digits.length % 3 || 3)
  for (let i = grouped.length; i < digits.length; i += 3) grouped += ',' + digits.slice(i, i + 3)
  return grouped
}

/** Grouped thousands and at most `maxFractionDigits` decimals, trailing zeros dropped: 1234.5 → "1,234.5". */
export function formatDecimal(value: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) return String(value)
  const factor = 10 ** maxFractionDigits
  const scaled = Math.round(Math.abs(value) * factor)
  if (!Number.isSafeInteger(scaled)) return String(value)
  const whole = Math.floor(scaled / factor)
  const fraction = scaled - whole * factor
  const sign = value < 0 && scaled !== 0 ? '-' : ''
  const fractionText = fraction === 0 ? '' : '.' + String(fraction).padStart(maxFractionDigits, '0').replace(/0+$/, '')
  return sign + groupThousands(whole) + fractionText
}

const WON_PER_EOK = 100_000_000

/**
 * A number of a company field in that field's unit ("40명", "93%", "3,450,000원", "5.2억 원"); a field
 * without a numeric format gets the plain number.
 */
export function formatFieldNumber(field: string, value: number): string {
  switch (SME_COMPANY_FIELD_FORMATS[field]) {
    case 'count':
      return `${formatDecimal(value)}명`
    case 'percent':
      return `${formatDecimal(value * 100, 1)}%`
    case 'won':
      return `${formatDecimal(value, 0)}원`
    case 'eok':
      return `${formatDecimal(value / WON_PER_EOK, 1)}억 원`
    default:
      return formatDecimal(value)
  }
}

// ── Any company value ───────────────────────────────────────────────────────────────────────────

const NO_DATA = '자료 없음'

function isCertificationLike(value: unknown): value is { name: string; valid_until: string } {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  return typeof entry.name === 'string' && typeof entry.valid_until === 'string'
}

function formatText(value: unknown): string {
  if (typeof value === 'string') return value
  if (isCertificationLike(value)) return `${value.name} (${value.valid_until}까지)`
  if (Array.isArray(value)) return value.length === 0 ? '없음' : value.map(formatText).join(', ')
  if (typeof value === 'number') return formatDecimal(value)
  return String(value)
}

/**
 * A company field's value as the card shows it, by the field's format in SME_COMPANY_FIELD_FORMATS; a
 * value not of its format's type, or a field without a format, is shown as String(value).
 */
export function formatCompanyValue(field: string, value: unknown): string {
  if (value === null || value === undefined) return NO_DATA
  const format = SME_COMPANY_FIELD_FORMATS[field]
  if (format === undefined) return String(value)
  switch (format) {
    case 'count':
    case 'percent':
    case 'won':
    case 'eok':
      return typeof value === 'number' ? formatFieldNumber(field, value) : String(value)
    case 'boolean':
      return typeof value === 'boolean' ? formatYesNo(value) : String(value)
    case 'benefits':
      if (!Array.isArray(value)) return String(value)
      return value.length === 0 ? '없음' : value.map((code) => WORK_LIFE_BENEFIT_LABELS[String(code)] ?? String(code)).join('·')
    case 'date':
      return String(value)
    case 'text':
      return formatText(value)
  }
}

export function formatYesNo(value: boolean): string {
  return value ? '예' : '아니요'
}
