import type { AuditEvent } from '../../../shared/ipc/privacyViews'
import type { Db } from '../types'
import { prepared } from '../statements'
import type { AuditEventRow } from './auditLog'

/**
 * The 감사 기록 screen's reads of the 접속기록, the manager's review marks and the portal upload
 * queue. Everything here reads the chained entries and writes only to the insert-only tables beside
 * them (migration 0090), never to an entry.
 */

/** An entry with what became known later: the portal's confirmation or acceptance, the review mark. */
export interface AuditListRow extends AuditEventRow {
  confirmed_at: string | null
  reviewed_by: string | null
  reviewed_at: string | null
}

export interface AuditFilter {
  staffId?: string | undefined
  /** A kind (`printout`) or a kind group (`queued` matches every `queued:<op>`). */
  kind?: string | undefined
  recordId?: string | undefined
  /** Seoul dates, both ends included. */
  from?: string | undefined
  to?: string | undefined
}

const SEOUL_OFFSET = '+09:00'

/** The instant a Seoul date begins, as stored (UTC text). */
export function seoulDayStart(date: string): string {
  return new Date(`${date}T00:00:00${SEOUL_OFFSET}`).toISOString()
}

function nextSeoulDayStart(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00${SEOUL_OFFSET}`) + 24 * 3600_000).toISOString()
}

/** The Seoul month `YYYY-MM` as [start, end) instants. */
export function seoulMonthRange(month: string): { start: string; end: string } {
  const [year, monthNo] = month.split('-').map(Number) as [number, number]
  const next = monthNo === 12 ? `${year + 1}-01` : `${year}-${String(monthNo + 1).padStart(2, '0')}`
  return { start: seoulDayStart(`${month}-01`), end: seoulDayStart(`${next}-01`) }
}

const WITH_LATER_FACTS = `SELECT e.*,
    coalesce(
      (SELECT coalesce(c.portal_at, c.recorded_at) FROM audit_confirmations c WHERE c.event_seq = e.seq ORDER BY c.n LIMIT 1),
      u.accepted_at
    ) AS confirmed_at,
    r.reviewed_by, r.reviewed_at
  FROM audit_events e
  LEFT JOIN audit_uploads u ON u.event_seq = e.seq
  LEFT JOIN audit_reviews r ON r.event_seq = e.seq`

/** An entry as the screens show it; its Korean kind label is the caller's (it names write ops). */
export type AuditEventView = Omit<AuditEvent, 'kindLabel'>

function toView(row: AuditListRow): AuditEventView {
  return {
    id: row.event_id,
    seq: row.seq,
    kind: row.kind,
    at: row.at,
    deviceTime: row.device_time,
    staffId: row.staff_id,
    host: row.host,
    collection: row.collection,
    recordId: row.record_id,
    reason: row.reason,
    detail: row.detail,
    portalConfirmedAt: row.confirmed_at,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at
  }
}

/** The WHERE clause of a filter: fixed SQL text, values bound. */
function whereOf(filter: AuditFilter): { sql: string; params: string[] } {
  const clauses: string[] = []
  const params: string[] = []
  if (filter.staffId) {
    clauses.push('e.staff_id = ?')
    params.push(filter.staffId)
  }
  if (filter.kind) {
    // `queued:` .. `queued;` is every kind of the group (';' sorts right after ':'), and it uses the index.
    clauses.push('(e.kind = ? OR (e.kind >= ? AND e.kind < ?))')
    params.push(filter.kind, `${filter.kind}:`, `${filter.kind};`)
  }
  if (filter.recordId) {
    clauses.push('e.record_id = ?')
    params.push(filter.recordId)
  }
  if (filter.from) {
    clauses.push('e.at >= ?')
    params.push(seoulDayStart(filter.from))
  }
  if (filter.to) {
    clauses.push('e.at < ?')
    params.push(nextSeoulDayStart(filter.to))
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

/** One page of entries, newest first, and how many match in all. */
export function queryAudit(db: Db, filter: AuditFilter, page: { limit: number; offset: number }): { rows: AuditEventView[]; total: number } {
  const where = whereOf(filter)
  const total = (prepared(db, `SELECT count(*) AS n FROM audit_events e ${where.sql}`).get(...where.params) as { n: number }).n
  const rows = prepared(db, `${WITH_LATER_FACTS} ${where.sql} ORDER BY e.seq DESC LIMIT ? OFFSET ?`).all(...where.params, page.limit, page.offset) as AuditListRow[]
  return { rows: rows.map(toView), total }
}

/** Entries of the given kinds in a Seoul month, in the order they happened. */
export function auditOfMonth(db: Db, month: string, kinds: readonly string[]): AuditEventView[] {
  const { start, end } = seoulMonthRange(month)
  const placeholders = kinds.map(() => '?').join(', ')
  const rows = prepared(db, `${WITH_LATER_FACTS} WHERE e.kind IN (${placeholders}) AND e.at >= ? AND e.at < ? ORDER BY e.at, e.seq`).all(
    ...kinds,
    start,
    end
  ) as AuditListRow[]
  return rows.map(toView)
}

/**
 * Marks entries (by event id) of the given kinds reviewed. A mark is written once: the first reviewer
 * and time stay. Returns how many were newly marked.
 */
export function markAuditReviewed(db: Db, eventIds: readonly string[], kinds: readonly string[], by: string, at: string): number {
  const placeholders = kinds.map(() => '?').join(', ')
  const mark = prepared(
    db,
    `INSERT OR IGNORE INTO audit_reviews (event_seq, reviewed_by, reviewed_at)
     SELECT seq, ?, ? FROM audit_events WHERE event_id = ? AND kind IN (${placeholders})`
  )
  return db.transaction(() => eventIds.reduce((n, id) => n + mark.run(by, at, id, ...kinds).changes, 0))()
}

/** The oldest entries after `afterSeq` of a staff member, of the given kinds, the portal has not accepted yet. */
export function pendingAuditUploads(db: Db, staffId: string, kinds: readonly string[], afterSeq: number, limit: number): AuditEventRow[] {
  const placeholders = kinds.map(() => '?').join(', ')
  return prepared(
    db,
    `SELECT e.* FROM audit_events e
     WHERE e.staff_id = ? AND e.seq > ? AND e.kind IN (${placeholders}) AND NOT EXISTS (SELECT 1 FROM audit_uploads u WHERE u.event_seq = e.seq)
     ORDER BY e.seq LIMIT ?`
  ).all(staffId, afterSeq, ...kinds, limit) as AuditEventRow[]
}

/** Entries of the given kinds waiting for their own author to sign in online (not sent under anyone else's token). */
export function auditUploadsWaitingForOthers(db: Db, staffId: string, kinds: readonly string[]): number {
  const placeholders = kinds.map(() => '?').join(', ')
  return (
    prepared(
      db,
      `SELECT count(*) AS n FROM audit_events e
       WHERE e.staff_id IS NOT ? AND e.staff_id IS NOT NULL AND e.kind IN (${placeholders}) AND NOT EXISTS (SELECT 1 FROM audit_uploads u WHERE u.event_seq = e.seq)`
    ).get(staffId, ...kinds) as { n: number }
  ).n
}

/** The portal accepted these entries (one upload call, its idempotency key). */
export function recordAuditUploads(db: Db, seqs: readonly number[], batchKey: string, acceptedAt: string): void {
  const insert = prepared(db, `INSERT OR IGNORE INTO audit_uploads (event_seq, batch_key, accepted_at) VALUES (?, ?, ?)`)
  db.transaction(() => {
    for (const seq of seqs) insert.run(seq, batchKey, acceptedAt)
  })()
}
