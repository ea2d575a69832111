import { registrationHints, ageInYear } from '../../../shared/domains/reemployment/hints'
import { matchPerson, parseCheckInQuery, type QueryTerm } from '../../../shared/domains/reemployment/nameMatch'
import { proposeFromWaitlist } from '../../../shared/domains/reemployment/promotion'
import { seoulDate } from '../../../shared/domains/reemployment/rules'
import type {
  HintSettings,
  NoShows,
  PromotionProposal,
  Roster,
  RosterCounts,
  RosterFilter,
  RosterRequest,
  RosterRow,
  SignInSheet
} from '../../../shared/domains/reemployment/views'
import type { ReemploymentSession } from '../../../shared/portal'
import type { z } from 'zod'
import { appendAudit } from '../../db/repositories/auditLog'
import type { Db } from '../../db/types'
import { registrationsOfSession, writesOfSession, type RegistrationRow } from './registrationsRepository'
import { requireSession } from './sessions'
import { hintSettings } from './settings'

/** Rows an A4 출석부 page holds under the session's header (the print view never splits a row). */
export const SIGN_IN_ROWS_PER_PAGE = 18

const collator = new Intl.Collator('ko')

export function toRosterRow(
  row: RegistrationRow,
  session: ReemploymentSession,
  writes: { pending: number; parked: number } | undefined,
  settings: HintSettings
): RosterRow {
  const { view, server } = row
  const localOnly = server === null
  const attendance = view.attendance
  const sent =
    attendance !== null && server?.attendance != null && server.attendance.status === attendance.status && server.attendance.checked_at === attendance.checked_at
  return {
    id: view.id,
    version: server?.version ?? 0,
    session_id: view.session_id,
    // A walk-in's member id comes with the portal's answer; a copy cached before member ids has none.
    person: { id: localOnly ? null : (view.person.id ?? null), name: view.person.name, birth_year: view.person.birth_year, phone_last4: view.person.phone_last4 },
    age: ageInYear(view.person.birth_year, Number(seoulDate(session.starts_at).slice(0, 4))),
    career: view.career,
    expected_retirement: view.expected_retirement,
    retirement_reason: view.retirement_reason,
    status: view.status,
    waitlist_rank: view.waitlist_rank,
    attendance: attendance ? { ...attendance, received_at: sent ? server!.updated_at : null } : null,
    registered_at: view.registered_at,
    walkIn: view.client_ref !== null,
    localOnly,
    pendingWrites: writes?.pending ?? 0,
    needsAttention: writes?.parked ?? 0,
    hints: registrationHints(view, seoulDate(session.starts_at), settings)
  }
}

export function rosterCounts(rows: readonly RosterRow[]): RosterCounts {
  const counts: RosterCounts = { registered: 0, waitlisted: 0, cancelled: 0, present: 0, late: 0, left_early: 0, absent: 0, unchecked: 0 }
  for (const row of rows) {
    counts[row.status] += 1
    if (row.status === 'registered') counts[row.attendance?.status ?? 'unchecked'] += 1
  }
  return counts
}

/** Every row of a session as the roster shows it (no filter), with its open writes and hints. */
export function sessionRosterRows(db: Db, session: ReemploymentSession, settings = hintSettings(db)): RosterRow[] {
  const writes = writesOfSession(db, session.id)
  return registrationsOfSession(db, session.id).map((row) => toRosterRow(row, session, writes.get(row.view.id), settings))
}

/** A search term the roster matches on the person (as check-in does) or on the employer and field. */
function termMatches(term: QueryTerm, row: RosterRow): boolean {
  if (matchPerson([term], row.person)) return true
  const career = row.career
  return career !== null && (career.last_employer.includes(term.text) || career.job_field.includes(term.text))
}

function keep(row: RosterRow, filter: RosterFilter, terms: readonly QueryTerm[]): boolean {
  if (filter.statuses?.length && !filter.statuses.includes(row.status)) return false
  if (filter.attendance?.length && !filter.attendance.includes(row.attendance?.status ?? 'unchecked')) return false
  if (filter.walkInsOnly && !row.walkIn) return false
  const hints = filter.hints
  if (hints === 'with' && row.hints.length === 0) return false
  if (hints === 'without' && row.hints.length > 0) return false
  if (Array.isArray(hints) && hints.length > 0 && !row.hints.some((h) => hints.includes(h.code))) return false
  return terms.every((term) => termMatches(term, row))
}

const STATUS_ORDER = { registered: 0, waitlisted: 1, cancelled: 2 } as const

const SORTS: Record<z.output<typeof RosterRequest>['sort'], (a: RosterRow, b: RosterRow) => number> = {
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.waitlist_rank ?? 0) - (b.waitlist_rank ?? 0) || byName(a, b),
  name: (a, b) => byName(a, b),
  birth_year: (a, b) => a.person.birth_year - b.person.birth_year || byName(a, b),
  registered_at: (a, b) => a.registered_at.localeCompare(b.registered_at) || a.id.localeCompare(b.id),
  // Not checked yet last; the earliest check-in first.
  checked_at: (a, b) => (a.attendance?.checked_at ?? '~').localeCompare(b.attendance?.checked_at ?? '~') || byName(a, b)
}

function byName(a: RosterRow, b: RosterRow): number {
  return collator.compare(a.person.name, b.person.name) || a.id.localeCompare(b.id)
}

/** The first waitlisted person when a seat is free (not for a session cancelled or over). */
export function proposalFor(session: ReemploymentSession, rows: readonly RosterRow[]): PromotionProposal | null {
  if (session.status === 'cancelled' || session.status === 'completed') return null
  const proposal = proposeFromWaitlist(session.capacity, rows)
  if (!proposal) return null
  const { entry, freeSeats } = proposal
  return { registrationId: entry.id, person: entry.person, waitlist_rank: entry.waitlist_rank ?? 0, freeSeats }
}

export function roster(db: Db, request: z.output<typeof RosterRequest>): Roster {
  const { session } = requireSession(db, request.sessionId)
  const settings = hintSettings(db)
  const all = sessionRosterRows(db, session, settings)
  const terms = parseCheckInQuery(request.filter.search ?? '')
  const rows = all.filter((row) => keep(row, request.filter, terms)).sort(SORTS[request.sort])
  return { session, rows, counts: rosterCounts(all), shown: rows.length, total: all.length, proposal: proposalFor(session, all), hintSettings: settings }
}

/** 확정 and not 출석/지각 (조퇴, 결석 or not checked), by name. */
export function noShows(db: Db, sessionId: string): NoShows {
  const { session } = requireSession(db, sessionId)
  const rows = sessionRosterRows(db, session)
    .filter((row) => row.status === 'registered' && row.attendance?.status !== 'present' && row.attendance?.status !== 'late')
    .sort(byName)
  return { session, rows }
}

/**
 * The 출석부 of a session: one row per 확정 person, by name. Making it is recorded in the local audit
 * log as a printout of personal data (who, when, which session, how many rows).
 */
export function signInSheet(db: Db, sessionId: string, staffId: string, at: string): SignInSheet {
  const { session } = requireSession(db, sessionId)
  const rows = sessionRosterRows(db, session)
    .filter((row) => row.status === 'registered')
    .sort(byName)
    .map((row, i) => ({ no: i + 1, registrationId: row.id, name: row.person.name, birth_year: row.person.birth_year, phone_last4: row.person.phone_last4 }))
  appendAudit(db, {
    at,
    actorId: staffId,
    action: 'printout',
    collection: 'reemployment-sessions',
    recordId: session.id,
    reason: '출석부 인쇄',
    detail: { document: 'sign_in_sheet', rows: rows.length, masked: true },
    deviceTime: at
  })
  return { session, rows, generatedAt: at, generatedBy: staffId, rowsPerPage: SIGN_IN_ROWS_PER_PAGE }
}
