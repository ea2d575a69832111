import { ATTRACTIVE_JOB_STATUS_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import { ATTENDANCE_STATUS_LABELS, REGISTRATION_STATUS_LABELS } from '../../../../shared/domains/reemployment/labels'
import { SME_STATUS_LABELS } from '../../../../shared/domains/sme/labels'
import { fieldLabel } from '../../../../shared/domain/labels'
import type { CollectionName } from '../../../../shared/portal'
import { formatCount, formatDateTime } from '../../lib/format'

export { fieldLabel }

/** Paths whose value is a staff id (shown by name). */
const STAFF_ID_PATHS = new Set(['decision.decided_by', 'attendance.checked_by', 'screening.by', 'selection.by'])

export function isStaffIdPath(path: string): boolean {
  return STAFF_ID_PATHS.has(path)
}

/** A staff id as people know them ("김민준 (일자리정책과)"); the id itself when unknown. */
export type StaffDescriber = (id: string) => string

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
function arrayItem(item: unknown, staff: StaffDescriber): string {
  if (item && typeof item === 'object' && 'body' in item) {
    const c = item as { body?: unknown; author?: unknown }
    return `${String(c.body)}${typeof c.author === 'string' && c.author ? ` (${staff(c.author)})` : ''}`
  }
  return scalar(item)
}

/** A field value as the 확인 필요 table shows it (status codes as their Korean labels, staff by name). */
export function formatFieldValue(collection: CollectionName, path: string, value: unknown, staff: StaffDescriber = (id) => id): string | string[] {
  if (typeof value === 'string' && isStaffIdPath(path)) return staff(value)
  if (typeof value === 'string' && (path === 'status' || path === 'decision.outcome' || path === 'attendance.status')) {
    const labels = path === 'attendance.status' ? ATTENDANCE_STATUS_LABELS : STATUS_LABELS[collection]
    return (labels as Record<string, string> | undefined)?.[value] ?? value
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '없음'
    return value.map((item) => arrayItem(item, staff))
  }
  return scalar(value)
}
