import { ATTRACTIVE_JOB_FIELD_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import { ATTENDANCE_STATUS_LABELS, REEMPLOYMENT_REGISTRATION_FIELD_LABELS, REGISTRATION_STATUS_LABELS } from '../../../../shared/domains/reemployment/labels'
import { ATTRACTIVE_JOB_STATUS_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import { RECORD_FIELD_LABELS } from '../../../../shared/domain/labels'
import { SME_STATUS_LABELS } from '../../../../shared/domains/sme/labels'
import type { CollectionName } from '../../../../shared/portal'
import { formatCount, formatDateTime } from '../../lib/format'

/**
 * Each collection's field names, from its domain's labels (the ones every record has come from
 * RECORD_FIELD_LABELS). A collection without an entry of its own, such as 강소기업 today, shows those
 * and the raw path otherwise.
 */
const FIELD_LABELS: Record<CollectionName, Readonly<Record<string, string>>> = {
  'attractive-jobs': ATTRACTIVE_JOB_FIELD_LABELS,
  'sme-applications': {},
  'reemployment-sessions': {},
  'reemployment-registrations': REEMPLOYMENT_REGISTRATION_FIELD_LABELS
}

/** The Korean name of a changed field of a record in `collection`; a path without one shows as sent. */
export function fieldLabel(collection: CollectionName, path: string): string {
  return FIELD_LABELS[collection][path] ?? RECORD_FIELD_LABELS[path] ?? path
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
