import {
  ATTENDANCE_STATUS_LABELS,
  ATTRACTIVE_JOB_STATUS_LABELS,
  REGISTRATION_STATUS_LABELS,
  SME_STATUS_LABELS
} from '../../../../shared/domain/labels'
import type { CollectionName } from '../../../../shared/portal'
import { formatCount, formatDateTime } from '../../lib/format'

/** Korean names of the record fields that conflicts usually touch; other paths show as sent. */
const FIELD_LABELS: Record<string, string> = {
  status: '상태',
  decision: '검토 결정',
  'decision.outcome': '검토 결정 — 결과',
  'decision.reason': '검토 결정 — 사유',
  'decision.decided_by': '검토 결정 — 결정자',
  'decision.decided_at': '검토 결정 — 결정 시각',
  comments: '의견',
  revision_count: '보완요청 횟수',
  title: '사업명',
  headcount: '인원',
  hourly_wage: '시급',
  attendance: '출석',
  'attendance.status': '출석 — 상태',
  'attendance.checked_at': '출석 — 기록 시각',
  'person.name': '이름',
  'person.phone': '전화번호',
  'person.birth_year': '출생연도'
}

export function fieldLabel(path: string): string {
  return FIELD_LABELS[path] ?? path
}

const STATUS_LABELS: Partial<Record<CollectionName, Record<string, string>>> = {
  'attractive-jobs': ATTRACTIVE_JOB_STATUS_LABELS,
  'sme-applications': SME_STATUS_LABELS,
  'reemployment-registrations': REGISTRATION_STATUS_LABELS
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

function scalar(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'number') return formatCount(value)
  if (typeof value === 'boolean') return value ? '예' : '아니오'
  if (typeof value === 'string') return INSTANT.test(value) ? formatDateTime(value) : value
  return JSON.stringify(value)
}

/** One item of an array field: a comment shows as "본문 (작성자)", anything else as compact JSON. */
function arrayItem(item: unknown): string {
  if (item && typeof item === 'object' && 'body' in item) {
    const c = item as { body?: unknown; author?: unknown }
    return `${String(c.body)}${c.author ? ` (${String(c.author)})` : ''}`
  }
  return scalar(item)
}

/** A field value as the 확인 필요 table shows it (status codes as their Korean labels). */
export function formatFieldValue(collection: CollectionName, path: string, value: unknown): string | string[] {
  if (typeof value === 'string' && (path === 'status' || path === 'decision.outcome' || path === 'attendance.status')) {
    const labels = path === 'attendance.status' ? ATTENDANCE_STATUS_LABELS : STATUS_LABELS[collection]
    return (labels as Record<string, string> | undefined)?.[value] ?? value
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '없음'
    return value.map(arrayItem)
  }
  return scalar(value)
}
