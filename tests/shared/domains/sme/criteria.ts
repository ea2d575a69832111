import type { SmeCriteria } from '../../../../src/shared/portal/smeApplications'

/**
 * A round's criteria in the contract's vocabulary (§6), with computed and evaluator items in the
 * document stage and evaluator items in the site visit: the fixture the scoring and ranking tests share.
 */
export const CRITERIA: SmeCriteria = {
  round: '2026-1',
  reference_date: '2026-06-30',
  stages: ['document', 'site_visit'],
  eligibility: [],
  scoring: [
    {
      code: 'regular_ratio',
      label: '정규직 비율',
      stage: 'document',
      max: 20,
      computed: {
        field: 'regular_ratio',
        brackets: [
          { min: 0.9, points: 20 },
          { min: 0.7, points: 14 },
          { min: 0.5, points: 8 }
        ]
      }
    },
    { code: 'job_quality', label: '일자리 질', stage: 'document', max: 20 },
    {
      code: 'living_wage_ratio',
      label: '생활임금 지급비율',
      stage: 'document',
      max: 15,
      // Listed lowest first on purpose: the order of the brackets must not matter.
      computed: {
        field: 'living_wage_ratio',
        brackets: [
          { min: 0.8, points: 10 },
          { min: 1, points: 15 }
        ]
      }
    },
    { code: 'work_life_balance', label: '일·생활균형', stage: 'document', max: 15 },
    {
      code: 'parental_leave_ratio',
      label: '육아휴직 사용비율',
      stage: 'document',
      max: 10,
      computed: { field: 'parental_leave_ratio', brackets: [{ min: 0.1, points: 10 }] }
    },
    { code: 'site_environment', label: '근무환경', stage: 'site_visit', max: 30 },
    { code: 'ceo_leadership', label: 'CEO 리더십', stage: 'site_visit', max: 20 }
  ],
  tie_break: ['site_environment', 'regular_ratio', 'work_life_balance']
}
