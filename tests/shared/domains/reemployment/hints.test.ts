import { describe, expect, it } from 'vitest'
import { addYears, registrationHints } from '../../../../src/shared/domains/reemployment/hints'
import { birthYearProblem, isKoreanMobile } from '../../../../src/shared/domains/reemployment/rules'
import { HintSettings } from '../../../../src/shared/domains/reemployment/views'

const defaults = HintSettings.parse({})
const career = { last_employer: '서울교통공사', job_field: '회계·경리', years: 27, employment_type: 'regular' as const }

describe('program hints', () => {
  it('has the 재취업지원서비스 defaults', () => {
    expect(defaults).toEqual({ minAgeAtRetirement: 50, retirementWithinYears: 3, minTenureYears: 1, fixedTermMinTenureYears: 3 })
  })

  it('gives no hint when every condition holds', () => {
    expect(registrationHints({ person: { birth_year: 1966 }, career, expected_retirement: '2026-12-31' }, '2026-12-09', defaults)).toEqual([])
  })

  it('flags age under 50 at the expected retirement, a retirement outside the window, and short tenure', () => {
    const hints = registrationHints(
      { person: { birth_year: 1982 }, career: { ...career, years: 0 }, expected_retirement: '2030-06-30' },
      '2026-12-09',
      defaults
    )
    expect(hints.map((h) => h.code)).toEqual(['age_under_minimum', 'retirement_outside_window', 'tenure_short'])
    expect(hints.map((h) => h.message)).toEqual([
      '퇴직 예정일 기준 48세로, 50세 미만입니다.',
      '퇴직 예정일(2030-06-30)이 회차일로부터 3년(2029-12-09) 이후입니다.',
      '최근 직장 근속 0년으로, 1년 미만입니다.'
    ])
  })

  it('uses the fixed-term tenure for fixed-term workers and reads the settings', () => {
    const subject = { person: { birth_year: 1966 }, career: { ...career, years: 2, employment_type: 'fixed_term' as const }, expected_retirement: '2027-03-31' }
    expect(registrationHints(subject, '2026-12-09', defaults).map((h) => h.message)).toEqual(['최근 직장 근속 2년으로, 계약직 기준 3년 미만입니다.'])
    expect(registrationHints(subject, '2026-12-09', { ...defaults, fixedTermMinTenureYears: 2 })).toEqual([])
    expect(registrationHints({ ...subject, expected_retirement: '2026-06-30' }, '2026-12-09', { ...defaults, fixedTermMinTenureYears: 2 }).map((h) => h.code)).toEqual(['retirement_passed'])
  })

  it('says when data is missing', () => {
    expect(registrationHints({ person: { birth_year: 1966 }, career: null, expected_retirement: null }, '2026-12-09', defaults).map((h) => h.code)).toEqual(['data_missing', 'data_missing'])
  })

  it('adds whole years to a date', () => {
    expect(addYears('2026-12-09', 3)).toBe('2029-12-09')
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28')
  })
})

describe('walk-in input', () => {
  it('accepts Korean mobile numbers only', () => {
    expect(isKoreanMobile('010-1234-5678')).toBe(true)
    expect(isKoreanMobile('01012345678')).toBe(true)
    expect(isKoreanMobile('011-234-5678')).toBe(true)
    expect(isKoreanMobile('02-1234-5678')).toBe(false)
    expect(isKoreanMobile('010-12-5678')).toBe(false)
    expect(isKoreanMobile('+82 10 1234 5678')).toBe(false)
  })

  it('accepts birth years from 1900 to this year by the PC clock', () => {
    const now = new Date('2026-12-09T05:00:00Z')
    expect(birthYearProblem(1966, now)).toBeNull()
    expect(birthYearProblem(2026, now)).toBeNull()
    expect(birthYearProblem(2027, now)).toBe('출생연도는 1900년부터 2026년 사이의 네 자리 숫자로 입력하세요.')
    expect(birthYearProblem(1899, now)).not.toBeNull()
  })
})
