import { describe, expect, it } from 'vitest'
import { judgeCompletion, type CourseDayInput } from '../../../../src/shared/domains/reemployment/completion'
import { CompletionSettings } from '../../../../src/shared/domains/reemployment/views'
import type { AttendanceStatus } from '../../../../src/shared/portal'

const defaults = CompletionSettings.parse({})

function course(hours: number[], attendance: (AttendanceStatus | null)[]): CourseDayInput[] {
  return hours.map((h, i) => ({
    day: i + 1,
    hours: h,
    cancelled: false,
    registration: { status: 'registered', attendance: attendance[i] ?? null }
  }))
}

describe('수료 per course', () => {
  it('has the division defaults: 80 %, 출석 and 지각 count, no late rule', () => {
    expect(defaults).toEqual({ minShare: 0.8, countedStatuses: ['present', 'late'], threeLateOrEarlyIsAbsence: false })
  })

  it('a two-day course with both days attended completes', () => {
    const j = judgeCompletion(course([4, 4], ['present', 'present']), defaults)
    expect(j).toMatchObject({ attendedHours: 8, totalHours: 8, share: 1, completed: true, reasons: [] })
  })

  it('a two-day course with one day missed falls short at 80 %, and says why', () => {
    const j = judgeCompletion(course([4, 4], ['present', 'absent']), defaults)
    expect(j).toMatchObject({ attendedHours: 4, totalHours: 8, completed: false })
    expect(j.reasons[0]).toBe('출석 인정 4시간 / 8시간 (50%): 기준 80%에 못 미칩니다.')
    expect(j.reasons).toContain('2일차: 결석(출석으로 인정하지 않음)')
    // The same day not checked at all, or not registered, reads differently.
    expect(judgeCompletion(course([4, 4], ['present', null]), defaults).reasons).toContain('2일차: 출석 기록 없음')
    const notRegistered = judgeCompletion([{ day: 1, hours: 4, cancelled: false, registration: { status: 'registered', attendance: 'present' } }, { day: 2, hours: 4, cancelled: false, registration: null }], defaults)
    expect(notRegistered.reasons).toContain('2일차: 미신청')
    // At 50 % the missed day is enough.
    expect(judgeCompletion(course([4, 4], ['present', 'absent']), { ...defaults, minShare: 0.5 }).completed).toBe(true)
  })

  it('late twice: counted by default, not when only 출석 counts, and not a penalty under the 3-times rule', () => {
    const lateTwice = course([4, 4], ['late', 'late'])
    expect(judgeCompletion(lateTwice, defaults)).toMatchObject({ attendedHours: 8, completed: true })
    const strict = judgeCompletion(lateTwice, { ...defaults, countedStatuses: ['present'] })
    expect(strict).toMatchObject({ attendedHours: 0, completed: false })
    expect(strict.reasons).toContain('1일차: 지각(출석으로 인정하지 않음)')
    const rule = judgeCompletion(lateTwice, { ...defaults, threeLateOrEarlyIsAbsence: true })
    expect(rule).toMatchObject({ attendedHours: 8, completed: true })
    expect(rule.days.map((d) => d.penalised)).toEqual([false, false])
  })

  it('three lates: the third counts as 결석 under the rule', () => {
    const three = course([3, 3, 3, 3, 3], ['late', 'present', 'late', 'late', 'present'])
    expect(judgeCompletion(three, defaults)).toMatchObject({ attendedHours: 15, completed: true })
    const rule = judgeCompletion(three, { ...defaults, threeLateOrEarlyIsAbsence: true })
    expect(rule.days.map((d) => d.penalised)).toEqual([false, false, false, true, false])
    expect(rule).toMatchObject({ attendedHours: 12, share: 0.8, completed: true })
    expect(judgeCompletion(three, { ...defaults, threeLateOrEarlyIsAbsence: true, minShare: 0.9 }).reasons).toContain('4일차: 지각·조퇴 3회째로 결석 처리')
    // 조퇴 counts toward the three as well, and is itself counted only when the settings say so.
    const mixed = course([3, 3, 3], ['late', 'left_early', 'late'])
    const mixedRule = judgeCompletion(mixed, { ...defaults, countedStatuses: ['present', 'late', 'left_early'], threeLateOrEarlyIsAbsence: true })
    expect(mixedRule.attendedHours).toBe(6)
  })

  it('leaves cancelled days out of the course hours', () => {
    const days = course([4, 4], ['present', null])
    days[1]!.cancelled = true
    expect(judgeCompletion(days, defaults)).toMatchObject({ totalHours: 4, attendedHours: 4, completed: true })
  })
})
