import { describe, expect, it } from 'vitest'
import { prefilledScreening, screeningState } from '../../../../src/renderer/src/features/sme/screening'
import type { EligibilityResult } from '../../../../src/shared/domains/sme/views'

const result = (code: string, outcome: EligibilityResult['outcome']): EligibilityResult => ({ code, label: code, kind: 'is_true', outcome, evidence: '' })

describe('screening form rules', () => {
  it('pre-fills 부적격 with the criteria that fail or have no data, never the manual ones', () => {
    const checklist = [result('a', 'pass'), result('b', 'fail'), result('c', 'missing'), result('d', 'manual')]
    expect(prefilledScreening(checklist)).toEqual({ result: 'ineligible', failedCriteria: ['b', 'c'] })
    expect(prefilledScreening([result('a', 'pass'), result('d', 'manual')])).toEqual({ result: 'eligible', failedCriteria: [] })
  })

  it('the checklist as it is: 적격 needs no note, 부적격 always does', () => {
    expect(screeningState({ result: 'eligible', failedCriteria: [], note: '' }, [])).toMatchObject({ overridden: false, noteRequired: false, blockedReason: null })
    const ineligible = screeningState({ result: 'ineligible', failedCriteria: ['b'], note: ' ' }, ['b'])
    expect(ineligible).toMatchObject({ overridden: false, noteRequired: true })
    expect(ineligible.blockedReason).toBe('부적격으로 기록하려면 검토 의견을 적어야 합니다.')
    expect(screeningState({ result: 'ineligible', failedCriteria: ['b'], note: '확인함' }, ['b']).blockedReason).toBeNull()
  })

  it('an override (적격 while criteria fail, or other criteria named) needs a note', () => {
    const eligibleAnyway = screeningState({ result: 'eligible', failedCriteria: ['b'], note: '' }, ['b'])
    expect(eligibleAnyway).toMatchObject({ overridden: true, noteRequired: true, failedCriteria: [] })
    expect(eligibleAnyway.blockedReason).toBe('점검 결과와 다르게 판단하려면 검토 의견을 적어야 합니다.')
    expect(screeningState({ result: 'ineligible', failedCriteria: ['a'], note: '' }, []).overridden).toBe(true)
    expect(screeningState({ result: 'ineligible', failedCriteria: ['b', 'c'], note: '' }, ['c', 'b']).overridden).toBe(false)
    expect(screeningState({ result: 'ineligible', failedCriteria: ['b', 'b'], note: 'x' }, ['b']).failedCriteria).toEqual(['b'])
  })
})
