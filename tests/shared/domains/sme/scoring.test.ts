import { describe, expect, it } from 'vitest'
import {
  bracketPoints,
  computedItemResults,
  computedItems,
  evaluatorItems,
  isLastStage,
  isSheetComplete,
  maxEvaluatorTotal,
  nextStage,
  scoreProblem,
  sheetTotal,
  stageItems
} from '../../../../src/shared/domains/sme/scoring'
import type { SmeCriteria } from '../../../../src/shared/portal/smeApplications'
import { CRITERIA } from './criteria'

const codes = (items: readonly { code: string }[]) => items.map((item) => item.code)

describe('stage items', () => {
  it('splits a stage into evaluator and computed items, in criteria order', () => {
    expect(codes(stageItems(CRITERIA, 'document'))).toEqual(['regular_ratio', 'job_quality', 'living_wage_ratio', 'work_life_balance', 'parental_leave_ratio'])
    expect(codes(evaluatorItems(CRITERIA, 'document'))).toEqual(['job_quality', 'work_life_balance'])
    expect(codes(computedItems(CRITERIA, 'document'))).toEqual(['regular_ratio', 'living_wage_ratio', 'parental_leave_ratio'])
    expect(codes(evaluatorItems(CRITERIA, 'site_visit'))).toEqual(['site_environment', 'ceo_leadership'])
    expect(computedItems(CRITERIA, 'site_visit')).toEqual([])
    expect(stageItems(CRITERIA, 'interview')).toEqual([])
  })

  it('sums the evaluator items’ max as the stage’s maximum total', () => {
    expect(maxEvaluatorTotal(CRITERIA, 'document')).toBe(35)
    expect(maxEvaluatorTotal(CRITERIA, 'site_visit')).toBe(50)
    expect(maxEvaluatorTotal(CRITERIA, 'interview')).toBe(0)
  })
})

describe('bracketPoints', () => {
  const regular = CRITERIA.scoring[0]!.computed!
  const living = CRITERIA.scoring[2]!.computed!

  it('gives the points of the highest bracket the value reaches, exactly at a min included', () => {
    expect(bracketPoints(0.9, regular)).toBe(20)
    expect(bracketPoints(0.8999, regular)).toBe(14)
    expect(bracketPoints(0.7, regular)).toBe(14)
    expect(bracketPoints(0.5, regular)).toBe(8)
    expect(bracketPoints(1, regular)).toBe(20)
    expect(bracketPoints(1.5, regular)).toBe(20)
  })

  it('gives 0 below every bracket, for a missing value, NaN, infinities and non-numbers', () => {
    expect(bracketPoints(0.4999, regular)).toBe(0)
    expect(bracketPoints(-1, regular)).toBe(0)
    expect(bracketPoints(undefined, regular)).toBe(0)
    expect(bracketPoints(null, regular)).toBe(0)
    expect(bracketPoints(Number.NaN, regular)).toBe(0)
    expect(bracketPoints(Number.POSITIVE_INFINITY, regular)).toBe(0)
    expect(bracketPoints('0.95', regular)).toBe(0)
  })

  it('does not depend on the order the brackets are listed in', () => {
    expect(bracketPoints(1, living)).toBe(15)
    expect(bracketPoints(0.99, living)).toBe(10)
    expect(bracketPoints(0.8, living)).toBe(10)
    expect(bracketPoints(0.79, living)).toBe(0)
    const shuffled = { brackets: [{ min: 0.5, points: 8 }, { min: 0.9, points: 20 }, { min: 0.7, points: 14 }] }
    expect([0.95, 0.75, 0.55, 0.45].map((value) => bracketPoints(value, shuffled))).toEqual([20, 14, 8, 0])
  })

  it('takes the first listed of two brackets with the same min, and never mutates the brackets', () => {
    const brackets = [{ min: 0.5, points: 3 }, { min: 0.5, points: 5 }, { min: 0, points: 1 }]
    const computed = { brackets }
    expect(bracketPoints(0.6, computed)).toBe(3)
    expect(brackets.map((b) => b.points)).toEqual([3, 5, 1])
  })
})

describe('computedItemResults', () => {
  const company = { regular_ratio: 0.93, living_wage_ratio: 0.79 }

  it('applies each computed item to the company with its evidence', () => {
    expect(computedItemResults(company, CRITERIA, 'document')).toEqual([
      {
        code: 'regular_ratio',
        label: '정규직 비율',
        stage: 'document',
        max: 20,
        field: 'regular_ratio',
        value: 0.93,
        points: 20,
        evidence: '정규직 비율 93% → 20점 (90% 이상 구간)'
      },
      {
        code: 'living_wage_ratio',
        label: '생활임금 지급비율',
        stage: 'document',
        max: 15,
        field: 'living_wage_ratio',
        value: 0.79,
        points: 0,
        evidence: '생활임금 지급비율 79% → 0점 (80% 미만)'
      },
      {
        code: 'parental_leave_ratio',
        label: '육아휴직 사용비율',
        stage: 'document',
        max: 10,
        field: 'parental_leave_ratio',
        value: null,
        points: 0,
        evidence: '육아휴직 사용비율: 자료 없음 → 0점'
      }
    ])
  })

  it('covers every stage when no stage is given, and none for a stage without computed items', () => {
    expect(computedItemResults(company, CRITERIA).map((result) => result.code)).toEqual(['regular_ratio', 'living_wage_ratio', 'parental_leave_ratio'])
    expect(computedItemResults(company, CRITERIA, 'site_visit')).toEqual([])
  })

  it('treats a mistyped value as missing', () => {
    const [regular] = computedItemResults({ regular_ratio: '0.93' }, CRITERIA, 'document')
    expect(regular).toMatchObject({ value: null, points: 0, evidence: '정규직 비율: 자료 없음 → 0점' })
  })
})

describe('scoreProblem', () => {
  const item = { max: 20 }
  it('accepts 0..max in half points', () => {
    for (const value of [0, 0.5, 7, 7.5, 19.5, 20]) expect(scoreProblem(value, item), String(value)).toBeNull()
  })

  it('refuses values outside 0..max or not finite', () => {
    for (const value of [-0.5, 20.5, 21, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(scoreProblem(value, item), String(value)).toBe('0~20점 사이로 입력하세요.')
    }
    expect(scoreProblem(11, { max: 10.5 })).toBe('0~10.5점 사이로 입력하세요.')
  })

  it('refuses steps finer than half a point', () => {
    expect(scoreProblem(7.3, item)).toBe('0.5점 단위로 입력하세요.')
    expect(scoreProblem(0.25, item)).toBe('0.5점 단위로 입력하세요.')
  })
})

describe('sheets', () => {
  it('is complete when every evaluator item of the stage is scored (computed items are not on a sheet)', () => {
    expect(isSheetComplete({ job_quality: 15, work_life_balance: 0 }, CRITERIA, 'document')).toBe(true)
    expect(isSheetComplete({ job_quality: 15 }, CRITERIA, 'document')).toBe(false)
    expect(isSheetComplete({ job_quality: 15, site_environment: 20 }, CRITERIA, 'document')).toBe(false)
    expect(isSheetComplete({ job_quality: 15, work_life_balance: Number.NaN }, CRITERIA, 'document')).toBe(false)
    expect(isSheetComplete({}, CRITERIA, 'site_visit')).toBe(false)
  })

  it('totals the stage’s evaluator items scored so far, ignoring other codes', () => {
    expect(sheetTotal({ job_quality: 15, work_life_balance: 7.5 }, CRITERIA, 'document')).toBe(22.5)
    expect(sheetTotal({ job_quality: 15 }, CRITERIA, 'document')).toBe(15)
    expect(sheetTotal({ job_quality: 15, regular_ratio: 20, site_environment: 30 }, CRITERIA, 'document')).toBe(15)
    expect(sheetTotal({}, CRITERIA, 'document')).toBe(0)
  })
})

describe('stages of a round', () => {
  const threeStages: Pick<SmeCriteria, 'stages'> = { stages: ['document', 'site_visit', 'interview'] }

  it('moves along the round’s own list', () => {
    expect(nextStage(CRITERIA, 'document')).toBe('site_visit')
    expect(nextStage(CRITERIA, 'site_visit')).toBeNull()
    expect(nextStage(CRITERIA, 'interview')).toBeNull()
    expect(nextStage(threeStages, 'site_visit')).toBe('interview')
  })

  it('knows the last stage, where the final selection is made', () => {
    expect(isLastStage(CRITERIA, 'site_visit')).toBe(true)
    expect(isLastStage(CRITERIA, 'document')).toBe(false)
    expect(isLastStage(CRITERIA, 'interview')).toBe(false)
    expect(isLastStage(threeStages, 'interview')).toBe(true)
    expect(isLastStage(threeStages, 'site_visit')).toBe(false)
  })
})
