import { describe, expect, it } from 'vitest'
import { attendanceLine, fillPercent, seatsLine } from '../../../src/renderer/src/features/reemployment/checkInCounts'
import { CHECK_IN_KEYS, moveHighlight, secondsLeft, statusForKey } from '../../../src/renderer/src/features/reemployment/checkInKeys'
import { paginateSheet } from '../../../src/renderer/src/features/reemployment/signInSheetPages'

const counts = { registered: 40, waitlisted: 0, cancelled: 1, present: 23, late: 2, left_early: 0, absent: 0, unchecked: 15, walkIns: 3 }

describe('check-in mode counts', () => {
  it('reads as the session room expects: 출석 23 · 지각 2 · 미확인 15 / 확정 40 · 현장 3', () => {
    expect(attendanceLine(counts)).toBe('출석 23 · 지각 2 · 미확인 15')
    expect(seatsLine(counts)).toBe('확정 40 · 현장 3')
  })

  it('adds 조퇴, 결석 and 대기 only once someone has them', () => {
    const later = { ...counts, left_early: 1, absent: 2, unchecked: 12, waitlisted: 4 }
    expect(attendanceLine(later)).toBe('출석 23 · 지각 2 · 조퇴 1 · 결석 2 · 미확인 12')
    expect(seatsLine(later)).toBe('확정 40 · 현장 3 · 대기 4')
  })

  it('fills the capacity bar by the share of seats taken, never past full', () => {
    expect(fillPercent(30, 40)).toBe(75)
    expect(fillPercent(41, 40)).toBe(100)
    expect(fillPercent(0, 0)).toBe(0)
  })
})

describe('check-in mode keys', () => {
  it('Enter is 출석; 지각, 조퇴, 결석 sit on function keys that never type into the search box', () => {
    expect(statusForKey('Enter')).toBe('present')
    expect(statusForKey('F2')).toBe('late')
    expect(statusForKey('F3')).toBe('left_early')
    expect(statusForKey('F4')).toBe('absent')
    expect(statusForKey('a')).toBeNull()
    expect(statusForKey('4')).toBeNull()
    expect(new Set(Object.values(CHECK_IN_KEYS)).size).toBe(4)
  })

  it('moves the highlight within the list', () => {
    expect(moveHighlight(0, 1, 3)).toBe(1)
    expect(moveHighlight(2, 1, 3)).toBe(2)
    expect(moveHighlight(0, -1, 3)).toBe(0)
    expect(moveHighlight(-1, 1, 3)).toBe(0)
    expect(moveHighlight(-1, -1, 3)).toBe(2)
    expect(moveHighlight(0, 1, 0)).toBe(-1)
  })

  it('counts the undo window down in whole seconds', () => {
    const until = '2026-12-09T14:00:10+09:00'
    const at = (iso: string) => Date.parse(iso)
    expect(secondsLeft(until, at('2026-12-09T14:00:00+09:00'))).toBe(10)
    expect(secondsLeft(until, at('2026-12-09T14:00:09.200+09:00'))).toBe(1)
    expect(secondsLeft(until, at('2026-12-09T14:00:10+09:00'))).toBe(0)
    expect(secondsLeft(until, at('2026-12-09T14:01:00+09:00'))).toBe(0)
  })
})

describe('sign-in sheet pages', () => {
  const rows = Array.from({ length: 40 }, (_, i) => ({ no: i + 1 }))

  it('breaks pages between rows only, in order', () => {
    const pages = paginateSheet(rows, 18)
    expect(pages.map((p) => p.rows.length)).toEqual([18, 18, 4])
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3])
    expect(pages.flatMap((p) => p.rows)).toEqual(rows)
    expect(pages[1]!.rows[0]).toEqual({ no: 19 })
  })

  it('fills the last page exactly when the rows divide evenly', () => {
    expect(paginateSheet(rows.slice(0, 36), 18).map((p) => p.rows.length)).toEqual([18, 18])
  })

  it('prints one page with the header and an empty table when no one is 확정', () => {
    expect(paginateSheet([], 18)).toEqual([{ number: 1, rows: [] }])
  })
})
