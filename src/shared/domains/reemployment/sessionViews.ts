import { z } from 'zod'
import {
  AttendanceStatus,
  Career,
  RegistrationStatus,
  ReemploymentSession,
  RETIREMENT_REASONS,
  SERVICE_TYPES,
  SESSION_KINDS,
  SESSION_STATUSES,
  SessionCourse
} from '../../portal/reemployment'
import { Queued } from '../../ipc/contractParts'

/** 재취업 views of sessions and rosters (views.ts gathers every 재취업 view). */

/** A month of sessions, `YYYY-MM` (December 2026 is `2026-12`). */
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '월은 YYYY-MM 형식으로 입력하세요.')
export const SessionKind = z.enum(SESSION_KINDS)
export type SessionKind = z.infer<typeof SessionKind>

/** What a roster row shows of attendance: a status, or not checked yet. */
export const ATTENDANCE_FILTERS = ['present', 'late', 'left_early', 'absent', 'unchecked'] as const
export const AttendanceFilter = z.enum(ATTENDANCE_FILTERS)
export type AttendanceFilter = z.infer<typeof AttendanceFilter>

/**
 * Counts of one session's registrations. Attendance counts are of 확정 (registered) rows only;
 * `unchecked` is 확정 without attendance. The keys are the CLI's `roster --json` counts.
 */
export const RosterCounts = z.object({
  registered: z.number().int(),
  waitlisted: z.number().int(),
  cancelled: z.number().int(),
  present: z.number().int(),
  late: z.number().int(),
  left_early: z.number().int(),
  absent: z.number().int(),
  unchecked: z.number().int()
})
export type RosterCounts = z.infer<typeof RosterCounts>

/** The check-in screen's live line: 출석 23 · 지각 2 · 미확인 15 / 확정 40 · 현장 3, and what waits to be sent. */
export const CheckInCounts = RosterCounts.extend({
  capacity: z.number().int(),
  /** 현장 접수 (walk-ins) of this session, 확정 or 대기, including those not sent yet. */
  walkIns: z.number().int(),
  /** Attendance and walk-in writes of this session queued on this PC and not yet sent. */
  waitingToSend: z.number().int(),
  /** Writes of this session parked in 확인 필요. */
  needsAttention: z.number().int()
})
export type CheckInCounts = z.infer<typeof CheckInCounts>

/** A session as the list and the week calendar show it. */
export const SessionSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  kind: SessionKind,
  service_type: z.enum(SERVICE_TYPES),
  title: z.string(),
  starts_at: z.string(),
  ends_at: z.string(),
  hours: z.number(),
  venue: z.string(),
  instructor: z.string(),
  course: SessionCourse.nullable(),
  capacity: z.number().int(),
  status: z.enum(SESSION_STATUSES),
  counts: RosterCounts,
  /** 확정 / 정원 (0 when the capacity is 0). */
  fillRate: z.number(),
  /** Writes of this session's registrations queued on this PC and not yet sent. */
  pendingWrites: z.number().int(),
  needsAttention: z.number().int()
})
export type SessionSummary = z.infer<typeof SessionSummary>

export const SessionListRequest = z.object({
  month: Month,
  kind: SessionKind.optional(),
  /** Days `YYYY-MM-DD` from (inclusive) and to (exclusive), for the week calendar; default: the whole month. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional()
})
export type SessionListRequest = z.input<typeof SessionListRequest>

export const SessionList = z.object({
  month: z.string(),
  sessions: z.array(SessionSummary),
  /** Totals over the listed sessions. */
  totals: z.object({ sessions: z.number().int(), registered: z.number().int(), waitlisted: z.number().int(), capacity: z.number().int() })
})
export type SessionList = z.infer<typeof SessionList>

/** A program condition the row does not meet: a hint for the coordinator, never a block. */
export const HINT_CODES = ['age_under_minimum', 'retirement_outside_window', 'retirement_passed', 'tenure_short', 'data_missing'] as const
export const HintCode = z.enum(HINT_CODES)
export type HintCode = z.infer<typeof HintCode>
export const Hint = z.object({ code: HintCode, message: z.string() })
export type Hint = z.infer<typeof Hint>

/** The program's conditions as settings; the defaults are the 재취업지원서비스 rules (domain-notes §3.1). */
export const HintSettings = z.object({
  /** Age (year of expected retirement − birth year) at least this at the expected retirement. */
  minAgeAtRetirement: z.number().int().min(0).max(100).default(50),
  /** Expected retirement within this many years after the session. */
  retirementWithinYears: z.number().int().min(0).max(10).default(3),
  /** Years with the last employer, at least. */
  minTenureYears: z.number().int().min(0).max(40).default(1),
  /** Years with the last employer for a fixed-term (계약기간이 정해진) worker, at least. */
  fixedTermMinTenureYears: z.number().int().min(0).max(40).default(3)
})
export type HintSettings = z.infer<typeof HintSettings>

export const RosterPerson = z.object({
  /** The portal's pseudonymous member id; null only for a walk-in the portal has not answered yet. */
  id: z.string().nullable(),
  /** Masked (박*영): the cache holds no more. */
  name: z.string(),
  birth_year: z.number().int(),
  phone_last4: z.string()
})
export type RosterPerson = z.infer<typeof RosterPerson>

export const RosterAttendance = z.object({
  status: AttendanceStatus,
  /** The PC's own time at the click. */
  checked_at: z.string(),
  checked_by: z.string(),
  /** When the portal recorded it (its `updated_at` of the copy carrying this attendance); null while not sent. */
  received_at: z.string().nullable()
})
export type RosterAttendance = z.infer<typeof RosterAttendance>

export const RosterRow = z.object({
  id: z.string(),
  version: z.number().int(),
  session_id: z.string(),
  person: RosterPerson,
  /** Age in the session's year (year − birth year: the API has birth years only). */
  age: z.number().int(),
  career: Career.nullable(),
  expected_retirement: z.string().nullable(),
  retirement_reason: z.enum(RETIREMENT_REASONS).nullable(),
  status: RegistrationStatus,
  waitlist_rank: z.number().int().nullable(),
  attendance: RosterAttendance.nullable(),
  registered_at: z.string(),
  /** 현장 접수 (has a client_ref). */
  walkIn: z.boolean(),
  /** A walk-in made on this PC the portal has not answered yet: its 확정/대기 is this PC's guess. */
  localOnly: z.boolean(),
  pendingWrites: z.number().int(),
  needsAttention: z.number().int(),
  hints: z.array(Hint)
})
export type RosterRow = z.infer<typeof RosterRow>

export const ROSTER_SORTS = ['status', 'name', 'birth_year', 'registered_at', 'checked_at'] as const
export const RosterFilter = z.object({
  statuses: z.array(RegistrationStatus).optional(),
  attendance: z.array(AttendanceFilter).optional(),
  /** with: rows having a hint; without: rows having none; or rows with any of the listed hints. */
  hints: z.union([z.enum(['with', 'without']), z.array(HintCode)]).optional(),
  walkInsOnly: z.boolean().optional(),
  /** Masked name (a typed full name matches its mask), 초성, phone last 4, birth year, employer or field. */
  search: z.string().max(100, '검색어는 100자까지 입력할 수 있습니다.').optional()
})
export type RosterFilter = z.infer<typeof RosterFilter>

export const RosterRequest = z.object({
  sessionId: z.string().min(1),
  filter: RosterFilter.default({}),
  sort: z.enum(ROSTER_SORTS).default('status')
})
export type RosterRequest = z.input<typeof RosterRequest>

/** The first waitlisted person, proposed when a seat is free; the coordinator confirms. */
export const PromotionProposal = z.object({
  registrationId: z.string(),
  person: RosterPerson,
  waitlist_rank: z.number().int(),
  /** Free seats as this PC sees them (capacity − 확정). */
  freeSeats: z.number().int()
})
export type PromotionProposal = z.infer<typeof PromotionProposal>

export const Roster = z.object({
  session: ReemploymentSession,
  rows: z.array(RosterRow),
  /** Counts of the whole session (ignoring the filter). */
  counts: RosterCounts,
  /** Rows the filter kept / all rows. */
  shown: z.number().int(),
  total: z.number().int(),
  proposal: PromotionProposal.nullable(),
  hintSettings: HintSettings
})
export type Roster = z.infer<typeof Roster>

/** One session with what its detail screen shows beside the roster. */
export const SessionDetail = z.object({
  session: ReemploymentSession,
  summary: SessionSummary,
  checkIn: CheckInCounts,
  /** The other days of the same course, in day order (empty for a one-off session or a consultation). */
  courseSessions: z.array(SessionSummary),
  proposal: PromotionProposal.nullable(),
  /** Whether attendance may be recorded now (null) or why not (a Korean sentence). */
  checkInBlockedReason: z.string().nullable(),
  walkInBlockedReason: z.string().nullable(),
  /** A list is imported only while registration is open. */
  importBlockedReason: z.string().nullable()
})
export type SessionDetail = z.infer<typeof SessionDetail>

export const PromoteResult = Queued.extend({
  /**
   * confirmed: the portal took it; queued: offline, sent at the next sync; refused: the portal said no
   * (e.g. `409 capacity_exceeded`) — `message` says why, and the roster should be refetched.
   */
  outcome: z.enum(['confirmed', 'queued', 'refused']),
  message: z.string().nullable()
})
export type PromoteResult = z.infer<typeof PromoteResult>

export const NoShows = z.object({
  session: ReemploymentSession,
  /** 확정 and not 출석/지각 (조퇴, 결석 or not checked), in name order. */
  rows: z.array(RosterRow)
})
export type NoShows = z.infer<typeof NoShows>

/** The home screen's 재취업 tile. */
export const ReemploymentDashboard = z.object({
  /** Monday..Sunday (YYYY-MM-DD) of this PC's current week. */
  week: z.object({ from: z.string(), to: z.string() }),
  thisWeek: z.array(SessionSummary),
  todayCheckIns: z.number().int(),
  waitlistTotal: z.number().int(),
  /** Attendance and walk-in writes not sent yet. */
  waitingToSend: z.number().int(),
  /** The next session from now, if any (when this week has none). */
  next: SessionSummary.nullable(),
  /**
   * Per Seoul day of the sessions held in the last two weeks (today included): 출석 (지각 included),
   * 불참 (확정 but 결석, 조퇴 or never checked — the no-show rule) and 대기 left waiting.
   */
  dailyAttendance: z.array(z.object({ day: z.string(), attended: z.number().int(), noShows: z.number().int(), waitlisted: z.number().int() }))
})
export type ReemploymentDashboard = z.infer<typeof ReemploymentDashboard>
