import type { ReemploymentSession } from '../../../shared/portal'
import type { RosterCounts } from '../../../shared/domains/reemployment/views'
import { createRecordTable } from '../../db/repositories/recordTable'
import { prepared } from '../../db/statements'
import type { Db } from '../../db/types'

export const reemploymentSessionsTable = createRecordTable<ReemploymentSession>({
  table: 'reemployment_sessions',
  collection: 'reemployment-sessions',
  columns: ['status', 'kind', 'service_type', 'title', 'starts_at', 'capacity', 'ends_at', 'hours', 'course_id', 'course_day'],
  toColumns: (session) => ({
    status: session.status,
    kind: session.kind,
    service_type: session.service_type,
    title: session.title,
    starts_at: session.starts_at,
    capacity: session.capacity,
    ends_at: session.ends_at,
    hours: session.hours,
    course_id: session.course?.id ?? null,
    course_day: session.course?.day ?? null
  }),
  searchFields: (session) => ({ short: [session.title, session.venue, session.instructor], choseongOf: session.title }),
  likeColumns: ['title']
})

/**
 * A cached session as the user sees it. Sessions cached before the portal sent `course` read as
 * one-off sessions.
 */
export function normaliseSession(session: ReemploymentSession): ReemploymentSession {
  return session.course === undefined ? { ...session, course: null } : session
}

function sessionFromJson(json: string): ReemploymentSession {
  return normaliseSession(JSON.parse(json) as ReemploymentSession)
}

export function getSession(db: Db, id: string): ReemploymentSession | undefined {
  const view = reemploymentSessionsTable.getView(db, id)
  return view ? normaliseSession(view) : undefined
}

export interface SessionWithCounts {
  session: ReemploymentSession
  counts: RosterCounts
  walkIns: number
  pendingWrites: number
  needsAttention: number
}

interface SessionCountsRow {
  json: string
  registered: number
  waitlisted: number
  cancelled: number
  present: number
  late: number
  left_early: number
  absent: number
  unchecked: number
  walk_ins: number
}

const REGISTRATION_COUNTS = `
  count(r.id) FILTER (WHERE r.status = 'registered') AS registered,
  count(r.id) FILTER (WHERE r.status = 'waitlisted') AS waitlisted,
  count(r.id) FILTER (WHERE r.status = 'cancelled') AS cancelled,
  count(r.id) FILTER (WHERE r.status = 'registered' AND r.attendance_status = 'present') AS present,
  count(r.id) FILTER (WHERE r.status = 'registered' AND r.attendance_status = 'late') AS late,
  count(r.id) FILTER (WHERE r.status = 'registered' AND r.attendance_status = 'left_early') AS left_early,
  count(r.id) FILTER (WHERE r.status = 'registered' AND r.attendance_status = 'absent') AS absent,
  count(r.id) FILTER (WHERE r.status = 'registered' AND r.attendance_status IS NULL) AS unchecked,
  count(r.id) FILTER (WHERE r.client_ref IS NOT NULL AND r.status <> 'cancelled') AS walk_ins`

const SESSION_SELECT = `
  SELECT coalesce(j.local_raw, j.raw) AS json, ${REGISTRATION_COUNTS}
  FROM reemployment_sessions s
  JOIN reemployment_sessions_json j ON j.rowid = s.rowid
  LEFT JOIN reemployment_registrations r ON r.session_id = s.id`

/** Writes of each session's registrations on this PC: still to send, and parked in 확인 필요. */
function outboxBySession(db: Db, sessionIds: readonly string[] | null): Map<string, { pending: number; parked: number }> {
  const rows = prepared(
    db,
    `SELECT r.session_id AS session_id,
       count(*) FILTER (WHERE o.state = 'pending') AS pending,
       count(*) FILTER (WHERE o.state IN ('conflict', 'rejected')) AS parked
     FROM outbox o JOIN reemployment_registrations r ON r.id = o.record_id
     WHERE o.collection = 'reemployment-registrations' AND o.state IN ('pending', 'conflict', 'rejected')
     GROUP BY r.session_id`
  ).all() as { session_id: string; pending: number; parked: number }[]
  const wanted = sessionIds ? new Set(sessionIds) : null
  return new Map(rows.filter((row) => !wanted || wanted.has(row.session_id)).map((row) => [row.session_id, row]))
}

function withCounts(db: Db, rows: SessionCountsRow[]): SessionWithCounts[] {
  const sessions = rows.map((row) => sessionFromJson(row.json))
  const outbox = outboxBySession(db, sessions.map((s) => s.id))
  return rows.map((row, i) => {
    const session = sessions[i]!
    const writes = outbox.get(session.id)
    return {
      session,
      counts: {
        registered: row.registered,
        waitlisted: row.waitlisted,
        cancelled: row.cancelled,
        present: row.present,
        late: row.late,
        left_early: row.left_early,
        absent: row.absent,
        unchecked: row.unchecked
      },
      walkIns: row.walk_ins,
      pendingWrites: writes?.pending ?? 0,
      needsAttention: writes?.parked ?? 0
    }
  })
}

/** Sessions starting in [from, to) (Seoul `YYYY-MM-DD` bounds), with their counts, by start time. */
export function sessionsBetween(db: Db, from: string, to: string, kind?: ReemploymentSession['kind']): SessionWithCounts[] {
  const rows = kind
    ? prepared(db, `${SESSION_SELECT} WHERE s.starts_at >= ? AND s.starts_at < ? AND s.kind = ? GROUP BY s.rowid ORDER BY s.starts_at, s.id`).all(from, to, kind)
    : prepared(db, `${SESSION_SELECT} WHERE s.starts_at >= ? AND s.starts_at < ? GROUP BY s.rowid ORDER BY s.starts_at, s.id`).all(from, to)
  return withCounts(db, rows as SessionCountsRow[])
}

export function sessionWithCounts(db: Db, id: string): SessionWithCounts | undefined {
  const rows = prepared(db, `${SESSION_SELECT} WHERE s.id = ? GROUP BY s.rowid`).all(id) as SessionCountsRow[]
  return withCounts(db, rows)[0]
}

/** The days of one course, in day order. */
export function courseSessions(db: Db, courseId: string): SessionWithCounts[] {
  const rows = prepared(db, `${SESSION_SELECT} WHERE s.course_id = ? GROUP BY s.rowid ORDER BY s.course_day, s.starts_at`).all(courseId) as SessionCountsRow[]
  return withCounts(db, rows)
}

/** The first session (not cancelled) starting after `instant`. */
export function nextSessionAfter(db: Db, instant: string): string | null {
  const row = prepared(db, `SELECT id FROM reemployment_sessions WHERE julianday(starts_at) > julianday(?) AND status <> 'cancelled' ORDER BY starts_at, id LIMIT 1`).get(
    instant
  ) as { id: string } | undefined
  return row?.id ?? null
}

/** Ids of the courses with a day starting in [from, to). */
export function coursesBetween(db: Db, from: string, to: string): string[] {
  return (
    prepared(db, `SELECT DISTINCT course_id FROM reemployment_sessions WHERE course_id IS NOT NULL AND starts_at >= ? AND starts_at < ? ORDER BY course_id`).all(from, to) as {
      course_id: string
    }[]
  ).map((row) => row.course_id)
}

/** Title, start and status of the given sessions (for check-in search results). */
export function sessionTitles(db: Db, ids: readonly string[]): Map<string, { title: string; starts_at: string; status: string }> {
  if (ids.length === 0) return new Map()
  const rows = prepared(db, `SELECT id, title, starts_at, status FROM reemployment_sessions WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as {
    id: string
    title: string
    starts_at: string
    status: string
  }[]
  return new Map(rows.map((row) => [row.id, row]))
}
