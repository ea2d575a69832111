import type { AttendanceStatus } from '../../../../shared/portal'

/**
 * The check-in screen's keys. Enter records 출석 for the highlighted person; the other statuses sit on
 * function keys, which never type into the search box (letters and digits are search terms there).
 */
export const CHECK_IN_KEYS: Readonly<Record<AttendanceStatus, string>> = {
  present: 'Enter',
  late: 'F2',
  left_early: 'F3',
  absent: 'F4'
}

/** The key that opens the walk-in form. */
export const WALK_IN_KEY = 'F6'

/** The status a key records, or null (KeyboardEvent.key values). */
export function statusForKey(key: string): AttendanceStatus | null {
  for (const [status, k] of Object.entries(CHECK_IN_KEYS) as [AttendanceStatus, string][]) {
    if (k === key) return status
  }
  return null
}

/** The highlighted row after ↑/↓, staying inside the list (−1: nothing to highlight). */
export function moveHighlight(current: number, delta: number, length: number): number {
  if (length === 0) return -1
  if (current < 0) return delta > 0 ? 0 : length - 1
  return Math.min(length - 1, Math.max(0, current + delta))
}

/** Whole seconds left before `until` (0 once it has passed). */
export function secondsLeft(until: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(until) - now) / 1000))
}
