import { AUDIT_DETAIL_LABELS, AUDIT_DETAIL_VALUE_LABELS } from '../../../../shared/domain/auditLabels'
import { COLLECTION_LABELS } from '../../../../shared/domain/labels'
import { CollectionName } from '../../../../shared/portal'

/**
 * How the 감사 기록 screens write times, months, records and details. Pure: the 접속기록 is about
 * Seoul's rules, so its times are Seoul times whatever zone the PC is set to.
 */

const SEOUL = 'Asia/Seoul'
const secondsFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: SEOUL,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23'
})
const monthFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: SEOUL, year: 'numeric', month: '2-digit' })

/** "2026-12-09 10:00:05" in Seoul; an unreadable value as it is, a missing one as "—". */
export function auditTime(instant: string | null): string {
  if (!instant) return '—'
  const ms = Date.parse(instant)
  return Number.isNaN(ms) ? instant : secondsFormat.format(new Date(ms))
}

/** The Seoul month of an instant: "2026-12". */
export function seoulMonthOf(now: Date): string {
  return monthFormat.format(now).slice(0, 7)
}

/** "2026-12" moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [year, monthNo] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + (monthNo - 1) + delta
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** "2026년 12월" */
export function monthLabel(month: string): string {
  const [year, monthNo] = month.split('-').map(Number) as [number, number]
  return `${year}년 ${monthNo}월`
}

/** "재취업 교육·상담 회차 RS-2026-12-01", or the id alone when the collection is not one of the portal's. */
export function recordLabel(collection: string | null, recordId: string | null): string {
  const parsed = CollectionName.safeParse(collection)
  const name = parsed.success ? COLLECTION_LABELS[parsed.data] : null
  if (!recordId) return name ?? '—'
  return name ? `${name} ${recordId}` : recordId
}

function valueText(value: unknown): string {
  if (value === true) return '예'
  if (value === false) return '아니오'
  if (value === null || value === undefined) return '—'
  if (typeof value === 'string') return AUDIT_DETAIL_VALUE_LABELS[value] ?? value
  if (typeof value === 'number') return String(value)
  return JSON.stringify(value)
}

/** "문서: 출석부 · 행 수: 28 · 가림 처리: 예" from the stored JSON detail. */
export function detailSummary(detail: string | null): string {
  if (!detail) return ''
  let parsed: unknown
  try {
    parsed = JSON.parse(detail)
  } catch {
    return detail
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return valueText(parsed)
  return Object.entries(parsed as Record<string, unknown>)
    .map(([key, value]) => `${AUDIT_DETAIL_LABELS[key] ?? key}: ${valueText(value)}`)
    .join(' · ')
}
