const SEOUL_OFFSET_MS = 9 * 3600_000

/** `YYYY-MM-DD` in Asia/Seoul (the program's dates are Seoul dates, whatever the PC's zone). */
export function seoulToday(now: Date): string {
  return new Date(now.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 10)
}

/** The calendar year in Asia/Seoul (a round is named after it: `2026-1`). */
export function seoulYear(now: Date): number {
  return new Date(now.getTime() + SEOUL_OFFSET_MS).getUTCFullYear()
}
