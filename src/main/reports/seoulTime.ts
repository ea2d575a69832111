import { instantSerial, wallClockOf, type WallClock } from './write/seoulTime'

// Dates and times as 요약 and file names show them, in Asia/Seoul whatever the PC's zone (see
// write/seoulTime.ts: a fixed +09:00, Korea keeps no daylight saving time).

/** The Seoul wall clock of an instant, by the same arithmetic the writers use for Excel's dates. */
function seoulParts(at: Date | string): WallClock {
  const serial = instantSerial(new Date(at).toISOString())
  if (serial === null) throw new RangeError(`not a time Excel can show: ${String(at)}`)
  return wallClockOf(serial)
}

const two = (n: number) => String(n).padStart(2, '0')

/** The official style "2026. 12. 3.". */
export function seoulOfficialDate(at: Date | string): string {
  const { year, month, day } = seoulParts(at)
  return `${year}. ${month}. ${day}.`
}

/** "09:12". */
export function seoulClock(at: Date | string): string {
  const { hour, minute } = seoulParts(at)
  return `${two(hour)}:${two(minute)}`
}

/** "20261203", for file names. */
export function seoulCompactDate(at: Date | string): string {
  const { year, month, day } = seoulParts(at)
  return `${year}${two(month)}${two(day)}`
}
