import { describe, expect, it } from 'vitest'
import { ELIGIBILITY_KINDS, type EligibilityCriterion } from '../../../../src/shared/portal/smeApplications'
import {
  eligibilityFailures,
  eligibilityManual,
  evaluateEligibility,
  fullYearsBetween
} from '../../../../src/shared/domains/sme/eligibility'

const REFERENCE_DATE = '2026-06-30'

/** The round's checklist as the contract's vocabulary writes it (§6). */
const CRITERIA: EligibilityCriterion[] = [
  { code: 'seoul_hq', label: '서울 소재 본사', kind: 'is_true', params: { field: 'headquarters_in_seoul' } },
  { code: 'sme', label: '중소기업 해당', kind: 'is_true', params: { field: 'sme_confirmed' } },
  { code: 'public_certification_valid', label: '공공기관 인증 보유', kind: 'certification_valid', params: {} },
  { code: 'no_wage_arrears', label: '임금체불 없음', kind: 'is_false', params: { field: 'wage_arrears' } },
  { code: 'no_fatal_accident', label: '산재 사망사고 없음', kind: 'at_most', params: { field: 'industrial_accident_deaths', max: 0 } },
  { code: 'no_tax_delinquency', label: '체납 없음', kind: 'is_false', params: { field: 'tax_delinquent' } },
  { code: 'min_insured_employees', label: '고용보험 피보험자 수', kind: 'at_least', params: { field: 'insured_employees', min: 10 } },
  { code: 'min_years_in_business', label: '업력', kind: 'years_since_at_least', params: { field: 'founded_on', min: 3 } }
]

const COMPANY = {
  name: '(주)한강소프트',
  headquarters_in_seoul: true,
  sme_confirmed: true,
  founded_on: '2016-04-01',
  insured_employees: 40,
  public_certifications: [{ name: '서울경제진흥원 하이서울기업', valid_until: '2027-12-31' }],
  wage_arrears: false,
  industrial_accident_deaths: 0,
  tax_delinquent: false
}

function one(criterion: EligibilityCriterion, company: Record<string, unknown>, referenceDate = REFERENCE_DATE) {
  const [result] = evaluateEligibility(company, { eligibility: [criterion], reference_date: referenceDate })
  return result!
}

const byCode = (code: string) => CRITERIA.find((criterion) => criterion.code === code)!

describe('evaluateEligibility', () => {
  it('gives every criterion in the criteria order, all passing for a company that meets them, with Korean evidence', () => {
    const results = evaluateEligibility(COMPANY, { eligibility: CRITERIA, reference_date: REFERENCE_DATE })
    expect(results.map((result) => [result.code, result.outcome, result.evidence])).toEqual([
      ['seoul_hq', 'pass', '서울 본사 여부: 예'],
      ['sme', 'pass', '중소기업확인서: 예'],
      ['public_certification_valid', 'pass', '유효한 공공 인증: 서울경제진흥원 하이서울기업 (2027-12-31까지)'],
      ['no_wage_arrears', 'pass', '임금체불 여부: 아니요'],
      ['no_fatal_accident', 'pass', '산업재해 사망자 수 0명 ≤ 0명'],
      ['no_tax_delinquency', 'pass', '세금 체납 여부: 아니요'],
      ['min_insured_employees', 'pass', '고용보험 가입자 수 40명 ≥ 10명'],
      ['min_years_in_business', 'pass', '업력 10년 ≥ 3년 (설립일 2016-04-01, 기준일 2026-06-30)']
    ])
    expect(results[0]).toEqual({ code: 'seoul_hq', label: '서울 소재 본사', kind: 'is_true', outcome: 'pass', evidence: '서울 본사 여부: 예' })
    expect(eligibilityFailures(results)).toEqual([])
    expect(eligibilityManual(results)).toEqual([])
  })

  describe('at_least', () => {
    const criterion = byCode('min_insured_employees')
    it('passes at exactly the minimum and fails one below', () => {
      expect(one(criterion, { insured_employees: 10 })).toMatchObject({ outcome: 'pass', evidence: '고용보험 가입자 수 10명 ≥ 10명' })
      expect(one(criterion, { insured_employees: 9 })).toMatchObject({ outcome: 'fail', evidence: '고용보험 가입자 수 9명 < 10명' })
    })

    it('takes its field and threshold from params only', () => {
      const other: EligibilityCriterion = { code: 'youth', label: '청년 고용', kind: 'at_least', params: { field: 'youth_employees', min: 5 } }
      expect(one(other, { youth_employees: 5, insured_employees: 0 })).toMatchObject({ outcome: 'pass', evidence: '청년 근로자 수 5명 ≥ 5명' })
      const ratio: EligibilityCriterion = { code: 'regular', label: '정규직', kind: 'at_least', params: { field: 'regular_ratio', min: 0.8 } }
      expect(one(ratio, { regular_ratio: 0.75 })).toMatchObject({ outcome: 'fail', evidence: '정규직 비율 75% < 80%' })
    })

    it('says 자료 없음 for a missing, mistyped or non-finite value', () => {
      expect(one(criterion, {})).toMatchObject({ outcome: 'missing', evidence: '자료 없음 (고용보험 가입자 수)' })
      expect(one(criterion, { insured_employees: null })).toMatchObject({ outcome: 'missing', evidence: '자료 없음 (고용보험 가입자 수)' })
      const typed = one(criterion, { insured_employees: '40' })
      expect(typed.outcome).toBe('missing')
      expect(typed.evidence).toMatch(/^자료 없음 \(고용보험 가입자 수 .*"40"\)$/)
      expect(one(criterion, { insured_employees: Number.NaN }).outcome).toBe('missing')
    })
  })

  describe('at_most', () => {
    const criterion = byCode('no_fatal_accident')
    it('passes at exactly the maximum and fails one above', () => {
      expect(one(criterion, { industrial_accident_deaths: 0 })).toMatchObject({ outcome: 'pass', evidence: '산업재해 사망자 수 0명 ≤ 0명' })
      expect(one(criterion, { industrial_accident_deaths: 1 })).toMatchObject({ outcome: 'fail', evidence: '산업재해 사망자 수 1명 > 0명' })
      const two: EligibilityCriterion = { ...criterion, params: { field: 'industrial_accident_deaths', max: 2 } }
      expect(one(two, { industrial_accident_deaths: 2 }).outcome).toBe('pass')
      expect(one(two, { industrial_accident_deaths: 3 }).outcome).toBe('fail')
    })
  })

  describe('is_true / is_false', () => {
    it('is_true passes only on true', () => {
      const criterion = byCode('seoul_hq')
      expect(one(criterion, { headquarters_in_seoul: true })).toMatchObject({ outcome: 'pass', evidence: '서울 본사 여부: 예' })
      expect(one(criterion, { headquarters_in_seoul: false })).toMatchObject({ outcome: 'fail', evidence: '서울 본사 여부: 아니요' })
      expect(one(criterion, {})).toMatchObject({ outcome: 'missing', evidence: '자료 없음 (서울 본사 여부)' })
      expect(one(criterion, { headquarters_in_seoul: 'true' }).outcome).toBe('missing')
      expect(one(criterion, { headquarters_in_seoul: 1 }).outcome).toBe('missing')
    })

    it('is_false passes only on false', () => {
      const criterion = byCode('no_tax_delinquency')
      expect(one(criterion, { tax_delinquent: false })).toMatchObject({ outcome: 'pass', evidence: '세금 체납 여부: 아니요' })
      expect(one(criterion, { tax_delinquent: true })).toMatchObject({ outcome: 'fail', evidence: '세금 체납 여부: 예' })
      expect(one(criterion, {})).toMatchObject({ outcome: 'missing', evidence: '자료 없음 (세금 체납 여부)' })
      expect(one(criterion, { tax_delinquent: 'false' }).outcome).toBe('missing')
    })

    it('an optional field left out (sme_confirmed) is 자료 없음, not a fail or a pass', () => {
      expect(one(byCode('sme'), { headquarters_in_seoul: true })).toMatchObject({ outcome: 'missing', evidence: '자료 없음 (중소기업확인서)' })
    })
  })

  describe('years_since_at_least', () => {
    const criterion = byCode('min_years_in_business')
    it('passes when founded exactly 3 years before the reference date and fails one day later', () => {
      expect(one(criterion, { founded_on: '2023-06-30' })).toMatchObject({
        outcome: 'pass',
        evidence: '업력 3년 ≥ 3년 (설립일 2023-06-30, 기준일 2026-06-30)'
      })
      expect(one(criterion, { founded_on: '2023-07-01' })).toMatchObject({
        outcome: 'fail',
        evidence: '업력 2년 < 3년 (설립일 2023-07-01, 기준일 2026-06-30)'
      })
    })

    it('counts a 02-29 founding by the calendar', () => {
      // Founded on a leap day, judged on 02-28 of a common year: the third year is not complete until 03-01.
      expect(one(criterion, { founded_on: '2020-02-29' }, '2023-02-28').outcome).toBe('fail')
      expect(one(criterion, { founded_on: '2020-02-29' }, '2023-03-01').outcome).toBe('pass')
      expect(one(criterion, { founded_on: '2021-02-28' }, '2024-02-29').outcome).toBe('pass')
    })

    it('says 자료 없음 for a missing or impossible date', () => {
      expect(one(criterion, {})).toMatchObject({ outcome: 'missing', evidence: '자료 없음 (설립일)' })
      expect(one(criterion, { founded_on: '2023-02-30' }).outcome).toBe('missing')
      expect(one(criterion, { founded_on: '2023/06/30' }).outcome).toBe('missing')
      expect(one(criterion, { founded_on: 20230630 }).outcome).toBe('missing')
    })

    it('names a field without a word of its own by its label', () => {
      const other: EligibilityCriterion = { code: 'x', label: 'x', kind: 'years_since_at_least', params: { field: 'certified_on', min: 1 } }
      expect(one(other, { certified_on: '2024-01-01' }).evidence).toBe('certified_on 이후 2년 ≥ 1년 (certified_on 2024-01-01, 기준일 2026-06-30)')
    })
  })

  describe('certification_valid', () => {
    const criterion = byCode('public_certification_valid')
    it('passes with a certification valid until the reference date itself and fails when it ended the day before', () => {
      expect(one(criterion, { public_certifications: [{ name: '중소벤처기업부 벤처기업', valid_until: '2026-06-30' }] })).toMatchObject({
        outcome: 'pass',
        evidence: '유효한 공공 인증: 중소벤처기업부 벤처기업 (2026-06-30까지)'
      })
      expect(one(criterion, { public_certifications: [{ name: '중소벤처기업부 벤처기업', valid_until: '2026-06-29' }] })).toMatchObject({
        outcome: 'fail',
        evidence: '유효한 공공 인증 없음 (중소벤처기업부 벤처기업 2026-06-29 만료)'
      })
    })

    it('passes when one of several is valid, and fails with none at all', () => {
      const certs = [
        { name: '중소벤처기업부 벤처기업', valid_until: '2025-12-31' },
        { name: '서울경제진흥원 하이서울기업', valid_until: '2027-12-31' }
      ]
      expect(one(criterion, { public_certifications: certs })).toMatchObject({
        outcome: 'pass',
        evidence: '유효한 공공 인증: 서울경제진흥원 하이서울기업 (2027-12-31까지)'
      })
      expect(one(criterion, { public_certifications: [] })).toMatchObject({ outcome: 'fail', evidence: '유효한 공공 인증 없음' })
      expect(one(criterion, {})).toMatchObject({ outcome: 'missing', evidence: '자료 없음 (공공 인증)' })
      expect(one(criterion, { public_certifications: '하이서울기업' }).outcome).toBe('missing')
    })

    it('reads another list when params name one', () => {
      const other: EligibilityCriterion = { ...criterion, params: { field: 'other_certs' } }
      expect(one(other, { other_certs: [{ name: 'A', valid_until: '2030-01-01' }], public_certifications: [] }).outcome).toBe('pass')
    })
  })

  describe('params missing or mistyped', () => {
    it('is 자료 없음, naming the field', () => {
      const noMin: EligibilityCriterion = { code: 'm', label: 'm', kind: 'at_least', params: { field: 'insured_employees' } }
      expect(one(noMin, { insured_employees: 40 })).toMatchObject({
        outcome: 'missing',
        evidence: '자료 없음 (고용보험 가입자 수의 기준값이 심사 기준에 없습니다)'
      })
      const textMin: EligibilityCriterion = { ...noMin, params: { field: 'insured_employees', min: '10' } }
      expect(one(textMin, { insured_employees: 40 }).outcome).toBe('missing')
      const noMax: EligibilityCriterion = { code: 'm', label: 'm', kind: 'at_most', params: { field: 'industrial_accident_deaths', min: 0 } }
      expect(one(noMax, { industrial_accident_deaths: 0 }).outcome).toBe('missing')
      const noYears: EligibilityCriterion = { code: 'y', label: 'y', kind: 'years_since_at_least', params: { field: 'founded_on' } }
      expect(one(noYears, { founded_on: '2016-04-01' })).toMatchObject({ outcome: 'missing', evidence: '자료 없음 (설립일의 기준값이 심사 기준에 없습니다)' })
    })

    it('is 자료 없음 without a field to read', () => {
      for (const params of [{}, { field: '' }, { field: 3 }]) {
        const criterion: EligibilityCriterion = { code: 'b', label: 'b', kind: 'is_true', params }
        expect(one(criterion, { headquarters_in_seoul: true })).toMatchObject({
          outcome: 'missing',
          evidence: '자료 없음 (심사 기준에 확인할 항목이 지정되지 않았습니다)'
        })
      }
      const badList: EligibilityCriterion = { code: 'c', label: 'c', kind: 'certification_valid', params: { field: 7 } }
      expect(one(badList, COMPANY).outcome).toBe('missing')
    })

    it('does not read Object.prototype members as company fields', () => {
      const criterion: EligibilityCriterion = { code: 'p', label: 'p', kind: 'is_false', params: { field: 'constructor' } }
      expect(one(criterion, {}).outcome).toBe('missing')
    })
  })

  it('evaluates every kind the schema lists (none of them falls through to 직접 확인)', () => {
    const results = evaluateEligibility(COMPANY, { eligibility: CRITERIA, reference_date: REFERENCE_DATE })
    expect(new Set(results.map((result) => result.kind))).toEqual(new Set(ELIGIBILITY_KINDS))
    expect(results.every((result) => result.outcome !== 'manual')).toBe(true)
  })

  it('shows an unknown kind as 직접 확인, never a pass', () => {
    const unknown: EligibilityCriterion = { code: 'credit_rating', label: '신용등급', kind: 'credit_grade_at_least', params: { field: 'credit', min: 'BB' } }
    const results = evaluateEligibility(COMPANY, { eligibility: [...CRITERIA, unknown], reference_date: REFERENCE_DATE })
    expect(results.at(-1)).toEqual({
      code: 'credit_rating',
      label: '신용등급',
      kind: 'credit_grade_at_least',
      outcome: 'manual',
      evidence: '직접 확인 (이 프로그램이 모르는 기준 종류: credit_grade_at_least)'
    })
    expect(eligibilityManual(results)).toEqual(['credit_rating'])
    expect(eligibilityFailures(results)).toEqual([])
  })

  it('lists fails and 자료 없음 as failures, in criteria order', () => {
    const company = { ...COMPANY, insured_employees: 9, sme_confirmed: undefined, tax_delinquent: true }
    const results = evaluateEligibility(company, { eligibility: CRITERIA, reference_date: REFERENCE_DATE })
    expect(eligibilityFailures(results)).toEqual(['sme', 'no_tax_delinquency', 'min_insured_employees'])
  })
})

describe('fullYearsBetween', () => {
  it('counts full calendar years', () => {
    expect(fullYearsBetween('2016-04-01', '2026-06-30')).toBe(10)
    expect(fullYearsBetween('2023-06-30', '2026-06-30')).toBe(3)
    expect(fullYearsBetween('2023-07-01', '2026-06-30')).toBe(2)
    expect(fullYearsBetween('2026-06-30', '2026-06-30')).toBe(0)
    expect(fullYearsBetween('2025-12-31', '2026-01-01')).toBe(0)
  })

  it('completes a 02-29 year on 03-01 of a common year and on 02-29 of a leap year', () => {
    expect(fullYearsBetween('2024-02-29', '2025-02-28')).toBe(0)
    expect(fullYearsBetween('2024-02-29', '2025-03-01')).toBe(1)
    expect(fullYearsBetween('2024-02-29', '2028-02-28')).toBe(3)
    expect(fullYearsBetween('2024-02-29', '2028-02-29')).toBe(4)
    expect(fullYearsBetween('2023-02-28', '2024-02-29')).toBe(1)
  })

  it('counts backwards when the first date is later, and is NaN for a date that is not a day', () => {
    expect(fullYearsBetween('2026-07-01', '2026-06-30')).toBe(0)
    expect(fullYearsBetween('2030-06-30', '2026-06-30')).toBe(-4)
    expect(fullYearsBetween('2025-02-29', '2026-06-30')).toBeNaN()
    expect(fullYearsBetween('2100-02-29', '2200-01-01')).toBeNaN()
    expect(fullYearsBetween('2000-02-29', '2001-03-01')).toBe(1)
    expect(fullYearsBetween('2026-13-01', '2026-06-30')).toBeNaN()
    expect(fullYearsBetween('', '2026-06-30')).toBeNaN()
  })
})
