import { seoulDate } from '../../../shared/domains/reemployment/rules'
import type {
  CheckInCounts,
  ReemploymentDashboard,
  SessionDetail,
  SessionList,
  SessionListRequest,
  SessionSummary
} from '../../../shared/domains/reemployment/views'
import type { z } from 'zod'
import type { Db } from '../../db/types'
import { AppError } from '../../core/errors'
import { checkInTotals, dailyAttendance, pendingCheckInWrites, writesOfSession } from './registrationsRepository'
import { courseSessions, nextSessionAfter, sessionsBetween, sessionWithCounts, type SessionWithCounts } from './sessionsRepository'

export function toSummary(entry: SessionWithCounts): SessionSummary {
  const { session, counts } = entry
  return {
    id: session.id,
    version: session.version,
    kind: session.kind,
    service_type: session.service_type,
    title: session.title,
    starts_at: session.starts_at,
    ends_at: session.ends_at,
    hours: session.hours,
    venue: session.venue,
    instructor: session.instructor,
    course: session.course,
    capacity: session.capacity,
    status: session.status,
    counts,
    fillRate: session.capacity > 0 ? counts.registered / session.capacity : 0,
    pendingWrites: entry.pendingWrites,
    needsAttention: entry.needsAttention
  }
}

/** `YYYY-MM` → its first day and the first day of the next month. */
export function monthBounds(month: string): { from: string; to: string } {
  const [year = 0, m = 1] = month.split('-').map(Number)
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
  return { from: `${month}-01`, to: `${next}-01` }
}

export function listSessions(db: Db, request: z.output<typeof SessionListRequest>): SessionList {
  const month = monthBounds(request.month)
  const from = request.from && request.from > month.from ? request.from : month.from
  const to = request.to && request.to < month.to ? request.to : month.to
  const sessions = sessionsBetween(db, from, to, request.kind).map(toSummary)
  return {
    month: request.month,
    sessions,
    totals: {
      sessions: sessions.length,
      registered: sessions.reduce((n, s) => n + s.counts.registered, 0),
      waitlisted: sessions.reduce((n, s) => n + s.counts.waitlisted, 0),
      capacity: sessions.reduce((n, s) => n + s.capacity, 0)
    }
  }
}

export function requireSession(db: Db, id: string): SessionWithCounts {
  const entry = sessionWithCounts(db, id)
  if (!entry) throw new AppError('not_found', `회차(${id})는 캐시에 없습니다. 동기화한 뒤 다시 여세요.`)
  return entry
}

/** The check-in screen's live counts of one session. */
export function checkInCounts(db: Db, sessionId: string): CheckInCounts {
  const entry = requireSession(db, sessionId)
  let waitingToSend = 0
  let needsAttention = 0
  for (const writes of writesOfSession(db, sessionId).values()) {
    waitingToSend += writes.attendancePending
    needsAttention += writes.parked
  }
  return { ...entry.counts, capacity: entry.session.capacity, walkIns: entry.walkIns, waitingToSend, needsAttention }
}

export function checkInBlockedReason(status: SessionSummary['status']): string | null {
  if (status === 'cancelled') return '취소된 회차에는 출석을 기록할 수 없습니다.'
  if (status === 'closed') return '마감된 회차에는 출석을 기록할 수 없습니다.'
  return null
}

/** Why a list cannot be imported into a session of this status (registration must be open). */
export function importBlockedReason(status: SessionSummary['status']): string | null {
  if (status === 'cancelled') return walkInBlockedReason(status)
  if (status === 'closed') return '마감된 회차에는 명단을 가져올 수 없습니다.'
  if (status === 'completed') return '이미 끝난 회차에는 명단을 가져올 수 없습니다.'
  return null
}

export function walkInBlockedReason(status: SessionSummary['status']): string | null {
  return status === 'cancelled' ? '취소된 회차에는 현장 접수를 할 수 없습니다.' : null
}

export function sessionDetail(db: Db, id: string, proposal: SessionDetail['proposal']): SessionDetail {
  const entry = requireSession(db, id)
  const course = entry.session.course
  return {
    session: entry.session,
    summary: toSummary(entry),
    checkIn: checkInCounts(db, id),
    courseSessions: course ? courseSessions(db, course.id).map(toSummary) : [],
    proposal,
    checkInBlockedReason: checkInBlockedReason(entry.session.status),
    walkInBlockedReason: walkInBlockedReason(entry.session.status),
    importBlockedReason: importBlockedReason(entry.session.status)
  }
}

const DAY_MS = 86_400_000
/** How far back the home chart of attendance looks. */
const ATTENDANCE_CHART_DAYS = 14

/** Monday..Sunday (Seoul dates) of the week holding `now`. */
export function weekOf(now: Date): { from: string; to: string } {
  const today = seoulDate(now)
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay()
  const monday = Date.parse(`${today}T00:00:00Z`) - ((weekday + 6) % 7) * DAY_MS
  return { from: new Date(monday).toISOString().slice(0, 10), to: new Date(monday + 6 * DAY_MS).toISOString().slice(0, 10) }
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)

export function dashboard(db: Db, now: Date): ReemploymentDashboard {
  const week = weekOf(now)
  const thisWeek = sessionsBetween(db, week.from, nextDay(week.to)).map(toSummary)
  const today = seoulDate(now)
  const totals = checkInTotals(db, `${today}T00:00:00+09:00`, `${nextDay(today)}T00:00:00+09:00`)
  let next: SessionSummary | null = null
  if (thisWeek.length === 0) {
    const id = nextSessionAfter(db, now.toISOString())
    const entry = id ? sessionWithCounts(db, id) : undefined
    next = entry ? toSummary(entry) : null
  }
  // Sessions already begun in the last two weeks: later ones have no attendance to show yet.
  const attendance = dailyAttendance(db, new Date(now.getTime() - ATTENDANCE_CHART_DAYS * DAY_MS).toISOString(), now.toISOString())
  return { week, thisWeek, todayCheckIns: totals.checkIns, waitlistTotal: totals.waitlisted, waitingToSend: pendingCheckInWrites(db), next, dailyAttendance: attendance }
}
