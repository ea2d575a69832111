/**
 * Dates and times as Excel serial numbers on the Asia/Seoul wall clock, computed by arithmetic alone.
 *
 * Excel stores a date as days since 1899-12-30 and has no time zones: the number is what the reader
 * sees. JS Date objects handed to a writer are converted with the process's zone, so the same file
 * would differ between a PC set to UTC and one set to Seoul. Everything here goes through Date.UTC and
 * a fixed offset (Korea has no daylight saving time), so `process.env.TZ` never changes a result.
 */

const MS_PER_MINUTE = 60_000
const MS_PER_DAY = 86_400_000
const SEOUL_OFFSET_MS = 9 * 60 * MS_PER_MINUTE
/** Days from Excel's day zero (1899-12-30) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569
/** Excel's 1900 system misnumbers days before 1900-03-01 (its fictitious 1900-02-29): such dates stay text. */
const FIRST_SAFE_YEAR = 1901
const LAST_YEAR = 9999

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i
const CLOCK = /^(\d{2}):(\d{2})(?::(\d{2}))?$/

/** The parts of a wall-clock time, as Excel shows them. */
export interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
}

/** UTC milliseconds of a calendar date, or null when the date does not exist (2026-02-30). */
function calendarMs(year: number, month: number, day: number): number | null {
  if (year < FIRST_SAFE_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return null
  const ms = Date.UTC(year, month - 1, day)
  return new Date(ms).getUTCDate() === day ? ms : null
}

function serialOfWallMs(wallMs: number): number {
  return wallMs / MS_PER_DAY + UNIX_EPOCH_SERIAL
}

/** `YYYY-MM-DD` → the serial of that day, or null when it is not a real date Excel can hold. */
export function dateSerial(text: string): number | null {
  const match = DATE.exec(text)
  if (!match) return null
  const ms = calendarMs(Number(match[1]), Number(match[2]), Number(match[3]))
  return ms === null ? null : serialOfWallMs(ms)
}

function offsetMs(zone: string): number {
  if (zone === 'Z' || zone === 'z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * MS_PER_MINUTE
}

/**
 * An ISO date-time → the serial of the Seoul wall clock at that instant. With an offset (`Z`, `+09:00`)
 * it is an instant; without one it is already a Seoul wall-clock time (the portal's and the app's only
 * zone). A bare `YYYY-MM-DD` is midnight of that day. Null when it is not a real time.
 */
export function instantSerial(text: string): number | null {
  const date = dateSerial(text)
  if (date !== null) return date
  const match = INSTANT.exec(text)
  if (!match) return null
  const dayMs = calendarMs(Number(match[1]), Number(match[2]), Number(match[3]))
  const hour = Number(match[4])
  const minute = Number(match[5])
  const second = Number(match[6] ?? 0)
  if (dayMs === null || hour > 23 || minute > 59 || second > 59) return null
  const fractionMs = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0
  const localMs = dayMs + ((hour * 60 + minute) * 60 + second) * 1000 + fractionMs
  const zone = match[8]
  const wallMs = zone === undefined ? localMs : localMs - offsetMs(zone) + SEOUL_OFFSET_MS
  const serial = serialOfWallMs(wallMs)
  return serial < serialOfWallMs(Date.UTC(FIRST_SAFE_YEAR, 0, 1)) ? null : serial
}

/** `HH:mm` or `HH:mm:ss` (a time of day without a date) → the fraction of a day. */
export function clockSerial(text: string): number | null {
  const match = CLOCK.exec(text)
  if (!match) return null
  const hour = Number(match[1])
  const minute = Number(match[2])
  const second = Number(match[3] ?? 0)
  if (hour > 23 || minute > 59 || second > 59) return null
  return ((hour * 60 + minute) * 60 + second) / 86_400
}

/**
 * A serial back to the wall clock it stands for, to the minute as `hh:mm` shows it (seconds are cut,
 * after rounding away the binary noise of the division).
 */
export function wallClockOf(serial: number): WallClock {
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY / 1000) * 1000
  const minuteMs = Math.floor(ms / MS_PER_MINUTE) * MS_PER_MINUTE
  const at = new Date(minuteMs)
  return {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    day: at.getUTCDate(),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes()
  }
}
