import { ATTENDANCE_FILTER_LABELS, ATTENDANCE_STATUS_LABELS, REGISTRATION_STATUS_LABELS } from '../../../../shared/domains/reemployment/labels'
import type { RosterCounts } from '../../../../shared/domains/reemployment/views'
import { formatCount } from '../../lib/format'
import { WALK_IN_LABEL } from '../../../../shared/domains/reemployment/labels'

/** "출석 23 · 지각 2 · 미확인 15" (조퇴 and 결석 only once someone has them). */
export function attendanceLine(counts: RosterCounts): string {
  const parts = [`${ATTENDANCE_STATUS_LABELS.present} ${formatCount(counts.present)}`, `${ATTENDANCE_STATUS_LABELS.late} ${formatCount(counts.late)}`]
  if (counts.left_early > 0) parts.push(`${ATTENDANCE_STATUS_LABELS.left_early} ${formatCount(counts.left_early)}`)
  if (counts.absent > 0) parts.push(`${ATTENDANCE_STATUS_LABELS.absent} ${formatCount(counts.absent)}`)
  parts.push(`${ATTENDANCE_FILTER_LABELS.unchecked} ${formatCount(counts.unchecked)}`)
  return parts.join(' · ')
}

/** "확정 40 · 현장 3" (and 대기 once someone waits). */
export function seatsLine(counts: RosterCounts & { walkIns: number }): string {
  const parts = [`${REGISTRATION_STATUS_LABELS.registered} ${formatCount(counts.registered)}`, `${WALK_IN_LABEL} ${formatCount(counts.walkIns)}`]
  if (counts.waitlisted > 0) parts.push(`${REGISTRATION_STATUS_LABELS.waitlisted} ${formatCount(counts.waitlisted)}`)
  return parts.join(' · ')
}

/** The share of seats taken, 0..100 (a session without seats shows an empty bar). */
export function fillPercent(registered: number, capacity: number): number {
  if (capacity <= 0) return 0
  return Math.min(100, (registered / capacity) * 100)
}
