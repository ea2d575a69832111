import {
  ATTENDANCE_FILTER_LABELS,
  ATTENDANCE_STATUS_LABELS,
  HINT_LABELS,
  REGISTRATION_STATUS_LABELS,
  ROSTER_SORT_LABELS,
  SERVICE_TYPE_LABELS,
  SESSION_KIND_LABELS
} from '../../../shared/domains/reemployment/labels'
import {
  COMPLETIONS_COLUMNS,
  REEMPLOYMENT_COLLECTIONS,
  completionRuleText,
  COMPLETIONS_REPORT,
  NO_SHOWS_COLUMNS,
  NO_SHOWS_REPORT,
  REEMPLOYMENT_REPORT_TEXT as TEXT,
  ROSTER_COLUMNS,
  ROSTER_REPORT,
  RosterReportParams,
  SIGN_IN_SHEET_COLUMNS,
  SIGN_IN_SHEET_REPORT,
  SessionOrMonthsReportParams,
  SignInSheetReportParams,
  monthRangeText,
  sessionTimeText
} from '../../../shared/domains/reemployment/reports'
import { seoulDate } from '../../../shared/domains/reemployment/rules'
import { RosterRequest, type CourseCompletion, type RosterFilter, type RosterRow } from '../../../shared/domains/reemployment/views'
import type { ReemploymentSession } from '../../../shared/portal'
import { AppError } from '../../core/errors'
import type { ReportContent, ReportRow, ReportSheet, ReportSpec } from '../../reports/types'
import { lookUpContact, type ContactSource } from '../contactLookup'
import type { DomainContext } from '../types'
import { courseCompletion } from './completion'
import { performanceReport } from './performanceReport'
import { reemploymentRegistrationsTable } from './registrationsRepository'
import { maskedPhones } from './reportQueries'
import { noShows, roster } from './roster'
import { monthBounds, requireSession } from './sessions'
import { coursesBetween, sessionsBetween } from './sessionsRepository'

/**
 * 재취업's reports: the rows come from the same reads as the screens (roster, no-shows, 수료), so a
 * file says what the app shows. Names are the cache's masked ones; a manager's unmasked export
 * fetches each person through the contact look-up, which audits every one with the export's reason.
 */

const CONTACT_SOURCE: ContactSource = { collection: 'reemployment-registrations', table: reemploymentRegistrationsTable }

/** The row key (never a column) holding the registration whose contact `unmask` looks up. */
const REGISTRATION_KEY = 'registrationId'

type Filters = ReportContent['filters']

async function unmaskRow(ctx: DomainContext, row: ReportRow, reason: string): Promise<ReportRow> {
  const id = row[REGISTRATION_KEY]
  if (typeof id !== 'string') throw new AppError('internal', '개인정보를 조회할 신청 번호가 없는 행입니다.')
  const contact = await lookUpContact(ctx, CONTACT_SOURCE, { id, reason })
  return { ...row, name: contact.name, ...('phone' in row ? { phone: contact.phone } : {}) }
}

/** A sheet over rows already read (a session's or a month's people: hundreds, not millions). */
function peopleSheet(ctx: DomainContext, name: string, columns: ReportSheet['columns'], rows: readonly ReportRow[]): ReportSheet {
  return { name, columns, rows: () => rows, count: rows.length, unmask: (row, reason) => unmaskRow(ctx, row, reason) }
}

function requireSessionId(sessionId: string | null): string {
  if (!sessionId) throw new AppError('validation_failed', TEXT.sessionMissing)
  return sessionId
}

const people = (n: number) => `${n.toLocaleString('ko-KR')}명`

/** The session's facts as 요약 lists them. */
export function sessionFilters(session: ReemploymentSession): Filters {
  const L = TEXT.filterLabels
  return [
    { label: L.session, value: session.title },
    { label: L.sessionId, value: session.id },
    ...(session.course ? [{ label: L.course, value: `${session.course.title} (${session.course.day}/${session.course.days}일차)` }] : []),
    { label: L.kind, value: `${SESSION_KIND_LABELS[session.kind]} · ${SERVICE_TYPE_LABELS[session.service_type]}` },
    { label: L.time, value: sessionTimeText(session.starts_at, session.ends_at) },
    { label: L.venue, value: session.venue },
    { label: L.capacity, value: people(session.capacity) }
  ]
}

/** What the roster screen's filter kept, in words (nothing when it kept everyone). */
function rosterFilterLines(filter: RosterFilter, sort: RosterReportParams['sort'], descending: boolean): Filters {
  const L = TEXT.filterLabels
  const lines: { label: string; value: string }[] = []
  if (filter.statuses?.length) lines.push({ label: L.statuses, value: filter.statuses.map((s) => REGISTRATION_STATUS_LABELS[s]).join(', ') })
  if (filter.attendance?.length) lines.push({ label: L.attendance, value: filter.attendance.map((a) => ATTENDANCE_FILTER_LABELS[a]).join(', ') })
  const hints = filter.hints
  if (hints === 'with' || hints === 'without') lines.push({ label: L.hints, value: hints === 'with' ? '있는 사람만' : '없는 사람만' })
  else if (hints?.length) lines.push({ label: L.hints, value: hints.map((h) => HINT_LABELS[h]).join(', ') })
  if (filter.walkInsOnly) lines.push({ label: L.walkInsOnly, value: TEXT.yes })
  if (filter.search?.trim()) lines.push({ label: L.search, value: filter.search.trim() })
  if (sort !== 'status' || descending) lines.push({ label: L.sort, value: `${ROSTER_SORT_LABELS[sort]}${descending ? ' (역순)' : ''}` })
  return lines
}

/** 출석 for a 확정 row (미확인 when not checked); what was recorded, if anything, for the others. */
function attendanceText(row: RosterRow): string | null {
  if (row.status === 'registered') return ATTENDANCE_FILTER_LABELS[row.attendance?.status ?? 'unchecked']
  return row.attendance ? ATTENDANCE_STATUS_LABELS[row.attendance.status] : null
}

const rosterReport: ReportSpec<RosterReportParams> = {
  descriptor: ROSTER_REPORT,
  params: RosterReportParams,
  build(ctx, { sessionId, filter, sort, descending }) {
    const answer = roster(ctx.db, RosterRequest.parse({ sessionId: requireSessionId(sessionId), filter, sort }))
    const rows = descending ? [...answer.rows].reverse() : answer.rows
    const phones = maskedPhones(ctx.db, rows.map((row) => row.id))
    const { counts } = answer
    return {
      filters: [
        ...sessionFilters(answer.session),
        { label: TEXT.filterLabels.counts, value: `확정 ${people(counts.registered)} · 대기 ${people(counts.waitlisted)} · 취소 ${people(counts.cancelled)}` },
        ...rosterFilterLines(filter, sort, descending)
      ],
      collections: REEMPLOYMENT_COLLECTIONS,
      sheets: [
        peopleSheet(
          ctx,
          ROSTER_REPORT.title,
          ROSTER_COLUMNS,
          rows.map((row, i) => ({
            no: i + 1,
            name: row.person.name,
            birthYear: row.person.birth_year,
            phone: phones.get(row.id) ?? null,
            status: REGISTRATION_STATUS_LABELS[row.status],
            waitlistRank: row.waitlist_rank,
            attendance: attendanceText(row),
            checkedAt: row.attendance?.checked_at ?? null,
            walkIn: row.walkIn ? TEXT.yes : TEXT.no,
            [REGISTRATION_KEY]: row.id
          }))
        )
      ]
    }
  }
}

/**
 * 출석부: the rows of the printable 출석부 (확정, by name — the roster read with that filter and order)
 * with an empty 서명 column. The export is audited by the export service, not as a printout here.
 */
const signInSheetReport: ReportSpec<SignInSheetReportParams> = {
  descriptor: SIGN_IN_SHEET_REPORT,
  params: SignInSheetReportParams,
  build(ctx, { sessionId }) {
    const answer = roster(ctx.db, RosterRequest.parse({ sessionId: requireSessionId(sessionId), filter: { statuses: ['registered'] }, sort: 'name' }))
    return {
      filters: [...sessionFilters(answer.session), { label: TEXT.filterLabels.rows, value: people(answer.rows.length) }],
      collections: REEMPLOYMENT_COLLECTIONS,
      sheets: [
        peopleSheet(
          ctx,
          SIGN_IN_SHEET_REPORT.title,
          SIGN_IN_SHEET_COLUMNS,
          answer.rows.map((row, i) => ({
            no: i + 1,
            name: row.person.name,
            birthYear: row.person.birth_year,
            phoneLast4: row.person.phone_last4,
            signature: null,
            [REGISTRATION_KEY]: row.id
          }))
        )
      ]
    }
  }
}

/** The sessions or 기간 a 수료자 · 노쇼 명단 covers. */
type Scope = { kind: 'session'; session: ReemploymentSession } | { kind: 'months'; from: string; to: string }

function scopeOf(ctx: DomainContext, params: SessionOrMonthsReportParams): Scope {
  if (params.sessionId) return { kind: 'session', session: requireSession(ctx.db, params.sessionId).session }
  if (params.from && params.to) return { kind: 'months', from: params.from, to: params.to }
  throw new AppError('validation_failed', TEXT.sessionOrMonthsMissing)
}

function scopeFilters(scope: Scope): Filters {
  return scope.kind === 'session' ? sessionFilters(scope.session) : [{ label: TEXT.filterLabels.period, value: monthRangeText(scope.from, scope.to) }]
}

/** Seoul dates [from, to) of a 기간 of months, as the sessions repository compares starts. */
function monthRangeBounds(from: string, to: string): { from: string; to: string } {
  return { from: monthBounds(from).from, to: monthBounds(to).to }
}

function completionRows(ctx: DomainContext, courses: readonly CourseCompletion[]): ReportRow[] {
  const completed = courses.flatMap((course) => course.rows.filter((row) => row.completed).map((row) => ({ course, row })))
  const registrationOf = (days: CourseCompletion['rows'][number]['days']) => days.find((day) => day.registrationId !== null)?.registrationId ?? null
  const phones = maskedPhones(
    ctx.db,
    completed.map(({ row }) => registrationOf(row.days)).filter((id): id is string => id !== null)
  )
  return completed.map(({ course, row }, i) => {
    const held = course.sessions.filter((s) => s.status !== 'cancelled')
    const registrationId = registrationOf(row.days)
    return {
      no: i + 1,
      course: course.course.title,
      courseStart: held[0] ? seoulDate(held[0].starts_at) : null,
      courseEnd: held.length > 0 ? seoulDate(held[held.length - 1]!.ends_at) : null,
      name: row.person.name,
      birthYear: row.person.birth_year,
      phone: registrationId ? (phones.get(registrationId) ?? null) : null,
      attendedDays: row.days.filter((day) => day.countedHours > 0).length,
      days: held.length,
      attendedHours: row.attendedHours,
      requiredHours: course.requiredHours,
      totalHours: row.totalHours,
      share: row.share,
      judgement: course.provisional ? TEXT.provisional : TEXT.final,
      [REGISTRATION_KEY]: registrationId
    }
  })
}

/**
 * 수료자 명단: who completed, under the current 수료 settings, the session's course or every course
 * with a day in the 기간 (as the 수료 screen lists a month's courses).
 */
const completionsReport: ReportSpec<SessionOrMonthsReportParams> = {
  descriptor: COMPLETIONS_REPORT,
  params: SessionOrMonthsReportParams,
  build(ctx, params) {
    const scope = scopeOf(ctx, params)
    let courseIds: string[]
    if (scope.kind === 'session') {
      if (!scope.session.course) throw new AppError('validation_failed', TEXT.notACourse(scope.session.title))
      courseIds = [scope.session.course.id]
    } else {
      const bounds = monthRangeBounds(scope.from, scope.to)
      courseIds = coursesBetween(ctx.db, bounds.from, bounds.to)
    }
    const courses = courseIds.map((id) => courseCompletion(ctx.db, id))
    const rows = completionRows(ctx, courses)
    const provisional = courses.filter((course) => course.provisional).length
    const settings = courses[0]?.settings
    return {
      filters: [
        ...scopeFilters(scope),
        { label: TEXT.filterLabels.courses, value: `${courses.length}개` },
        ...(settings ? [{ label: TEXT.filterLabels.rule, value: completionRuleText(settings) }] : []),
        { label: TEXT.filterLabels.rows, value: people(rows.length) }
      ],
      collections: REEMPLOYMENT_COLLECTIONS,
      sheets: [peopleSheet(ctx, COMPLETIONS_REPORT.title, COMPLETIONS_COLUMNS, rows)],
      notes: [
        '수료는 과정 단위로, 지금 설정된 수료 기준으로 판정합니다. 과정의 하루 이상 확정된 사람이 판정 대상입니다.',
        ...(provisional > 0 ? [`교육일이 아직 끝나지 않은 과정 ${provisional}개는 판정이 잠정입니다 (판정 열에 표시).`] : [])
      ]
    }
  }
}

/**
 * 노쇼 명단: the session's no-shows as the screen shows them, or those of every session of the 기간
 * that is over (종료) — an open session's unchecked people are not no-shows yet.
 */
const noShowsReport: ReportSpec<SessionOrMonthsReportParams> = {
  descriptor: NO_SHOWS_REPORT,
  params: SessionOrMonthsReportParams,
  build(ctx, params) {
    const scope = scopeOf(ctx, params)
    let sessions: string[]
    if (scope.kind === 'session') sessions = [scope.session.id]
    else {
      const bounds = monthRangeBounds(scope.from, scope.to)
      sessions = sessionsBetween(ctx.db, bounds.from, bounds.to)
        .filter((entry) => entry.session.status === 'completed')
        .map((entry) => entry.session.id)
    }
    const lists = sessions.map((id) => noShows(ctx.db, id))
    const flat = lists.flatMap((list) => list.rows.map((row) => ({ session: list.session, row })))
    const phones = maskedPhones(ctx.db, flat.map(({ row }) => row.id))
    const rows: ReportRow[] = flat.map(({ session, row }, i) => ({
      no: i + 1,
      session: session.title,
      sessionId: session.id,
      startsAt: session.starts_at,
      name: row.person.name,
      birthYear: row.person.birth_year,
      phone: phones.get(row.id) ?? null,
      attendance: attendanceText(row),
      checkedAt: row.attendance?.checked_at ?? null,
      [REGISTRATION_KEY]: row.id
    }))
    const notOver = scope.kind === 'session' && scope.session.status !== 'completed'
    return {
      filters: [
        ...scopeFilters(scope),
        ...(scope.kind === 'months' ? [{ label: TEXT.filterLabels.sessions, value: `${sessions.length}개` }] : []),
        { label: TEXT.filterLabels.rows, value: people(rows.length) }
      ],
      collections: REEMPLOYMENT_COLLECTIONS,
      sheets: [peopleSheet(ctx, NO_SHOWS_REPORT.title, NO_SHOWS_COLUMNS, rows)],
      notes: [
        '노쇼: 확정했지만 출석·지각으로 기록되지 않은 사람(조퇴, 결석, 미확인)입니다.',
        scope.kind === 'months'
          ? '기간으로 내보내면 종료된 회차만 담습니다(취소·진행 중인 회차 제외).'
          : notOver
            ? '이 회차는 아직 종료되지 않아 출석 확인 전인 사람도 들어 있습니다.'
            : null
      ].filter((line): line is string => line !== null)
    }
  }
}

/** The catalog's order. */
export const reemploymentReports: readonly ReportSpec[] = [rosterReport, signInSheetReport, completionsReport, noShowsReport, performanceReport]
