/** The renderer tells main about input at most this often while it happens (main's idle clock counts minutes). */
export const ACTIVITY_REPORT_INTERVAL_MS = 30_000

/** What counts as the staff member being at the PC. */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const

/**
 * Says whether an input seen at `nowMs` is to be reported: the first one, and then one per interval
 * while input goes on — a mouse moved for an hour makes 120 calls, not thousands.
 */
export class ActivityThrottle {
  private lastReportAt: number | null = null

  constructor(private readonly intervalMs: number = ACTIVITY_REPORT_INTERVAL_MS) {}

  shouldReport(nowMs: number): boolean {
    if (this.lastReportAt !== null && nowMs - this.lastReportAt < this.intervalMs && nowMs >= this.lastReportAt) return false
    this.lastReportAt = nowMs
    return true
  }
}

/** Ctrl+L (⌘L on a Mac keyboard), by key position so a Korean input mode does not hide it. */
export function isLockShortcut(event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing'>): boolean {
  return event.code === 'KeyL' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && !event.isComposing
}
