/**
 * 수료 of a course, by the division's rule as settings (CompletionSettings): the share of the
 * course's hours attended, which attendance statuses count as attended, and optionally
 * "지각·조퇴 3회 = 결석 1회" (every third 지각 or 조퇴 day, in date order, counts as 결석).
 */
import type { AttendanceStatus, RegistrationStatus } from '../../portal/reemployment'
import { ATTENDANCE_STATUS_LABELS, REGISTRATION_STATUS_LABELS } from './labels'
import type { CompletionSettings } from './views'

export interface CourseDayInput {
  day: number
  hours: number
  /** A cancelled day is not part of the course's hours. */
  cancelled: boolean
  /** The person's registration that day, if any. */
  registration: { status: RegistrationStatus; attendance: AttendanceStatus | null } | null
}

export interface CourseDayJudgement {
  countedHours: number
  penalised: boolean
}

export interface CompletionJudgement {
  days: CourseDayJudgement[]
  attendedHours: number
  totalHours: number
  share: number
  completed: boolean
  /** Why not, in Korean (empty when completed). */
  reasons: string[]
}

/** Hours and shares are compared with a little slack so 0.8 × 5 h is not missed by floating point. */
const EPSILON = 1e-9

export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? `${hours}시간` : `${hours.toFixed(1)}시간`
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`
}

/** Judges one person over a course's days (in day order). */
export function judgeCompletion(days: readonly CourseDayInput[], settings: CompletionSettings): CompletionJudgement {
  const counted = new Set<AttendanceStatus>(settings.countedStatuses)
  const totalHours = days.filter((d) => !d.cancelled).reduce((sum, d) => sum + d.hours, 0)
  const dayReasons: string[] = []
  let lateOrEarly = 0
  const judged = days.map((day): CourseDayJudgement => {
    if (day.cancelled) return { countedHours: 0, penalised: false }
    const registration = day.registration
    if (!registration || registration.status !== 'registered') {
      const state = registration ? REGISTRATION_STATUS_LABELS[registration.status] : '미신청'
      dayReasons.push(`${day.day}일차: ${state}`)
      return { countedHours: 0, penalised: false }
    }
    const attendance = registration.attendance
    if (attendance === null) {
      dayReasons.push(`${day.day}일차: 출석 기록 없음`)
      return { countedHours: 0, penalised: false }
    }
    let penalised = false
    if (settings.threeLateOrEarlyIsAbsence && (attendance === 'late' || attendance === 'left_early')) {
      lateOrEarly += 1
      penalised = lateOrEarly % 3 === 0
    }
    if (penalised) {
      dayReasons.push(`${day.day}일차: 지각·조퇴 ${lateOrEarly}회째로 결석 처리`)
      return { countedHours: 0, penalised: true }
    }
    if (!counted.has(attendance)) {
      dayReasons.push(`${day.day}일차: ${ATTENDANCE_STATUS_LABELS[attendance]}(출석으로 인정하지 않음)`)
      return { countedHours: 0, penalised: false }
    }
    return { countedHours: day.hours, penalised: false }
  })
  const attendedHours = judged.reduce((sum, d) => sum + d.countedHours, 0)
  const share = totalHours > 0 ? attendedHours / totalHours : 0
  const completed = totalHours > 0 && share + EPSILON >= settings.minShare
  const reasons = completed
    ? []
    : [
        totalHours > 0
          ? `출석 인정 ${formatHours(attendedHours)} / ${formatHours(totalHours)} (${formatPercent(share)}): 기준 ${formatPercent(settings.minShare)}에 못 미칩니다.`
          : '진행된 교육 시간이 없습니다.',
        ...dayReasons
      ]
  return { days: judged, attendedHours, totalHours, share, completed, reasons }
}
