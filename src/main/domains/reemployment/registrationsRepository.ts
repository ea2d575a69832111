import type { Db } from '../../db/types'
import { prepared } from '../../db/statements'
import type { ReemploymentRegistration } from '../../../shared/portal'
import { createRecordTable } from '../../db/repositories/recordTable'

export const reemploymentRegistrationsTable = createRecordTable<ReemploymentRegistration>({
  table: 'reemployment_registrations',
  collection: 'reemployment-registrations',
  columns: ['session_id', 'status', 'waitlist_rank', 'attendance_status', 'person_name', 'phone_last4', 'birth_year', 'client_ref'],
  toColumns: (reg) => ({
    session_id: reg.session_id,
    status: reg.status,
    waitlist_rank: reg.waitlist_rank,
    attendance_status: reg.attendance?.status ?? null,
    person_name: reg.person.name,
    phone_last4: reg.person.phone_last4,
    birth_year: reg.person.birth_year,
    client_ref: reg.client_ref
  }),
  // Only masked values are ever cached, so only masked values are searchable (plus the last four digits).
  searchFields: (reg) => ({
    short: [reg.person.name, reg.person.phone_last4, reg.career?.last_employer ?? '', reg.career?.job_field ?? ''],
    choseongOf: reg.person.name.replaceAll('*', '')
  }),
  likeColumns: ['person_name', 'phone_last4']
})

/** Seats of a session as the cache sees them (local views included): the walk-in and status ops read them. */
export function sessionLoad(db: Db, sessionId: string): { capacity: number; registered: number; lastRank: number } | null {
  const session = prepared(db, `SELECT capacity FROM reemployment_sessions WHERE id = ?`).get(sessionId) as { capacity: number } | undefined
  if (!session) return null
  const load = prepared(
    db,
    `SELECT count(*) FILTER (WHERE status = 'registered') AS registered, coalesce(max(waitlist_rank) FILTER (WHERE status = 'waitlisted'), 0) AS lastRank
     FROM reemployment_registrations WHERE session_id = ?`
  ).get(sessionId) as { registered: number; lastRank: number }
  return { capacity: session.capacity, registered: load.registered, lastRank: load.lastRank }
}
