import { z } from 'zod'
import { RegistrationStatus } from '../../portal/reemployment'
import { ReportParams, type ReportColumn, type ReportDescriptor } from '../../reports/model'
import { formatPercent } from './completion'
import { ATTENDANCE_STATUS_LABELS } from './labels'
import { seoulDate } from './rules'
import type { CompletionSettings } from './afterSessionViews'
import { AttendanceFilter, HintCode, Month, ROSTER_SORTS, RosterFilter } from './sessionViews'

/**
 * 재취업's reports (보고서): what each holds (descriptors, shared with the catalog and the CLI) and the
 * parameters each reads of the generic ReportParams. The rows are built in main
 * (src/main/domains/reemployment/reports.ts) from the same reads the screens make.
 */

export const REEMPLOYMENT_REPORT_GROUP = '재취업'
const ROLES: ReportDescriptor['roles'] = ['reemployment_coordinator']

/** Where every 재취업 report's rows come from (요약's as-of time is their last sync). */
export const REEMPLOYMENT_COLLECTIONS = ['reemployment-sessions', 'reemployment-registrations'] as const

// ── Columns (the sheets use these very arrays, so the catalog and the files agree) ─────────────

export const ROSTER_COLUMNS = [
  { key: 'no', label: '번호', kind: 'integer' },
  { key: 'name', label: '성명', kind: 'text', personal: 'required' },
  { key: 'birthYear', label: '출생연도', kind: 'integer' },
  { key: 'phone', label: '연락처', kind: 'text', personal: 'optional' },
  { key: 'status', label: '신청상태', kind: 'text' },
  { key: 'waitlistRank', label: '대기순번', kind: 'integer' },
  { key: 'attendance', label: '출석', kind: 'text' },
  { key: 'checkedAt', label: '체크인 시각', kind: 'datetime' },
  { key: 'walkIn', label: '현장등록 여부', kind: 'text' }
] as const satisfies readonly ReportColumn[]

export const SIGN_IN_SHEET_COLUMNS = [
  { key: 'no', label: '번호', kind: 'integer' },
  { key: 'name', label: '성명', kind: 'text', personal: 'required' },
  { key: 'birthYear', label: '출생연도', kind: 'integer' },
  { key: 'phoneLast4', label: '전화번호 뒤 4자리', kind: 'code' },
  { key: 'signature', label: '서명', kind: 'text' }
] as const satisfies readonly ReportColumn[]

export const COMPLETIONS_COLUMNS = [
  { key: 'no', label: '번호', kind: 'integer' },
  { key: 'course', label: '과정명', kind: 'text' },
  { key: 'courseStart', label: '교육 시작일', kind: 'date' },
  { key: 'courseEnd', label: '교육 종료일', kind: 'date' },
  { key: 'name', label: '성명', kind: 'text', personal: 'required' },
  { key: 'birthYear', label: '출생연도', kind: 'integer' },
  { key: 'phone', label: '연락처', kind: 'text', personal: 'optional' },
  { key: 'attendedDays', label: '출석 인정 일수', kind: 'integer' },
  { key: 'days', label: '교육 일수', kind: 'integer' },
  { key: 'attendedHours', label: '출석 인정 시간', kind: 'number' },
  { key: 'requiredHours', label: '수료 기준 시간', kind: 'number' },
  { key: 'totalHours', label: '총 교육 시간', kind: 'number' },
  { key: 'share', label: '출석 인정 비율', kind: 'percent' },
  { key: 'judgement', label: '판정', kind: 'text' }
] as const satisfies readonly ReportColumn[]

export const NO_SHOWS_COLUMNS = [
  { key: 'no', label: '번호', kind: 'integer' },
  { key: 'session', label: '회차명', kind: 'text' },
  { key: 'sessionId', label: '회차 번호', kind: 'code' },
  { key: 'startsAt', label: '일시', kind: 'datetime' },
  { key: 'name', label: '성명', kind: 'text', personal: 'required' },
  { key: 'birthYear', label: '출생연도', kind: 'integer' },
  { key: 'phone', label: '연락처', kind: 'text', personal: 'optional' },
  { key: 'attendance', label: '출석', kind: 'text' },
  { key: 'checkedAt', label: '체크인 시각', kind: 'datetime' }
] as const satisfies readonly ReportColumn[]

export const PERFORMANCE_COLUMNS = [
  { key: 'month', label: '월', kind: 'text' },
  { key: 'serviceType', label: '서비스 구분', kind: 'text' },
  { key: 'sessions', label: '회차 수', kind: 'integer' },
  { key: 'registrations', label: '신청 수', kind: 'integer' },
  { key: 'confirmed', label: '확정 인원', kind: 'integer' },
  { key: 'attendanceBase', label: '출석 확인 대상', kind: 'integer' },
  { key: 'attended', label: '출석 인원', kind: 'integer' },
  { key: 'attendanceRate', label: '출석률', kind: 'percent' },
  { key: 'completionBase', label: '수료 판정 인원', kind: 'integer' },
  { key: 'completed', label: '수료 인원', kind: 'integer' },
  { key: 'completionRate', label: '수료율', kind: 'percent' },
  { key: 'repeatConsultations', label: '2회 이상 상담 인원', kind: 'integer' }
] as const satisfies readonly ReportColumn[]

// ── Descriptors ──────────────────────────────────────────────────────────────────────────────

function descriptor(fields: Omit<ReportDescriptor, 'group' | 'roles' | 'hasMoney'>): ReportDescriptor {
  return { group: REEMPLOYMENT_REPORT_GROUP, roles: ROLES, hasMoney: false, ...fields }
}

export const ROSTER_REPORT = descriptor({
  id: 'reemployment.roster',
  title: '회차별 명단',
  description: '한 회차의 신청자 전원을 신청상태·대기순번·출석·체크인 시각과 함께 담습니다.',
  columns: [...ROSTER_COLUMNS],
  params: ['session'],
  wide: true
})

export const SIGN_IN_SHEET_REPORT = descriptor({
  id: 'reemployment.sign-in-sheet',
  title: '출석부',
  description: '한 회차의 확정자를 이름순으로 적고 서명란을 비워 둔 출석부입니다.',
  columns: [...SIGN_IN_SHEET_COLUMNS],
  params: ['session'],
  wide: false
})

export const COMPLETIONS_REPORT = descriptor({
  id: 'reemployment.completions',
  title: '수료자 명단',
  description: '과정(회차를 고르면 그 회차의 과정) 또는 기간의 과정마다 현재 수료 기준으로 수료한 사람과 출석 인정 시간을 담습니다.',
  columns: [...COMPLETIONS_COLUMNS],
  params: ['session', 'months'],
  wide: true
})

export const NO_SHOWS_REPORT = descriptor({
  id: 'reemployment.no-shows',
  title: '노쇼 명단',
  description: '한 회차 또는 기간에 끝난 회차에서 확정했지만 출석·지각으로 기록되지 않은 사람을 담습니다.',
  columns: [...NO_SHOWS_COLUMNS],
  params: ['session', 'months'],
  wide: true
})

export const PERFORMANCE_REPORT = descriptor({
  id: 'reemployment.performance',
  title: '실적',
  description: '월별·서비스 구분별 회차 수, 신청 수, 출석률, 수료율, 2회 이상 상담 인원입니다 (기본: 최근 12개월).',
  columns: [...PERFORMANCE_COLUMNS],
  params: ['months'],
  wide: true
})

export const REEMPLOYMENT_REPORTS = [ROSTER_REPORT, SIGN_IN_SHEET_REPORT, COMPLETIONS_REPORT, NO_SHOWS_REPORT, PERFORMANCE_REPORT] as const

// ── Parameters ───────────────────────────────────────────────────────────────────────────────

/** The longest 기간 a report takes, in months. */
export const MAX_REPORT_MONTHS = 60

/** `YYYY-MM` moved by `n` months. */
export function shiftMonth(month: string, n: number): string {
  const [year = 0, m = 1] = month.split('-').map(Number)
  const index = year * 12 + (m - 1) + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** Every month from `from` to `to`, both included. */
export function monthsFrom(from: string, to: string): string[] {
  const months: string[] = []
  for (let month = from; month <= to; month = shiftMonth(month, 1)) months.push(month)
  return months
}

/** The Seoul month of an instant. */
export function seoulMonth(at: Date): string {
  return seoulDate(at).slice(0, 7)
}

/**
 * A 기간 as the dialog gives it (`from`, `to`) or the CLI's `--filter month=2026-11` (one month).
 * Either end may be missing: each report says what a missing end means.
 */
const MonthRange = z
  .object({ from: Month.optional(), to: Month.optional(), month: Month.optional() })
  .superRefine((range, ctx) => {
    if (range.month && (range.from || range.to)) {
      ctx.addIssue({ code: 'custom', path: ['month'], message: '월(month)과 기간(from·to)은 함께 쓸 수 없습니다. 하나만 지정하세요.' })
    }
    if (range.from && range.to && range.from > range.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: '시작 월이 끝 월보다 늦습니다.' })
    }
    if (range.from && range.to && monthsFrom(range.from, range.to).length > MAX_REPORT_MONTHS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `기간은 ${MAX_REPORT_MONTHS}개월까지 지정할 수 있습니다.` })
    }
  })
  .transform((range) => ({ from: range.month ?? range.from ?? null, to: range.month ?? range.to ?? null }))

/** `a,b` from the CLI's `--filter statuses=a,b`, or the screen's array as it is. */
function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter(Boolean) : value), z.array(item))
}

/** The roster screen's filter (RosterFilter), also as the CLI's `--filter k=v` text. */
const RosterReportFilter = z.object({
  statuses: listOf(RegistrationStatus).optional(),
  attendance: listOf(AttendanceFilter).optional(),
  hints: z.union([z.enum(['with', 'without']), listOf(HintCode)]).optional(),
  walkInsOnly: z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean()).optional(),
  search: RosterFilter.shape.search
})

const SessionParam = z.string().min(1).max(100).optional()

/**
 * 회차별 명단: the session (required; checked when the report is built, so a missing one is told in
 * the report's own words) and, from the roster screen, its filter and order.
 */
export const RosterReportParams = ReportParams.pipe(
  z.object({
    session: SessionParam,
    filter: RosterReportFilter.default({}),
    sort: z.object({ column: z.enum(ROSTER_SORTS), direction: z.enum(['asc', 'desc']) }).optional()
  })
).transform(({ session, filter, sort }) => ({
  sessionId: session ?? null,
  filter: filter satisfies RosterFilter,
  sort: sort?.column ?? ('status' as const),
  descending: sort?.direction === 'desc'
}))
export type RosterReportParams = z.output<typeof RosterReportParams>

/** 출석부: the session (required). */
export const SignInSheetReportParams = ReportParams.pipe(z.object({ session: SessionParam })).transform(({ session }) => ({ sessionId: session ?? null }))
export type SignInSheetReportParams = z.output<typeof SignInSheetReportParams>

/**
 * 수료자 명단 and 노쇼 명단: a session, or a 기간 (one end given: that month alone). A session wins
 * over a 기간 given with it (a batch passes both to every report it holds).
 */
export const SessionOrMonthsReportParams = ReportParams.pipe(z.object({ session: SessionParam, filter: MonthRange.default({ from: null, to: null }) })).transform(
  ({ session, filter }) => ({ sessionId: session ?? null, from: filter.from ?? filter.to, to: filter.to ?? filter.from })
)
export type SessionOrMonthsReportParams = z.output<typeof SessionOrMonthsReportParams>

/** 실적: a 기간; without `from` the twelve months up to `to`, without `to` up to this month (Seoul). */
export const PerformanceReportParams = ReportParams.pipe(z.object({ filter: MonthRange.default({ from: null, to: null }) })).transform(({ filter }) => filter)
export type PerformanceReportParams = z.output<typeof PerformanceReportParams>

// ── Words of the 요약 sheet ──────────────────────────────────────────────────────────────────

const SEOUL_OFFSET_MS = 9 * 3600_000

/** `13:00` in Asia/Seoul. */
function seoulTime(instant: string): string {
  return new Date(Date.parse(instant) + SEOUL_OFFSET_MS).toISOString().slice(11, 16)
}

/** `2026-12-09` → `2026. 12. 9.` (the official style). */
export function officialDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}. ${month}. ${day}.`
}

/** `2026-12` → `2026년 12월`. */
export function monthText(month: string): string {
  const [year, m] = month.split('-').map(Number)
  return `${year}년 ${m}월`
}

/** A session's time: `2026. 12. 9. 13:00~17:00` (or both days when it runs past midnight). */
export function sessionTimeText(startsAt: string, endsAt: string): string {
  const startDay = seoulDate(startsAt)
  const endDay = seoulDate(endsAt)
  const end = startDay === endDay ? seoulTime(endsAt) : `${officialDate(endDay)} ${seoulTime(endsAt)}`
  return `${officialDate(startDay)} ${seoulTime(startsAt)}~${end}`
}

export function monthRangeText(from: string, to: string): string {
  return from === to ? monthText(from) : `${monthText(from)} ~ ${monthText(to)}`
}

/** The 수료 rule in force, as 요약 states it. */
export function completionRuleText(settings: CompletionSettings): string {
  const counted = settings.countedStatuses.map((s) => ATTENDANCE_STATUS_LABELS[s]).join('·')
  const penalty = settings.threeLateOrEarlyIsAbsence ? ', 지각·조퇴 3회는 결석 1회로 처리' : ''
  return `교육 시간의 ${formatPercent(settings.minShare)} 이상 출석 (${counted} 인정${penalty})`
}

export const REEMPLOYMENT_REPORT_TEXT = {
  yes: '예',
  no: '아니요',
  unchecked: '미확인',
  final: '확정',
  provisional: '잠정(진행 중)',
  allServiceTypes: '전체',
  sessionMissing: '회차를 지정하세요. 보고서 화면에서 회차를 고르거나, 명령줄에서는 --session 회차번호를 붙이세요.',
  sessionOrMonthsMissing:
    '회차나 기간을 지정하세요. 보고서 화면에서 회차 또는 기간을 고르거나, 명령줄에서는 --session 회차번호 또는 --filter month=YYYY-MM을 붙이세요.',
  notACourse: (title: string) => `「${title}」은(는) 과정에 속하지 않은 회차라 수료를 판정하지 않습니다. 과정의 회차를 지정하거나 기간으로 내보내세요.`,
  filterLabels: {
    session: '회차',
    sessionId: '회차 번호',
    kind: '회차 유형',
    serviceType: '서비스 구분',
    time: '일시',
    venue: '장소',
    capacity: '정원',
    course: '과정',
    counts: '신청 현황',
    period: '기간',
    courses: '과정 수',
    sessions: '회차 수',
    rows: '인원',
    rule: '수료 기준',
    statuses: '신청상태',
    attendance: '출석',
    hints: '참고 표시',
    walkInsOnly: '현장 접수만',
    search: '검색어',
    sort: '정렬'
  }
} as const
