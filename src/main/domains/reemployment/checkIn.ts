import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { conditionCount, matchPerson, parseCheckInQuery, type QueryTerm } from '../../../shared/domains/reemployment/nameMatch'
import { birthYearProblem, seoulInstant } from '../../../shared/domains/reemployment/rules'
import {
  UNDO_WINDOW_MS,
  type CheckInCandidate,
  type CheckInRequest,
  type CheckInResult,
  type CheckInSearchRequest,
  type CheckInSearchResult,
  type UndoCheckInResult,
  type WalkInInput,
  type WalkInResult
} from '../../../shared/domains/reemployment/views'
import type { ReemploymentRegistration } from '../../../shared/portal'
import { AppError } from '../../core/errors'
import { getOutboxEntry, openEntriesFor } from '../../db/repositories/outbox'
import type { DomainContext } from '../types'
import { dropQueuedWrite } from './localView'
import { attendanceOp, clearAttendanceOp, walkInOp } from './ops'
import { OP_NAMES } from './opNames'
import {
  allSearchRows,
  reemploymentRegistrationsTable,
  searchRowsByDigits,
  searchRowsByNameStart,
  searchRowsOfSession,
  type SearchRow
} from './registrationsRepository'
import { checkInBlockedReason, checkInCounts, requireSession } from './sessions'
import { sessionTitles } from './sessionsRepository'

const COLLECTION = 'reemployment-registrations'
/** IPC and a slow click: undo is still taken this long after the screen stopped offering it. */
const UNDO_GRACE_MS = 2_000
const ACROSS_SESSIONS_NOTICE = '여러 회차에서 찾으려면 조건을 두 가지 입력하세요 (예: 이름과 전화번호 뒤 4자리).'

const STATUS_ORDER = { registered: 0, waitlisted: 1, cancelled: 2 } as const
const collator = new Intl.Collator('ko')

function registrationBlocked(row: SearchRow, sessionStatus: string | undefined): string | null {
  if (row.status === 'cancelled') return '취소된 신청입니다.'
  if (row.status === 'waitlisted') return row.waitlist_rank ? `대기 ${row.waitlist_rank}번입니다. 먼저 확정하세요.` : '대기 중입니다. 먼저 확정하세요.'
  return sessionStatus === 'cancelled' || sessionStatus === 'closed' ? checkInBlockedReason(sessionStatus) : null
}

/** The rows a query across sessions can be narrowed to in SQL: by its four digits, else by the name's first letter. */
function candidatesAcrossSessions(ctx: DomainContext, terms: readonly QueryTerm[]): SearchRow[] {
  const digits = terms.filter((t) => t.kind === 'digits4').map((t) => t.text)
  if (digits.length > 0) return searchRowsByDigits(ctx.db, digits)
  const name = terms.find((t) => t.kind === 'name')
  return name ? searchRowsByNameStart(ctx.db, [...name.text][0]!) : allSearchRows(ctx.db)
}

/**
 * Check-in search, per keystroke: within a session any one condition (a name typed against its mask,
 * 초성, last four, birth year; prefixes while typing); across sessions only two complete conditions.
 * Best first: exact matches, 확정 before 대기 and 취소, not yet checked before checked, then by name.
 */
export function checkInSearch(ctx: DomainContext, request: z.output<typeof CheckInSearchRequest>): CheckInSearchResult {
  const terms = parseCheckInQuery(request.query)
  const conditions = conditionCount(terms)
  const empty = (notice: string | null): CheckInSearchResult => ({ query: request.query, candidates: [], truncated: false, notice, conditions })
  if (terms.length === 0) return empty(null)
  const across = request.sessionId === undefined
  if (across && conditions < 2) return empty(ACROSS_SESSIONS_NOTICE)
  if (!across) requireSession(ctx.db, request.sessionId!)
  const rows = across ? candidatesAcrossSessions(ctx, terms) : searchRowsOfSession(ctx.db, request.sessionId!)
  const matched: { row: SearchRow; matchedBy: CheckInCandidate['matchedBy']; exact: boolean }[] = []
  for (const row of rows) {
    if (!request.includeInactive && row.status !== 'registered') continue
    const match = matchPerson(terms, { name: row.person_name, birth_year: row.birth_year, phone_last4: row.phone_last4 }, across)
    if (match) matched.push({ row, ...match })
  }
  matched.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      STATUS_ORDER[a.row.status] - STATUS_ORDER[b.row.status] ||
      Number(a.row.attendance_status !== null) - Number(b.row.attendance_status !== null) ||
      collator.compare(a.row.person_name, b.row.person_name) ||
      a.row.id.localeCompare(b.row.id)
  )
  const shown = matched.slice(0, request.limit)
  const sessions = sessionTitles(ctx.db, [...new Set(shown.map((m) => m.row.session_id))])
  const candidates = shown.map(({ row, matchedBy, exact }): CheckInCandidate => {
    const session = sessions.get(row.session_id)
    return {
      registrationId: row.id,
      sessionId: row.session_id,
      sessionTitle: session?.title ?? row.session_id,
      sessionStartsAt: session?.starts_at ?? '',
      person: { id: row.version === 0 ? null : row.person_id, name: row.person_name, birth_year: row.birth_year, phone_last4: row.phone_last4 },
      status: row.status,
      waitlist_rank: row.waitlist_rank,
      attendance: row.attendance_status,
      checked_at: row.checked_at,
      walkIn: row.client_ref !== null,
      matchedBy,
      exact,
      blockedReason: registrationBlocked(row, session?.status)
    }
  })
  return { query: request.query, candidates, truncated: matched.length > shown.length, notice: null, conditions }
}

function requireRegistration(ctx: DomainContext, id: string): ReemploymentRegistration {
  const view = reemploymentRegistrationsTable.getView(ctx.db, id)
  if (!view) throw new AppError('not_found', `신청자(${id})는 캐시에 없습니다. 동기화한 뒤 다시 찾으세요.`)
  return view
}

/** Enter or a status key in check-in mode: the PC's own time at the click is what the portal records. */
export function checkIn(ctx: DomainContext, request: z.output<typeof CheckInRequest>): CheckInResult {
  const view = requireRegistration(ctx, request.registrationId)
  const now = ctx.now()
  const checkedAt = seoulInstant(now)
  const queued = ctx.writes.enqueue(attendanceOp, { recordId: request.registrationId, body: { status: request.status, checked_at: checkedAt } })
  return {
    ...queued,
    previous: view.attendance ? { status: view.attendance.status, checked_at: view.attendance.checked_at } : null,
    checked_at: checkedAt,
    undoUntil: seoulInstant(new Date(now.getTime() + UNDO_WINDOW_MS)),
    counts: checkInCounts(ctx.db, view.session_id)
  }
}

/**
 * Undo of a check-in. Still queued and not being sent: cancelled here, the portal never hears of it.
 * Sent already (or a sync is sending it now): the reverse is queued — the attendance seen before
 * the click again, or the attendance cleared when there was none.
 */
export function undoCheckIn(ctx: DomainContext, registrationId: string, seq: number): UndoCheckInResult {
  const entry = getOutboxEntry(ctx.db, seq)
  if (!entry || entry.collection !== COLLECTION || entry.op !== OP_NAMES.attendance) throw new AppError('not_found', '되돌릴 출석 기록을 찾을 수 없습니다.')
  // A walk-in's lane follows the portal's id once it answers; the screen may still hold the local one.
  const view = requireRegistration(ctx, entry.record_id)
  if (entry.record_id !== registrationId && view.client_ref === null) throw new AppError('not_found', '되돌릴 출석 기록을 찾을 수 없습니다.')
  const now = ctx.now()
  if (now.getTime() - Date.parse(entry.device_time) > UNDO_WINDOW_MS + UNDO_GRACE_MS) {
    throw new AppError('invalid_transition', '되돌릴 수 있는 시간이 지났습니다. 올바른 출석 상태를 다시 기록하세요.')
  }
  if (entry.state === 'discarded') throw new AppError('invalid_transition', '이미 되돌린 출석 기록입니다.')
  if (entry.state === 'conflict' || entry.state === 'rejected') throw new AppError('invalid_transition', '이 출석 기록은 확인 필요 목록에 있습니다. 그곳에서 처리하세요.')
  const later = openEntriesFor(ctx.db, COLLECTION, entry.record_id).filter((e) => e.seq > seq)
  if (later.length > 0) throw new AppError('invalid_transition', '이 사람의 출석이 그 뒤에 다시 기록되어 되돌릴 수 없습니다.')
  const staffId = ctx.session.requireStaff().id
  if (entry.state === 'pending' && entry.attempts === 0 && !ctx.sync.status().running) {
    dropQueuedWrite(ctx.db, entry, staffId, now.toISOString(), 'undone')
    return { outcome: 'cancelled', queued: null, counts: checkInCounts(ctx.db, view.session_id) }
  }
  const before = entry.base_record ? (JSON.parse(entry.base_record) as ReemploymentRegistration).attendance : null
  const queued = before
    ? ctx.writes.enqueue(attendanceOp, { recordId: entry.record_id, body: { status: before.status, checked_at: before.checked_at } })
    : ctx.writes.enqueue(clearAttendanceOp, { recordId: entry.record_id, body: {} })
  return { outcome: 'reversed', queued, counts: checkInCounts(ctx.db, view.session_id) }
}

/** Birth year 1900..this year (the PC's clock); the phone and the rest the contract checked already. */
function checkedWalkIn(ctx: DomainContext, input: z.output<typeof WalkInInput>) {
  const problem = birthYearProblem(input.birthYear, ctx.now())
  if (problem) throw new AppError('validation_failed', problem, [{ path: 'birthYear', message: problem }])
  return {
    session_id: input.sessionId,
    person: { name: input.name, birth_year: input.birthYear, phone: input.phone.trim() },
    client_ref: randomUUID()
  }
}

/** A walk-in at the door, queued with its client_ref; 확정 or 대기 is this PC's guess until the portal answers. */
export function walkIn(ctx: DomainContext, input: z.output<typeof WalkInInput>): WalkInResult {
  const queued = ctx.writes.enqueue(walkInOp, { body: checkedWalkIn(ctx, input) })
  const view = requireRegistration(ctx, queued.recordId)
  return { ...queued, predicted: view.status, waitlist_rank: view.waitlist_rank, counts: checkInCounts(ctx.db, input.sessionId) }
}

/** The CLI's walk-in: the same checks, the outbox entry as the answer. */
export function queueWalkIn(ctx: DomainContext, input: z.output<typeof WalkInInput>) {
  return ctx.writes.enqueue(walkInOp, { body: checkedWalkIn(ctx, input) })
}
