import type { Db } from '../../db/types'
import { prepared } from '../../db/statements'
import type { ReemploymentRegistration } from '../../../shared/portal'
import { createRecordTable } from '../../db/repositories/recordTable'
import { CHECK_IN_OPS } from './opNames'

export const reemploymentRegistrationsTable = createRecordTable<ReemploymentRegistration>({
  table: 'reemployment_registrations',
  collection: 'reemployment-registrations',
  columns: ['session_id', 'status', 'waitlist_rank', 'attendance_status', 'person_name', 'phone_last4', 'birth_year', 'client_ref', 'person_id', 'checked_at'],
  toColumns: (reg) => ({
    session_id: reg.session_id,
    status: reg.status,
    waitlist_rank: reg.waitlist_rank,
    attendance_status: reg.attendance?.status ?? null,
    person_name: reg.person.name,
    phone_last4: reg.person.phone_last4,
    birth_year: reg.person.birth_year,
    client_ref: reg.client_ref,
    // Absent only in a copy cached before the portal sent member ids.
    person_id: reg.person.id ?? null,
    checked_at: reg.attendance?.checked_at ?? null
  }),
  // Only masked values are ever cached, so only masked values are searchable (plus the last four digits).
  searchFields: (reg) => ({
    short: [reg.person.name, reg.person.phone_last4, reg.career?.last_employer ?? '', reg.career?.job_field ?? ''],
    choseongOf: reg.person.name.replaceAll('*', '')
  }),
  likeColumns: ['person_name', 'phone_last4']
})

/** Seats of a session as the cache sees them (local views included): the walk-in and status ops read them. */
export function sessionLoad(db: Db, sessionId: string): { capacity: number; registered: number; lastRank: number; status: string } | null {
  const session = prepared(db, `SELECT capacity, status FROM reemployment_sessions WHERE id = ?`).get(sessionId) as { capacity: number; status: string } | undefined
  if (!session) return null
  const load = prepared(
    db,
    `SELECT count(*) FILTER (WHERE status = 'registered') AS registered, coalesce(max(waitlist_rank) FILTER (WHERE status = 'waitlisted'), 0) AS lastRank
     FROM reemployment_registrations WHERE session_id = ?`
  ).get(sessionId) as { registered: number; lastRank: number }
  return { capacity: session.capacity, registered: load.registered, lastRank: load.lastRank, status: session.status }
}

/** A registration as the user sees it, its portal copy, and whether it exists only on this PC. */
export interface RegistrationRow {
  view: ReemploymentRegistration
  /** The portal's copy (null for a walk-in the portal has not answered yet). */
  server: ReemploymentRegistration | null
}

interface JsonRow {
  version: number
  raw: string
  local_raw: string | null
}

function toRegistrationRow(row: JsonRow): RegistrationRow {
  const server = JSON.parse(row.raw) as ReemploymentRegistration
  return { view: row.local_raw ? (JSON.parse(row.local_raw) as ReemploymentRegistration) : server, server: row.version === 0 ? null : server }
}

const REGISTRATION_JSON = `
  SELECT r.version AS version, j.raw AS raw, j.local_raw AS local_raw
  FROM reemployment_registrations r JOIN reemployment_registrations_json j ON j.rowid = r.rowid`

export function registrationsOfSession(db: Db, sessionId: string): RegistrationRow[] {
  return (prepared(db, `${REGISTRATION_JSON} WHERE r.session_id = ?`).all(sessionId) as JsonRow[]).map(toRegistrationRow)
}

export function registrationsOfSessions(db: Db, sessionIds: readonly string[]): RegistrationRow[] {
  if (sessionIds.length === 0) return []
  return (prepared(db, `${REGISTRATION_JSON} WHERE r.session_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(sessionIds)) as JsonRow[]).map(
    toRegistrationRow
  )
}

export function getRegistration(db: Db, id: string): RegistrationRow | undefined {
  const row = prepared(db, `${REGISTRATION_JSON} WHERE r.id = ?`).get(id) as JsonRow | undefined
  return row ? toRegistrationRow(row) : undefined
}

/** What check-in search reads of a registration: the typed columns only (no JSON to parse per keystroke). */
export interface SearchRow {
  id: string
  version: number
  session_id: string
  person_id: string | null
  person_name: string
  birth_year: number
  phone_last4: string
  status: ReemploymentRegistration['status']
  waitlist_rank: number | null
  attendance_status: NonNullable<ReemploymentRegistration['attendance']>['status'] | null
  checked_at: string | null
  client_ref: string | null
}

const SEARCH_COLUMNS = `id, version, session_id, person_id, person_name, birth_year, phone_last4, status, waitlist_rank, attendance_status, checked_at, client_ref`

export function searchRowsOfSession(db: Db, sessionId: string): SearchRow[] {
  return prepared(db, `SELECT ${SEARCH_COLUMNS} FROM reemployment_registrations WHERE session_id = ?`).all(sessionId) as SearchRow[]
}

/** Rows across sessions whose last four or birth year is one of `digits` (the narrowing condition). */
export function searchRowsByDigits(db: Db, digits: readonly string[]): SearchRow[] {
  return prepared(
    db,
    `SELECT ${SEARCH_COLUMNS} FROM reemployment_registrations
     WHERE phone_last4 IN (SELECT value FROM json_each(?)) OR birth_year IN (SELECT CAST(value AS INTEGER) FROM json_each(?))`
  ).all(JSON.stringify(digits), JSON.stringify(digits)) as SearchRow[]
}

/** Rows across sessions whose masked name starts with `first` (a name and its 초성 narrow no further in SQL). */
export function searchRowsByNameStart(db: Db, first: string): SearchRow[] {
  return prepared(db, `SELECT ${SEARCH_COLUMNS} FROM reemployment_registrations WHERE substr(person_name, 1, 1) = ?`).all(first) as SearchRow[]
}

export function allSearchRows(db: Db): SearchRow[] {
  return prepared(db, `SELECT ${SEARCH_COLUMNS} FROM reemployment_registrations`).all() as SearchRow[]
}

/** Open outbox writes of one session's registrations, per registration: to send, and parked in 확인 필요. */
export function writesOfSession(db: Db, sessionId: string): Map<string, { pending: number; parked: number; attendancePending: number }> {
  const rows = prepared(
    db,
    `SELECT o.record_id AS id,
       count(*) FILTER (WHERE o.state = 'pending') AS pending,
       count(*) FILTER (WHERE o.state IN ('conflict', 'rejected')) AS parked,
       count(*) FILTER (WHERE o.state = 'pending' AND o.op IN (SELECT value FROM json_each(?))) AS attendancePending
     FROM outbox o JOIN reemployment_registrations r ON r.id = o.record_id
     WHERE o.collection = 'reemployment-registrations' AND o.state IN ('pending', 'conflict', 'rejected') AND r.session_id = ?
     GROUP BY o.record_id`
  ).all(JSON.stringify(CHECK_IN_OPS), sessionId) as { id: string; pending: number; parked: number; attendancePending: number }[]
  return new Map(rows.map((row) => [row.id, row]))
}

/**
 * Attendance recorded (by the recording PC's clock) in [from, to), and 대기 rows, across all sessions.
 * julianday() reads any offset, so a time recorded with `Z` compares right with one in +09:00.
 */
export function checkInTotals(db: Db, from: string, to: string): { checkIns: number; waitlisted: number } {
  return prepared(
    db,
    `SELECT count(*) FILTER (WHERE checked_at IS NOT NULL AND julianday(checked_at) >= julianday(?) AND julianday(checked_at) < julianday(?)) AS checkIns,
       count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted
     FROM reemployment_registrations`
  ).get(from, to) as { checkIns: number; waitlisted: number }
}

/** Attendance per Seoul day of the sessions that started in [from, to) (instants). */
export function dailyAttendance(db: Db, from: string, to: string): { day: string; attended: number; noShows: number; waitlisted: number }[] {
  return prepared(
    db,
    `SELECT date(s.starts_at, '+9 hours') AS day,
       count(*) FILTER (WHERE r.status = 'registered' AND r.attendance_status IN ('present', 'late')) AS attended,
       count(*) FILTER (WHERE r.status = 'registered' AND (r.attendance_status IS NULL OR r.attendance_status NOT IN ('present', 'late'))) AS noShows,
       count(*) FILTER (WHERE r.status = 'waitlisted') AS waitlisted
     FROM reemployment_registrations r JOIN reemployment_sessions s ON s.id = r.session_id
     WHERE julianday(s.starts_at) >= julianday(?) AND julianday(s.starts_at) < julianday(?)
     GROUP BY day ORDER BY day`
  ).all(from, to) as { day: string; attended: number; noShows: number; waitlisted: number }[]
}

/** Attendance and walk-in writes not sent yet, over every session. */
export function pendingCheckInWrites(db: Db): number {
  return (
    prepared(
      db,
      `SELECT count(*) AS n FROM outbox WHERE collection = 'reemployment-registrations' AND state = 'pending'
       AND op IN (SELECT value FROM json_each(?))`
    ).get(JSON.stringify(CHECK_IN_OPS)) as { n: number }
  ).n
}

export interface PersonSessionRow {
  id: string
  person_id: string
  person_name: string
  birth_year: number
  phone_last4: string
  attendance_status: SearchRow['attendance_status']
  session_id: string
  kind: 'education' | 'consultation'
  title: string
  starts_at: string
  course_id: string | null
}

/**
 * 확정 registrations in sessions starting in [from, to) that were held or are to be held (not
 * cancelled), of members the portal knows (a walk-in not answered yet has no member id).
 */
export function confirmedByPerson(db: Db, from: string, to: string): PersonSessionRow[] {
  return prepared(
    db,
    `SELECT r.id, r.person_id, r.person_name, r.birth_year, r.phone_last4, r.attendance_status, r.session_id, s.kind, s.title, s.starts_at, s.course_id
     FROM reemployment_registrations r JOIN reemployment_sessions s ON s.id = r.session_id
     WHERE s.starts_at >= ? AND s.starts_at < ? AND s.status <> 'cancelled' AND r.status = 'registered' AND r.person_id IS NOT NULL AND r.version > 0
     ORDER BY r.person_id, s.starts_at`
  ).all(from, to) as PersonSessionRow[]
}

/**
 * Registrations of sessions that ended before `before` (an instant; julianday() reads any offset):
 * what 파기 removes. The sessions are few; their registrations are found by the session index.
 */
export function registrationIdsOfSessionsEndedBefore(db: Db, before: string): string[] {
  return (
    prepared(
      db,
      `SELECT r.id AS id FROM reemployment_registrations r
       WHERE r.session_id IN (SELECT s.id FROM reemployment_sessions s WHERE julianday(s.ends_at) < julianday(?))`
    ).all(before) as { id: string }[]
  ).map((row) => row.id)
}
