import { SERVICE_TYPE_LABELS } from '../../../shared/domains/reemployment/labels'
import {
  MAX_REPORT_MONTHS,
  PERFORMANCE_COLUMNS,
  PERFORMANCE_REPORT,
  PerformanceReportParams,
  REEMPLOYMENT_COLLECTIONS,
  REEMPLOYMENT_REPORT_TEXT as TEXT,
  completionRuleText,
  monthRangeText,
  monthText,
  monthsFrom,
  seoulMonth,
  shiftMonth
} from '../../../shared/domains/reemployment/reports'
import type { CourseCompletion } from '../../../shared/domains/reemployment/views'
import { SERVICE_TYPES, type ReemploymentSession } from '../../../shared/portal'
import { AppError } from '../../core/errors'
import type { Db } from '../../db/types'
import type { ReportRow, ReportSpec } from '../../reports/types'
import { courseCompletion, personCounts } from './completion'
import { confirmedByPerson, type PersonSessionRow } from './registrationsRepository'
import { monthBounds } from './sessions'
import { completionSettings } from './settings'
import { coursesBetween, sessionsBetween, type SessionWithCounts } from './sessionsRepository'

type ServiceType = ReemploymentSession['service_type']

/** What one row adds up; rates are computed from the sums, so a 전체 row is not an average of rates. */
interface Tally {
  sessions: number
  registrations: number
  confirmed: number
  attendanceBase: number
  attended: number
  completionBase: number
  completed: number
}

const emptyTally = (): Tally => ({ sessions: 0, registrations: 0, confirmed: 0, attendanceBase: 0, attended: 0, completionBase: 0, completed: 0 })

function addSession(tally: Tally, { session, counts }: SessionWithCounts): void {
  tally.sessions += 1
  tally.registrations += counts.registered + counts.waitlisted
  tally.confirmed += counts.registered
  // Attendance is known once the session is over (종료); before that 미확인 is not absence.
  if (session.status === 'completed') {
    tally.attendanceBase += counts.registered
    tally.attended += counts.present + counts.late
  }
}

function addCourse(tally: Tally, course: CourseCompletion): void {
  tally.completionBase += course.rows.length
  tally.completed += course.completed
}

/** People with two or more 확정 consultations among `rows`, by member id. */
function repeatConsultations(rows: readonly PersonSessionRow[]): number {
  const perPerson = new Map<string, number>()
  for (const row of rows) perPerson.set(row.person_id, (perPerson.get(row.person_id) ?? 0) + 1)
  return [...perPerson.values()].filter((n) => n >= 2).length
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null)

function tallyRow(month: string, serviceType: string, tally: Tally, repeat: number): ReportRow {
  return {
    month: monthText(month),
    serviceType,
    ...tally,
    attendanceRate: ratio(tally.attended, tally.attendanceBase),
    completionRate: ratio(tally.completed, tally.completionBase),
    repeatConsultations: repeat
  }
}

/**
 * One month: a row per service type and a 전체 row. Sessions are those starting in the month (as the
 * month's list shows them), cancelled ones left out; a course counts in the month of its first day,
 * once all its days are over; consultations are the month's 확정 ones (as the per-person counts).
 */
function monthRows(db: Db, month: string): ReportRow[] {
  const { from, to } = monthBounds(month)
  const sessions = sessionsBetween(db, from, to).filter((entry) => entry.session.status !== 'cancelled')
  const serviceOf = new Map(sessions.map((entry) => [entry.session.id, entry.session.service_type]))
  const courses = coursesBetween(db, from, to)
    .map((id) => courseCompletion(db, id))
    .filter((course) => !course.provisional && course.sessions[0] !== undefined && course.sessions[0].starts_at >= from && course.sessions[0].starts_at < to)
  const consultations = confirmedByPerson(db, from, to).filter((row) => row.kind === 'consultation')

  const byType = new Map<ServiceType, Tally>(SERVICE_TYPES.map((type) => [type, emptyTally()]))
  const total = emptyTally()
  for (const entry of sessions) {
    addSession(byType.get(entry.session.service_type)!, entry)
    addSession(total, entry)
  }
  for (const course of courses) {
    addCourse(byType.get(course.sessions[0]!.service_type)!, course)
    addCourse(total, course)
  }
  const rows = SERVICE_TYPES.map((type) =>
    tallyRow(month, SERVICE_TYPE_LABELS[type], byType.get(type)!, repeatConsultations(consultations.filter((row) => serviceOf.get(row.session_id) === type)))
  )
  const everyone = personCounts(db, { month, minConsultations: 0 }).totals.withTwoOrMoreConsultations
  return [...rows, tallyRow(month, TEXT.allServiceTypes, total, everyone)]
}

/** The 기간: as given, else the twelve months up to this month (Seoul) — or up to the given end. */
export function performanceMonths(params: PerformanceReportParams, now: Date): { from: string; to: string } {
  const to = params.to ?? (params.from && params.from > seoulMonth(now) ? params.from : seoulMonth(now))
  const from = params.from ?? shiftMonth(to, -11)
  if (monthsFrom(from, to).length > MAX_REPORT_MONTHS) {
    throw new AppError('validation_failed', `기간은 ${MAX_REPORT_MONTHS}개월까지 지정할 수 있습니다. 시작 월과 끝 월을 함께 지정하세요.`)
  }
  return { from, to }
}

export const performanceReport: ReportSpec<PerformanceReportParams> = {
  descriptor: PERFORMANCE_REPORT,
  params: PerformanceReportParams,
  build(ctx, params) {
    const { from, to } = performanceMonths(params, ctx.now())
    const months = monthsFrom(from, to)
    return {
      filters: [
        { label: TEXT.filterLabels.period, value: monthRangeText(from, to) },
        { label: TEXT.filterLabels.rule, value: completionRuleText(completionSettings(ctx.db)) }
      ],
      collections: REEMPLOYMENT_COLLECTIONS,
      // A few rows per month, computed when the writer reaches the sheet.
      sheets: [{ name: PERFORMANCE_REPORT.title, columns: PERFORMANCE_COLUMNS, count: months.length * (SERVICE_TYPES.length + 1), rows: () => months.flatMap((month) => monthRows(ctx.db, month)) }],
      notes: [
        '회차 수: 그 달에 시작하는 회차(취소 제외). 신청 수: 그 회차의 확정·대기 신청(취소 제외).',
        '출석률: 종료된 회차의 확정 인원 중 출석·지각으로 기록된 비율.',
        '수료율: 첫 교육일이 그 달이고 모든 교육일이 끝난 과정에서, 하루 이상 확정된 사람 중 지금의 수료 기준으로 수료한 비율.',
        '2회 이상 상담 인원: 그 달 1:1 상담에 두 번 이상 확정된 사람(회원 번호 기준). 「전체」 행은 서비스 구분을 합쳐 세므로 구분별 합과 다를 수 있습니다.'
      ]
    }
  }
}
