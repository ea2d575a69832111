import { describe, expect, it } from 'vitest'
import {
  calendarDayLabel,
  clockTime,
  clockTimeWithSeconds,
  dayRangeLabel,
  isWeekend,
  monthDay,
  monthLabel,
  seoulDay,
  seoulMonth,
  sessionDay,
  sessionWhen,
  shiftMonth,
  weekIndexOf,
  weekLabel,
  weeksOfMonth
} from '../../../src/renderer/src/features/reemployment/dates'

describe('reemployment dates (always Asia/Seoul)', () => {
  it('shows a session on its Seoul day and time, whatever offset the instant carries', () => {
    expect(sessionDay('2026-12-09T14:00:00+09:00')).toBe('12월 9일 (수)')
    // 23:30 UTC on the 8th is already the 9th in Seoul.
    expect(sessionDay('2026-12-08T23:30:00Z')).toBe('12월 9일 (수)')
    expect(seoulDay('2026-12-08T23:30:00Z')).toBe('2026-12-09')
    expect(seoulMonth('2026-11-30T15:00:00Z')).toBe('2026-12')
    expect(clockTime('2026-12-08T23:30:00Z')).toBe('08:30')
    expect(clockTimeWithSeconds('2026-12-09T14:02:31+09:00')).toBe('14:02:31')
    expect(sessionWhen('2026-12-09T14:00:00+09:00', '2026-12-09T17:00:00+09:00')).toBe('12월 9일 (수) 14:00–17:00')
    expect(monthDay('2026-12-09T00:10:00+09:00')).toBe('12월 9일')
  })

  it('steps months across a year end', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2027-01', -1)).toBe('2026-12')
    expect(shiftMonth('2026-03', -14)).toBe('2025-01')
    expect(monthLabel('2026-12')).toBe('2026년 12월')
  })

  it('lays December 2026 out in Monday-to-Sunday weeks, the days beyond the month included', () => {
    const weeks = weeksOfMonth('2026-12')
    // 2026-12-01 is a Tuesday, 2026-12-31 a Thursday.
    expect(weeks.map((w) => w.from)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28'])
    expect(weeks[0]!.days).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'])
    expect(weeks[0]!.to).toBe('2026-12-07')
    expect(weeks.at(-1)!.days.at(-1)).toBe('2027-01-03')
    expect(weekLabel(weeks[0]!)).toBe('11월 30일 – 12월 6일')
    expect(dayRangeLabel('2026-12-28', '2027-01-03')).toBe('12월 28일 – 1월 3일')
  })

  it('starts a month on Monday without an extra week (February 2027 begins on a Monday)', () => {
    const weeks = weeksOfMonth('2027-02')
    expect(weeks[0]!.from).toBe('2027-02-01')
    expect(weeks).toHaveLength(4)
  })

  it('finds the week of a day, and falls back to the first week outside the month', () => {
    const weeks = weeksOfMonth('2026-12')
    expect(weekIndexOf(weeks, '2026-12-09')).toBe(1)
    expect(weekIndexOf(weeks, '2026-12-06')).toBe(0)
    expect(weekIndexOf(weeks, '2026-12-07')).toBe(1)
    expect(weekIndexOf(weeks, '2027-03-01')).toBe(0)
  })

  it('labels calendar columns and weekends', () => {
    expect(calendarDayLabel('2026-12-09')).toBe('9 (수)')
    expect(isWeekend('2026-12-05')).toBe(true)
    expect(isWeekend('2026-12-06')).toBe(true)
    expect(isWeekend('2026-12-07')).toBe(false)
  })
})
