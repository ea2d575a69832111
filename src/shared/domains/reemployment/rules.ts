/** 재취업's pure rules, shared by main (handlers, CLI) and the renderer (forms). */

/** 010, 011, 016, 017, 018, 019 followed by 7 or 8 digits, hyphens optional. */
const KOREAN_MOBILE = /^01[016789]-?\d{3,4}-?\d{4}$/

export const KOREAN_MOBILE_MESSAGE = '휴대전화 번호(010-1234-5678 형식)를 입력하세요.'

export function isKoreanMobile(phone: string): boolean {
  return KOREAN_MOBILE.test(phone.trim())
}

export const MIN_BIRTH_YEAR = 1900

/** Null when the birth year is possible (1900..this year by the PC's clock), else a Korean sentence. */
export function birthYearProblem(birthYear: number, now: Date): string | null {
  const thisYear = seoulYear(now)
  if (Number.isInteger(birthYear) && birthYear >= MIN_BIRTH_YEAR && birthYear <= thisYear) return null
  return `출생연도는 ${MIN_BIRTH_YEAR}년부터 ${thisYear}년 사이의 네 자리 숫자로 입력하세요.`
}

const SEOUL_OFFSET_MS = 9 * 3600_000

/** The calendar year in Asia/Seoul at `now` (the program's dates are Seoul dates, whatever the PC's zone). */
export function seoulYear(now: Date): number {
  return new Date(now.getTime() + SEOUL_OFFSET_MS).getUTCFullYear()
}

/** `YYYY-MM-DD` in Asia/Seoul of an instant. */
export function seoulDate(instant: Date | string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime()
  return new Date(ms + SEOUL_OFFSET_MS).toISOString().slice(0, 10)
}

/** An instant as RFC 3339 in Asia/Seoul (2026-12-09T13:58:02+09:00), as the portal writes its own. */
export function seoulInstant(at: Date): string {
  return `${new Date(at.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 19)}+09:00`
}
