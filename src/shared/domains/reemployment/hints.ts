/**
 * The program's conditions (domain-notes §3.1) as hints on a roster row — never blocks: age at
 * the expected retirement, retirement within the window after the session, time with the last
 * employer. The thresholds are settings (HintSettings).
 */
import type { ReemploymentRegistration } from '../../portal/reemployment'
import type { Hint, HintSettings } from './views'

export type HintSubject = Pick<ReemploymentRegistration, 'career' | 'expected_retirement'> & { person: { birth_year: number } }

/** `YYYY-MM-DD` plus whole years (29 February becomes 28 February in a common year). */
export function addYears(date: string, years: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  const target = new Date(Date.UTC(y + years, m - 1, d))
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0)
  return target.toISOString().slice(0, 10)
}

/** Age by birth year (the API has no birth dates): the year minus the birth year. */
export function ageInYear(birthYear: number, year: number): number {
  return year - birthYear
}

/** The hints of one registration for a session on `sessionDate` (YYYY-MM-DD, Seoul). */
export function registrationHints(subject: HintSubject, sessionDate: string, settings: HintSettings): Hint[] {
  const hints: Hint[] = []
  const retirement = subject.expected_retirement
  if (retirement === null) {
    hints.push({ code: 'data_missing', message: '퇴직 예정일이 없어 나이·퇴직 시기 조건을 확인할 수 없습니다.' })
  } else {
    const age = ageInYear(subject.person.birth_year, Number(retirement.slice(0, 4)))
    if (age < settings.minAgeAtRetirement) {
      hints.push({ code: 'age_under_minimum', message: `퇴직 예정일 기준 ${age}세로, ${settings.minAgeAtRetirement}세 미만입니다.` })
    }
    const windowEnd = addYears(sessionDate, settings.retirementWithinYears)
    if (retirement < sessionDate) {
      hints.push({ code: 'retirement_passed', message: `퇴직 예정일(${retirement})이 회차일(${sessionDate})보다 이릅니다.` })
    } else if (retirement > windowEnd) {
      hints.push({
        code: 'retirement_outside_window',
        message: `퇴직 예정일(${retirement})이 회차일로부터 ${settings.retirementWithinYears}년(${windowEnd}) 이후입니다.`
      })
    }
  }
  const career = subject.career
  if (career === null) {
    hints.push({ code: 'data_missing', message: '경력 정보가 없어 근속 기간을 확인할 수 없습니다.' })
  } else {
    const fixedTerm = career.employment_type === 'fixed_term'
    const minimum = fixedTerm ? settings.fixedTermMinTenureYears : settings.minTenureYears
    if (career.years < minimum) {
      hints.push({
        code: 'tenure_short',
        message: `최근 직장 근속 ${career.years}년으로, ${fixedTerm ? '계약직 기준 ' : ''}${minimum}년 미만입니다.`
      })
    }
  }
  return hints
}
