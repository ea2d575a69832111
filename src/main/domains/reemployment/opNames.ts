/** The outbox names of 재취업's writes (stored in `outbox.op`: never rename one that has shipped). */
export const OP_NAMES = {
  attendance: 'registration.attendance',
  clearAttendance: 'registration.attendance_clear',
  status: 'registration.status',
  walkIn: 'registration.walk_in'
} as const

/** The writes check-in mode makes: what "waiting to be sent" counts. */
export const CHECK_IN_OPS: readonly string[] = [OP_NAMES.attendance, OP_NAMES.clearAttendance, OP_NAMES.walkIn]
