import type { AttendanceStatus, RegistrationStatus } from '../../../../shared/portal'
import type { ReemploymentSession } from '../../../../shared/portal/reemployment'

/**
 * The colours of the 재취업 statuses (their Korean labels live in src/shared/domains/reemployment/labels.ts).
 */

export const SESSION_STATUS_COLORS: Record<ReemploymentSession['status'], string> = {
  open: 'teal',
  closed: 'orange',
  cancelled: 'gray',
  completed: 'indigo'
}

export const REGISTRATION_STATUS_COLORS: Record<RegistrationStatus, string> = {
  registered: 'teal',
  waitlisted: 'yellow',
  cancelled: 'gray'
}

export const ATTENDANCE_STATUS_COLORS: Record<AttendanceStatus, string> = {
  present: 'teal',
  late: 'yellow',
  left_early: 'orange',
  absent: 'red'
}
