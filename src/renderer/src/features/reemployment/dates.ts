/**
 * Dates and times of sessions, always in Asia/Seoul: the sessions happen in Seoul, whatever zone the
 * PC is set to. Pure, so the week calendar and the list read the same day for the same instant.
 */

const SEOUL = 'Asia/Seoul'
const DAY_MS = 86_400_000

const dayFormat = new Intl.DateTimeFormat('ko-KR', { timeZone: SEOUL, month: 'numeric', day: 'numeric', weekday: 'short' })
const timeFormat = new Intl.DateTimeFormat('ko-KR', { timeZone: SEOUL, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
const secondsFormat = new Intl.DateTimeFormat('ko-KR', {
  timeZone: SEOUL,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23'
})
const weekdayFormat = new Intl.DateTimeFormat('ko-KR', { timeZone: 'UTC', weekday: 'short' })

function parts(format: Intl.DateTimeFormat, instant: string | Date): Record<string, string> {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  return Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]))
}

/** "12월 9일 (수)" */
export function sessionDay(instant: string): string {
  const p = parts(dayFormat, instant)
  return `${p.month}월 ${p.day}일 (${p.weekday})`
}

/** "12월 9일" */
export function monthDay(instant: string): string {
  const p = parts(dayFormat, instant)
  return `${p.month}월 ${p.day}일`
}

/** "14:00" */
export function clockTime(instant: string | Date): string {
  const p = parts(timeFormat, instant)
  return `${p.hour}:${p.minute}`
}

/** "14:02:31": a check-in's time, to the second (two PCs' times side by side). */
export function clockTimeWithSeconds(instant: string | Date): string {
  const p = parts(secondsFormat, instant)
  return `${p.hour}:${p.minute}:${p.second}`
}

/** "14:00–17:00" */
export function timeRange(startsAt: string, endsAt: string): string {
  return `${clockTime(startsAt)}–${clockTime(endsAt)}`
}

/** "12월 9일 (수) 14:00–17:00" */
export function sessionWhen(startsAt: string, endsAt: string): string {
  return `${sessionDay(startsAt)} ${timeRange(startsAt, endsAt)}`
}

/** `YYYY-MM-DD` of an instant in Seoul. */
export function seoulDay(instant: string | Date): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime()
  return new Date(ms + 9 * 3600_000).toISOString().slice(0, 10)
}

/** `YYYY-MM` of an instant in Seoul. */
export function seoulMonth(instant: string | Date): string {
  return seoulDay(instant).slice(0, 7)
}

function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`)
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** "2026-12" → "2027-01" (delta 1), "2026-11" (delta −1). */
export function shiftMonth(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + (m - 1) + delta
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** "2026-12" → "2026년 12월" */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return `${year}년 ${m}월`
}

export interface CalendarWeek {
  /** Monday, `YYYY-MM-DD`. */
  from: string
  /** The Monday after (exclusive), as the sessions channel takes it. */
  to: string
  /** Monday..Sunday. */
  days: string[]
}

/** The Monday-to-Sunday weeks that hold a day of `month` (`YYYY-MM`), in order. */
export function weeksOfMonth(month: string): CalendarWeek[] {
  const first = dayMs(`${month}-01`)
  const next = dayMs(`${shiftMonth(month, 1)}-01`)
  // getUTCDay: 0 = Sunday; the week starts on Monday.
  const mondayOffset = (new Date(first).getUTCDay() + 6) % 7
  const weeks: CalendarWeek[] = []
  for (let monday = first - mondayOffset * DAY_MS; monday < next; monday += 7 * DAY_MS) {
    const days = Array.from({ length: 7 }, (_, i) => dayOf(monday + i * DAY_MS))
    weeks.push({ from: days[0]!, to: dayOf(monday + 7 * DAY_MS), days })
  }
  return weeks
}

/** The index in `weeks` of the week holding `day` (0 when none does). */
export function weekIndexOf(weeks: readonly CalendarWeek[], day: string): number {
  const index = weeks.findIndex((w) => w.from <= day && day < w.to)
  return index < 0 ? 0 : index
}

/** "9 (수)" for a calendar column. */
export function calendarDayLabel(day: string): string {
  const weekday = weekdayFormat.format(new Date(`${day}T00:00:00Z`))
  return `${Number(day.slice(8, 10))} (${weekday})`
}

/** "12월 7일 – 12월 13일" for a week. */
export function weekLabel(week: CalendarWeek): string {
  return dayRangeLabel(week.days[0]!, week.days[6]!)
}

/** "11월 30일 – 12월 6일" for two days `YYYY-MM-DD` (both shown as given). */
export function dayRangeLabel(from: string, to: string): string {
  const short = (day: string) => `${Number(day.slice(5, 7))}월 ${Number(day.slice(8, 10))}일`
  return `${short(from)} – ${short(to)}`
}

/** Whether `day` (`YYYY-MM-DD`) is a Saturday or Sunday. */
export function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday === 0 || weekday === 6
}
