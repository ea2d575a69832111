import { describe, expect, it } from 'vitest'
import type { AttractiveJob, AttractiveJobsRules } from '../../../../src/shared/portal'
import {
  fmt,
  evaluateAttractiveJobRules,
  failedRules,
  failingAttractiveJobRules,
  monthlyPaidHours,
  monthlyWage,
  participationMonths,
  renderReasonTemplate,
  RULE_CODES,
  RULE_LABELS,
  RULE_REASON_TEMPLATES,
  type RuleCode,
  type RuleResult,
  toDecisionChecks
} from '../../../../src/shared/domains/attractive-jobs/rules'
import { makeAttractiveJob } from '../../../helpers/records'

const RULES_2026: AttractiveJobsRules = {
  year: 2026,
  living_wage_hourly: 12121,
  minimum_wage_hourly: 10320,
  max_months: 18,
  min_pre_training_hours: 40,
  age_ranges: { youth: { min: 18, max: 39 }, middle_aged: { min: 40, max: 64 }, any: { min: 18, max: 64 } }
}

/** A submission that breaks every rule of 2026. */
const failingEveryRule = () =>
  makeAttractiveJob({
    hourly_wage: 12000,
    period: { start: '2026-11-01', end: '2028-06-30' },
    social_insurance: false,
    training: { pre_hours: 39, in_service_hours: 0, plan: '' },
    budget: { total: 10, labor: 5, training: 3, other: 1, funding: { city: 5, district: 4, other: 0 } },
    target_group: 'youth',
    age_range: { min: 17, max: 45 },
    duties: ''
  })

/**
 * The helper's example (12명, 25 h/주, 12,121원, 2026-03-02..2026-11-30) budgets 86,000,000원 for labour, but
 * the period is 8 + 29/30 months and 25 h/주 is 30 paid h/주 with 주휴, i.e. 1,580,059원/월 per person:
 * 12 × 1,580,059 × 269/30 = 170,014,348원. So this record keeps everything but raises the budget.
 */
const REQUIRED_FOR_HELPER_EXAMPLE = 170_014_348
function validJob(overrides: Partial<AttractiveJob> = {}): AttractiveJob {
  return makeAttractiveJob({
    budget: {
      total: 182_100_000,
      labor: 170_100_000,
      training: 4_000_000,
      other: 8_000_000,
      funding: { city: 127_470_000, district: 54_630_000, other: 0 }
    },
    ...overrides
  })
}

function result(job: AttractiveJob, rule: RuleCode, rules: AttractiveJobsRules = RULES_2026): RuleResult {
  const found = evaluateAttractiveJobRules(job, rules).find((r) => r.rule === rule)
  if (!found) throw new Error(`no result for ${rule}`)
  return found
}

describe('evaluateAttractiveJobRules', () => {
  it('passes all ten rules for a fully valid record, in RULE_CODES order', () => {
    const results = evaluateAttractiveJobRules(validJob(), RULES_2026)
    expect(results.map((r) => r.rule)).toEqual([...RULE_CODES])
    expect(results).toHaveLength(10)
    expect(failedRules(results)).toEqual([])
    expect(result(validJob(), 'labour_budget_covers').values.required).toBe(REQUIRED_FOR_HELPER_EXAMPLE)
  })

  it('reports that the helper example under-budgets labour under the 주휴-inclusive convention', () => {
    const r = result(makeAttractiveJob(), 'labour_budget_covers')
    expect(r.passed).toBe(false)
    expect(r.values.required).toBe(REQUIRED_FOR_HELPER_EXAMPLE)
    expect(r.values.shortfall).toBe(REQUIRED_FOR_HELPER_EXAMPLE - 86_000_000)
    expect(failedRules(evaluateAttractiveJobRules(makeAttractiveJob(), RULES_2026))).toEqual(['labour_budget_covers'])
  })

  it('living_wage: 12,121원 passes and 12,120원 fails, with the numbers in the note', () => {
    expect(result(validJob({ hourly_wage: 12121 }), 'living_wage').passed).toBe(true)
    const low = result(validJob({ hourly_wage: 12120 }), 'living_wage')
    expect(low.passed).toBe(false)
    expect(low.note).toBe('시급 12,120원 < 생활임금 12,121원 (1원 부족)')
  })

  it('takes thresholds from the rules object, not from code', () => {
    const job = validJob({ hourly_wage: 12000 })
    expect(result(job, 'living_wage').passed).toBe(false)
    expect(result(job, 'living_wage', { ...RULES_2026, living_wage_hourly: 11779 }).passed).toBe(true)
    expect(result(validJob(), 'pre_training_hours', { ...RULES_2026, min_pre_training_hours: 60 }).passed).toBe(false)
    expect(result(validJob(), 'max_months', { ...RULES_2026, max_months: 8 }).passed).toBe(false)
    const narrower = { ...RULES_2026, age_ranges: { ...RULES_2026.age_ranges, middle_aged: { min: 40, max: 60 } } }
    expect(result(validJob(), 'age_range_fits_target', narrower).passed).toBe(false)
  })

  it('max_months: exactly 18 months passes, 18 months + 1 day fails', () => {
    const exact = validJob({ program_year: 2026, period: { start: '2026-01-01', end: '2027-06-30' } })
    expect(result(exact, 'max_months').passed).toBe(true)
    expect(result(exact, 'max_months').values.months).toBe(18)
    const over = validJob({ period: { start: '2026-01-01', end: '2027-07-01' } })
    const r = result(over, 'max_months')
    expect(r.passed).toBe(false)
    expect(r.note).toBe('참여기간 18.03개월 > 최대 18개월')
  })

  it('within_program_year: a period crossing the year fails, as does start after end', () => {
    expect(result(validJob(), 'within_program_year').passed).toBe(true)
    const crossing = result(validJob({ period: { start: '2026-03-02', end: '2027-01-31' } }), 'within_program_year')
    expect(crossing.passed).toBe(false)
    expect(crossing.note).toContain('2026년 사업연도(2026-01-01~2026-12-31)')
    const early = result(validJob({ period: { start: '2025-12-31', end: '2026-06-30' } }), 'within_program_year')
    expect(early.passed).toBe(false)
    const reversed = result(validJob({ period: { start: '2026-11-30', end: '2026-03-02' } }), 'within_program_year')
    expect(reversed.passed).toBe(false)
    expect(reversed.note).toContain('시작일 2026-11-30이 종료일 2026-03-02보다 늦음')
    const fullYear = validJob({ period: { start: '2026-01-01', end: '2026-12-31' } })
    expect(result(fullYear, 'within_program_year').passed).toBe(true)
  })

  it('social_insurance must be enrolled', () => {
    expect(result(validJob({ social_insurance: true }), 'social_insurance').passed).toBe(true)
    expect(result(validJob({ social_insurance: false }), 'social_insurance').passed).toBe(false)
  })

  it('pre_training_hours: 40 passes, 39 fails', () => {
    const training = (pre_hours: number): AttractiveJob['training'] => ({ pre_hours, in_service_hours: 40, plan: '실무 교육' })
    expect(result(validJob({ training: training(40) }), 'pre_training_hours').passed).toBe(true)
    const r = result(validJob({ training: training(39) }), 'pre_training_hours')
    expect(r.passed).toBe(false)
    expect(r.note).toBe('사전교육 39시간 < 기준 40시간 (1시간 부족)')
  })

  it('budget_lines_sum and funding_sum fail when off by 1원', () => {
    const base = validJob().budget
    const lines = result(validJob({ budget: { ...base, other: base.other + 1 } }), 'budget_lines_sum')
    expect(lines.passed).toBe(false)
    expect(lines.values.difference).toBe(1)
    expect(lines.note).toContain('(차이 1원)')
    const funding = result(
      validJob({ budget: { ...base, funding: { ...base.funding, district: base.funding.district - 1 } } }),
      'funding_sum'
    )
    expect(funding.passed).toBe(false)
    expect(funding.values.difference).toBe(-1)
  })

  it('labour_budget_covers: exactly enough passes, 1원 short fails', () => {
    // 2 people, 40 h/주 (+ 8 h 주휴 = 48 paid h/주), 9 whole months (2026-01-01..2026-09-30), 12,121원/h.
    // 월 유급시간 = 48 × 365 / 7 / 12 = 208.571…; 월 임금 = 12,121 × 17,520 / 84 = 2,528,094.29 → 2,528,094원.
    // 소요액 = 2 × 9 × 2,528,094 = 45,505,692원.
    const required = 2 * 9 * 2_528_094
    expect(required).toBe(45_505_692)
    const make = (labor: number): AttractiveJob =>
      validJob({
        headcount: 2,
        weekly_hours: 40,
        daily_hours: 8,
        period: { start: '2026-01-01', end: '2026-09-30' },
        budget: {
          total: labor + 1_000_000,
          labor,
          training: 1_000_000,
          other: 0,
          funding: { city: labor + 1_000_000, district: 0, other: 0 }
        }
      })
    const enough = result(make(required), 'labour_budget_covers')
    expect(enough.passed).toBe(true)
    expect(enough.values.required).toBe(required)
    expect(enough.values.shortfall).toBe(0)
    const short = result(make(required - 1), 'labour_budget_covers')
    expect(short.passed).toBe(false)
    expect(short.values.shortfall).toBe(1)
    expect(short.note).toBe('인건비 45,505,691원 < 소요액 45,505,692원 (2명 × 월 2,528,094원 × 9개월), 1원 부족')
  })

  it('age_range_fits_target: youth 18–39 passes, 17–39 fails, middle_aged 40–65 fails, min > max fails', () => {
    expect(result(validJob({ target_group: 'youth', age_range: { min: 18, max: 39 } }), 'age_range_fits_target').passed).toBe(true)
    expect(result(validJob({ target_group: 'youth', age_range: { min: 17, max: 39 } }), 'age_range_fits_target').passed).toBe(false)
    const old = result(validJob({ target_group: 'middle_aged', age_range: { min: 40, max: 65 } }), 'age_range_fits_target')
    expect(old.passed).toBe(false)
    expect(old.note).toBe('모집 연령 40~65세가 중장년 기준 40~64세를 벗어남')
    expect(result(validJob({ target_group: 'any', age_range: { min: 30, max: 25 } }), 'age_range_fits_target').passed).toBe(false)
  })

  it('required_text: blank duties fails and names the field', () => {
    const r = result(validJob({ duties: '   ' }), 'required_text')
    expect(r.passed).toBe(false)
    expect(r.note).toBe('미기재: 직무내용')
    const two = result(validJob({ workplace: '', training: { pre_hours: 40, in_service_hours: 40, plan: '\n' } }), 'required_text')
    expect(two.note).toBe('미기재: 근무장소, 교육계획')
  })
})

describe('participationMonths, monthlyPaidHours, monthlyWage', () => {
  it('counts calendar months with the end day inclusive', () => {
    expect(participationMonths('2026-01-01', '2027-06-30')).toBe(18)
    expect(participationMonths('2026-01-01', '2027-07-01')).toBeCloseTo(18 + 1 / 31, 10)
    expect(participationMonths('2026-03-02', '2026-11-30')).toBeCloseTo(8 + 29 / 30, 10)
    expect(participationMonths('2026-03-02', '2026-12-01')).toBe(9)
    expect(participationMonths('2026-01-31', '2026-02-27')).toBe(1)
    expect(participationMonths('2026-01-15', '2026-01-14')).toBe(0)
    expect(participationMonths('2026-01-15', '2026-01-15')).toBeCloseTo(1 / 31, 10)
  })

  it('knows the Gregorian leap years (a date that does not exist cannot be counted)', () => {
    expect(participationMonths('2028-01-31', '2028-02-28')).toBe(1)
    expect(participationMonths('2028-02-29', '2028-03-28')).toBe(1)
    expect(participationMonths('2000-02-29', '2000-03-28')).toBe(1)
    expect(participationMonths('2027-02-29', '2027-03-28')).toBeNaN()
    expect(participationMonths('1900-02-29', '1900-03-28')).toBeNaN()
    expect(participationMonths('2026-04-31', '2026-05-30')).toBeNaN()
  })

  it('includes 주휴 from 15 h/week', () => {
    expect(monthlyPaidHours(40)).toBeCloseTo((48 * 365) / 84, 10)
    expect(Math.round(monthlyPaidHours(40))).toBe(209)
    expect(monthlyPaidHours(25)).toBeCloseTo((30 * 365) / 84, 10)
    expect(monthlyPaidHours(14)).toBeCloseTo((14 * 365) / 84, 10)
    expect(monthlyWage({ hourly_wage: 12121, weekly_hours: 40 })).toBe(2_528_094)
    expect(monthlyWage({ hourly_wage: 12121, weekly_hours: 25 })).toBe(1_580_059)
  })
})

describe('labels, reason templates and decision checks', () => {
  it('has a label and a reason template for every rule, without hard-coded thresholds', () => {
    for (const code of RULE_CODES) {
      expect(RULE_LABELS[code].length).toBeGreaterThan(0)
      expect(RULE_REASON_TEMPLATES[code].length).toBeGreaterThanOrEqual(5)
      expect(RULE_REASON_TEMPLATES[code]).not.toMatch(/\d{2,}/)
    }
  })

  it('renders every failing template with the numbers and no unfilled placeholder', () => {
    const bad = failingEveryRule()
    const results = evaluateAttractiveJobRules(bad, RULES_2026)
    expect(failedRules(results)).toEqual([...RULE_CODES])
    for (const r of results) {
      const text = renderReasonTemplate(r.rule, r)
      expect(text.trim().length).toBeGreaterThanOrEqual(5)
      expect(text).not.toMatch(/\{\w+\}/)
    }
    const wage = results.find((r) => r.rule === 'living_wage')
    if (!wage) throw new Error('missing living_wage')
    expect(renderReasonTemplate('living_wage', wage)).toBe(
      '시급(12,000원)이 2026년 서울형 생활임금(12,121원)에 미달합니다. 시급을 생활임금 이상으로 조정해 주십시오.'
    )
    const text = results.find((r) => r.rule === 'required_text')
    if (!text) throw new Error('missing required_text')
    expect(renderReasonTemplate('required_text', text)).toContain('직무내용, 교육계획')
  })

  it('converts results into the checks array of a review decision', () => {
    const results = evaluateAttractiveJobRules(makeAttractiveJob({ hourly_wage: 12120 }), RULES_2026)
    const checks = toDecisionChecks(results)
    expect(checks.map((c) => c.rule)).toEqual([...RULE_CODES])
    expect(checks[0]).toEqual({ rule: 'living_wage', passed: false, note: '시급 12,120원 < 생활임금 12,121원 (1원 부족)' })
    expect(failedRules(results)).toEqual(['living_wage', 'labour_budget_covers'])
  })

  it('names the same failing rules without writing the sentences (the sync path)', () => {
    const jobs = [
      makeAttractiveJob(),
      makeAttractiveJob({ hourly_wage: 12120 }),
      makeAttractiveJob({ period: { start: '2026-13-01', end: '2026-02-30' }, age_range: { min: 50, max: 40 } }),
      failingEveryRule()
    ]
    const failing = jobs.map((job) => failingAttractiveJobRules(job, RULES_2026))
    expect(failing).toEqual(jobs.map((job) => failedRules(evaluateAttractiveJobRules(job, RULES_2026))))
    expect(failing[0]).toEqual(['labour_budget_covers'])
    expect(failing[3]).toEqual([...RULE_CODES])
  })
})

describe('fmt (numbers in notes)', () => {
  it('groups exactly as Intl ko-KR does, for whole and fractional numbers alike', () => {
    const intl = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 2 })
    const values = [0, -0, 1, 9, 10, 999, 1000, 12121, -12121, 100000, 999999, 1000000, 123456789, -987654321, 2 ** 53 - 1, 0.5, 12.345, -1234.5, 1e21]
    for (let n = 1; n < 1e15; n = n * 7 + 3) values.push(n, -n)
    for (const value of values) expect(fmt(value), String(value)).toBe(intl.format(value))
  })
})
