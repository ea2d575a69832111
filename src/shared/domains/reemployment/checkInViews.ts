import { z } from 'zod'
import { AttendanceStatus, RegistrationStatus } from '../../portal/reemployment'
import { Queued } from '../../ipc/contractParts'
import { CheckInCounts, RosterPerson } from './sessionViews'

/** 재취업 views of check-in mode: search, check-in and its undo, walk-ins. */

/** How a check-in search term matched. */
export const MATCH_KINDS = ['name', 'name_prefix', 'choseong', 'phone_last4', 'birth_year'] as const
export const MatchKind = z.enum(MATCH_KINDS)
export type MatchKind = z.infer<typeof MatchKind>

export const CheckInSearchRequest = z.object({
  /** Scoped to one session (one condition is enough); omitted: across sessions, two conditions needed. */
  sessionId: z.string().min(1).optional(),
  query: z.string().max(40, '검색어는 40자까지 입력할 수 있습니다.'),
  limit: z.number().int().min(1).max(200).default(20),
  /** Include 대기 and 취소 rows (shown greyed; they cannot be checked in). Default: 확정 only first, others after. */
  includeInactive: z.boolean().default(true)
})
export type CheckInSearchRequest = z.input<typeof CheckInSearchRequest>

export const CheckInCandidate = z.object({
  registrationId: z.string(),
  sessionId: z.string(),
  sessionTitle: z.string(),
  sessionStartsAt: z.string(),
  person: RosterPerson,
  status: RegistrationStatus,
  waitlist_rank: z.number().int().nullable(),
  attendance: AttendanceStatus.nullable(),
  checked_at: z.string().nullable(),
  walkIn: z.boolean(),
  /** How it matched (every term of the query matched one way). */
  matchedBy: z.array(MatchKind),
  /** Every name term matched a mask of the same length (not only as a prefix while typing). */
  exact: z.boolean(),
  /** Null: can be checked in; otherwise why not (대기, 취소). */
  blockedReason: z.string().nullable()
})
export type CheckInCandidate = z.infer<typeof CheckInCandidate>

export const CheckInSearchResult = z.object({
  query: z.string(),
  candidates: z.array(CheckInCandidate),
  /** More matched than `limit`. */
  truncated: z.boolean(),
  /** Set when nothing was searched, e.g. across sessions with fewer than two conditions (a Korean sentence). */
  notice: z.string().nullable(),
  /** How many distinct conditions the query holds (name, 초성, last 4, birth year). */
  conditions: z.number().int()
})
export type CheckInSearchResult = z.infer<typeof CheckInSearchResult>

export const CheckInRequest = z.object({
  registrationId: z.string().min(1),
  status: AttendanceStatus.default('present')
})
export type CheckInRequest = z.input<typeof CheckInRequest>

/** How long after a check-in its undo is offered (the screen shows the button this long). */
export const UNDO_WINDOW_MS = 10_000

export const CheckInResult = Queued.extend({
  /** The attendance before this click (what undo restores). */
  previous: z.object({ status: AttendanceStatus, checked_at: z.string() }).nullable(),
  checked_at: z.string(),
  /** Undo is accepted until this instant (this PC's clock). */
  undoUntil: z.string(),
  counts: CheckInCounts
})
export type CheckInResult = z.infer<typeof CheckInResult>

/**
 * Undo of a check-in (`seq` from its CheckInResult). While that write is still queued and not being
 * sent it is cancelled on this PC (`cancelled`: the portal never hears of it); once sent (or while a
 * sync is sending), the reverse is queued (`reversed`): the previous attendance again, or — when
 * there was none — a clearing of the attendance.
 */
export const UndoCheckInRequest = z.object({ registrationId: z.string().min(1), seq: z.number().int() })
export const UndoCheckInResult = z.object({
  outcome: z.enum(['cancelled', 'reversed']),
  /** The reverse write, when one was queued. */
  queued: Queued.nullable(),
  counts: CheckInCounts
})
export type UndoCheckInResult = z.infer<typeof UndoCheckInResult>

/** A walk-in at the door. The birth year's upper bound (this year) and the phone are checked in main too. */
export const WalkInInput = z.object({
  sessionId: z.string().min(1),
  name: z.string().trim().min(1, '이름을 입력하세요.').max(40, '이름은 40자까지 입력할 수 있습니다.'),
  birthYear: z.number({ error: '출생연도를 숫자로 입력하세요.' }).int('출생연도를 네 자리 숫자로 입력하세요.'),
  phone: z.string().trim().min(1, '전화번호를 입력하세요.')
})
export type WalkInInput = z.input<typeof WalkInInput>

export const WalkInResult = Queued.extend({
  /** This PC's guess until the portal answers (a full session waitlists). */
  predicted: RegistrationStatus,
  waitlist_rank: z.number().int().nullable(),
  counts: CheckInCounts
})
export type WalkInResult = z.infer<typeof WalkInResult>
