import { describe, expect, it } from 'vitest'
import {
  ABSTENTION_KIND_LABELS,
  DOCUMENT_KIND_LABELS,
  ELIGIBILITY_OUTCOME_LABELS,
  SHEET_STATE_LABELS,
  SME_APPLICATION_FIELD_LABELS,
  SME_COMPANY_FIELD_FORMATS,
  SME_SCORE_DEFINITIONS,
  WORK_LIFE_BENEFIT_LABELS,
  companyFieldLabel,
  evaluatorLetter,
  yearsSinceLabel
} from '../../../../src/shared/domains/sme/labels'
import { ELIGIBILITY_OUTCOMES, SHEET_STATES } from '../../../../src/shared/domains/sme/views'
import { ABSTENTION_KINDS, SmeCompany } from '../../../../src/shared/portal/smeApplications'

describe('강소기업 labels', () => {
  it('gives every company field of the schema a format and a Korean label', () => {
    const fields = Object.keys(SmeCompany.shape)
    expect(Object.keys(SME_COMPANY_FIELD_FORMATS)).toEqual(expect.arrayContaining(fields))
    // Beyond the schema: fields the portal's criteria read that the loose company object carries.
    for (const field of Object.keys(SME_COMPANY_FIELD_FORMATS)) expect(companyFieldLabel(field), field).not.toBe(field)
    for (const field of fields) {
      expect(SME_APPLICATION_FIELD_LABELS[`company.${field}`], field).toBeDefined()
      expect(companyFieldLabel(field)).not.toBe(field)
    }
    expect(companyFieldLabel('insured_employees')).toBe('고용보험 가입자 수')
    expect(companyFieldLabel('patents')).toBe('patents')
  })

  it('calls the years since founding 업력 and phrases any other date field from its label', () => {
    expect(yearsSinceLabel('founded_on')).toBe('업력')
    expect(yearsSinceLabel('certified_on')).toBe('certified_on 이후')
  })

  it('labels every enum value the views and the portal define', () => {
    expect(Object.keys(ELIGIBILITY_OUTCOME_LABELS)).toEqual([...ELIGIBILITY_OUTCOMES])
    expect(Object.keys(SHEET_STATE_LABELS)).toEqual([...SHEET_STATES])
    expect(Object.keys(ABSTENTION_KIND_LABELS)).toEqual([...ABSTENTION_KINDS])
    expect(ELIGIBILITY_OUTCOME_LABELS).toEqual({ pass: '충족', fail: '미충족', missing: '자료 없음', manual: '직접 확인' })
    expect(ABSTENTION_KIND_LABELS).toEqual({ recusal: '회피', challenge: '기피', exclusion: '제척' })
    expect(SHEET_STATE_LABELS.partial).toBe('작성 중')
    expect(WORK_LIFE_BENEFIT_LABELS.childcare_support).toBe('보육 지원')
    expect(Object.keys(WORK_LIFE_BENEFIT_LABELS)).toHaveLength(8)
    expect(DOCUMENT_KIND_LABELS.insurance_roster).toBe('4대보험 가입자 명부')
    expect(Object.keys(DOCUMENT_KIND_LABELS)).toHaveLength(5)
  })

  it('defines every aggregate of the committee view in Korean, saying what normalized is not for', () => {
    const terms = SME_SCORE_DEFINITIONS.map((definition) => definition.term)
    expect(terms).toEqual(['정량 점수', '평가표 · 완료', '합계', '평균', '절사평균 (최고·최저점 제외)', '점수 차', '단계 점수', '표준화 점수 (참고)', '의견 차이', '순위'])
    const text = (term: string) => SME_SCORE_DEFINITIONS.find((definition) => definition.term === term)!.text
    expect(text('절사평균 (최고·최저점 제외)')).toContain('5장 이상')
    expect(text('표준화 점수 (참고)')).toContain('선정에는 쓰지 않습니다')
    expect(text('표준화 점수 (참고)')).toContain('서로 다른 기업을 방문한 현장실사 조끼리는 이 값으로 비교할 수 없습니다')
    expect(text('의견 차이')).toContain('20%')
    expect(text('순위')).toContain('동점')
    for (const definition of SME_SCORE_DEFINITIONS) expect(definition.text, definition.term).toMatch(/니다\.$/)
  })

  it('letters evaluators A…Z, then AA, AB, …', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(evaluatorLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA'])
    expect(() => evaluatorLetter(-1)).toThrow(RangeError)
    expect(() => evaluatorLetter(1.5)).toThrow(RangeError)
  })
})
