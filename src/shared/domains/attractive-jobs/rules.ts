import type { AttractiveJob, AttractiveJobsRules, RuleCheck } from '../../portal'
import { TARGET_GROUP_LABELS } from './labels'

/**
 * 매력일자리 (공공형) rule-check engine, shared/portal-admin-api.md §5 and §8.
 *
 * Pure: no I/O, no clock, no Electron or Node. Every threshold comes from the `AttractiveJobsRules` of the
 * program year (`GET /reference/attractive-jobs-rules?year=…`); nothing year-specific is written here.
 */

export const RULE_CODES = [
  'living_wage',
  'max_months',
  'within_program_year',
  'social_insurance',
  'pre_training_hours',
  'budget_lines_sum',
  'funding_sum',
  'labour_budget_covers',
  'age_range_fits_target',
  'required_text'
] as const
export type RuleCode = (typeof RULE_CODES)[number]

/** Short Korean labels for the checklist. */
export const RULE_LABELS: Record<RuleCode, string> = {
  living_wage: '시급 ≥ 생활임금',
  max_months: '최대 참여기간 이내',
  within_program_year: '사업연도 내 기간',
  social_insurance: '4대보험 가입',
  pre_training_hours: '사전교육 시간',
  budget_lines_sum: '예산 항목 합계',
  funding_sum: '재원 합계',
  labour_budget_covers: '인건비 충분',
  age_range_fits_target: '연령 범위',
  required_text: '필수 항목 기재'
}

/**
 * Editable reason sentences that a reviewer's 부적정/보완요청 reason starts from. `{key}` placeholders are
 * filled by `renderReasonTemplate` from the failed check's `values`; no number is written into a template.
 */
export const RULE_REASON_TEMPLATES: Record<RuleCode, string> = {
  living_wage:
    '시급({hourly_wage}원)이 {year}년 서울형 생활임금({living_wage}원)에 미달합니다. 시급을 생활임금 이상으로 조정해 주십시오.',
  max_months:
    '참여기간({start}~{end}, 약 {months}개월)이 최대 참여기간 {max_months}개월을 초과합니다. 참여기간을 조정해 주십시오.',
  within_program_year:
    '참여기간({start}~{end})이 {program_year}년 사업연도({year_start}~{year_end})를 벗어나거나 시작일이 종료일보다 늦습니다. 참여기간을 확인해 주십시오.',
  social_insurance: '참여자의 4대보험 가입이 확인되지 않습니다. 4대보험 의무 가입 여부를 보완해 주십시오.',
  pre_training_hours:
    '사전교육 시간({pre_hours}시간)이 기준({min_pre_hours}시간)에 미달합니다. 사전교육 계획을 보완해 주십시오.',
  budget_lines_sum:
    '예산 항목 합계(인건비 {labor}원 + 교육비 {training}원 + 기타 {other}원 = {lines_sum}원)가 총사업비 {total}원과 일치하지 않습니다(차이 {difference}원). 예산 내역을 확인해 주십시오.',
  funding_sum:
    '재원 합계(시비 {city}원 + 구비 {district}원 + 기타 {other}원 = {funding_sum}원)가 총사업비 {total}원과 일치하지 않습니다(차이 {difference}원). 재원 분담 내역을 확인해 주십시오.',
  labour_budget_covers:
    '인건비 예산({labor}원)이 소요액({required}원 = {headcount}명 × 월 {monthly_wage}원 × {months}개월)보다 {shortfall}원 부족합니다. 인건비를 증액하거나 인원·기간을 조정해 주십시오.',
  age_range_fits_target:
    '모집 연령({age_min}~{age_max}세)이 {target_group} 대상 연령 기준({range_min}~{range_max}세)에 맞지 않습니다. 연령 범위를 조정해 주십시오.',
  required_text: '필수 항목({missing})이 기재되지 않았습니다. 해당 항목을 작성해 주십시오.'
}

export interface RuleResult {
  rule: RuleCode
  passed: boolean
  /** Korean, with the numbers, e.g. "시급 12,000원 < 생활임금 12,121원" */
  note: string
  values: Record<string, number | string>
}

const NUMBER = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 2 })
/** Years are numbers in `values` but never get a thousands separator ("2026년", not "2,026년"). */
const YEAR = new Intl.NumberFormat('ko-KR', { useGrouping: false, maximumFractionDigits: 0 })
const YEAR_KEYS = new Set(['year', 'program_year'])

/** Whole numbers grouped by hand exactly as NUMBER does: Intl costs ~1 µs a call, and every synced record formats a dozen. */
function groupThousands(n: number): string {
  const digits = String(Math.abs(n))
  let grouped = digits.slice(0, digits.length % 3 || 3)
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`
  return n < 0 ? `-${grouped}` : grouped
}

export function fmt(n: number): string {
  return Number.isSafeInteger(n) && !Object.is(n, -0) ? groupThousands(n) : NUMBER.format(n)
}

function formatValue(key: string, value: number | string): string {
  if (typeof value === 'string') return value
  return YEAR_KEYS.has(key) ? YEAR.format(value) : fmt(value)
}

/** Fills a rule's reason template from a check's `values`; unknown placeholders are left as written. */
export function renderReasonTemplate(code: RuleCode, result: Pick<RuleResult, 'values'>): string {
  return RULE_REASON_TEMPLATES[code].replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = result.values[key]
    return value === undefined ? whole : formatValue(key, value)
  })
}

// ---------------------------------------------------------------------------------------------------------
// Dates (calendar arithmetic on YYYY-MM-DD, in UTC day numbers so no time zone or DST can interfere)

interface Ymd {
  y: number
  m: number // 1..12
  d: number // 1..31
}

const DAY_MS = 86_400_000

function parseLocalDate(s: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!match) return null
  const y = Number(match[1])
  const m = Number(match[2])
  const d = Number(match[3])
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null
  return { y, m, d }
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Proleptic Gregorian, as Date has it (computed, not through a Date: every synced record asks several times). */
function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  return m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!
}

function dayNumber({ y, m, d }: Ymd): number {
  return Date.UTC(y, m - 1, d) / DAY_MS
}

/** `start` plus `n` calendar months; the day-of-month is clamped to the target month (01-31 + 1 → 02-28). */
function addMonthsDay(start: Ymd, n: number): number {
  const index = start.y * 12 + (start.m - 1) + n
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return dayNumber({ y, m, d: Math.min(start.d, daysInMonth(y, m)) })
}

/**
 * 참여 개월: the participation months of a period whose end day is worked (inclusive).
 *
 * Convention: let E = end + 1 day (the first day after the period). The result is N + f where N is the number of
 * whole calendar months from `start` to E (the largest N with start + N months ≤ E, day-of-month clamped to the
 * month's length), and f is the remaining days divided by the length of the next month step
 * (days from start + N months to start + N + 1 months). So the result is exactly N when E falls on the same
 * day-of-month as `start`:
 *   2026-01-01 → 2027-06-30 = 18 (E = 2027-07-01); 2026-01-01 → 2027-07-01 = 18 + 1/31;
 *   2026-03-02 → 2026-11-30 = 8 + 29/30 ≈ 8.97 (E = 2026-12-01, one day short of 9 months).
 * Returns 0 when end < start and NaN when a date cannot be parsed.
 */
export function participationMonths(start: string, end: string): number {
  const s = parseLocalDate(start)
  const e = parseLocalDate(end)
  if (!s || !e) return Number.NaN
  const startDay = dayNumber(s)
  const afterEnd = dayNumber(e) + 1
  if (afterEnd <= startDay) return 0
  let n = (e.y - s.y) * 12 + (e.m - s.m)
  while (n > 0 && addMonthsDay(s, n) > afterEnd) n -= 1
  while (addMonthsDay(s, n + 1) <= afterEnd) n += 1
  const anchor = addMonthsDay(s, n)
  const next = addMonthsDay(s, n + 1)
  return n + (afterEnd - anchor) / (next - anchor)
}

// ---------------------------------------------------------------------------------------------------------
// Pay

/** Weeks per month used by 근로기준법 practice for 월 소정근로시간: 365 / 7 / 12 ≈ 4.345. */
const WEEKS_PER_MONTH = 365 / 7 / 12
/** 주휴 is earned from 15 h/week (근로기준법 제18조 ③) and is 1/5 of the weekly hours, at most 8 h (a 40 h week). */
const WEEKLY_REST_MIN_HOURS = 15
const WEEKLY_REST_MAX_BASE_HOURS = 40

/**
 * Paid hours per month (월 유급 근로시간) for a weekly schedule, 주휴 included:
 *   (weekly_hours + 주휴) × 365/7/12, 주휴 = min(weekly_hours, 40) / 5 when weekly_hours ≥ 15, else 0.
 * 40 h → 48 × 4.345 ≈ 208.57 h (the published "209시간" is this rounded up; we keep the exact value, so
 * 12,121원 × 40 h gives 2,528,094원/월 rather than the press figure 2,533,289원 computed with 209 h);
 * 25 h → 30 × 4.345 ≈ 130.36 h. Hours above 40 are counted at 1× (연장근로 가산 is not modelled).
 */
export function monthlyPaidHours(weekly_hours: number): number {
  const weeklyRest =
    weekly_hours >= WEEKLY_REST_MIN_HOURS ? Math.min(weekly_hours, WEEKLY_REST_MAX_BASE_HOURS) / 5 : 0
  return (weekly_hours + weeklyRest) * WEEKS_PER_MONTH
}

/** 월 환산 임금: hourly_wage × monthlyPaidHours(weekly_hours), rounded to 원. */
export function monthlyWage(job: Pick<AttractiveJob, 'hourly_wage' | 'weekly_hours'>): number {
  return Math.round(job.hourly_wage * monthlyPaidHours(job.weekly_hours))
}

/**
 * 인건비 소요액: headcount × monthlyWage(job) × participationMonths(period), rounded to 원.
 * The rounded 월 환산 임금 is used so a reviewer can reproduce the figure from the detail view.
 */
export function requiredLabourBudget(
  job: Pick<AttractiveJob, 'hourly_wage' | 'weekly_hours' | 'headcount' | 'period'>
): number {
  const months = participationMonths(job.period.start, job.period.end)
  return Math.round(job.headcount * monthlyWage(job) * months)
}

// ---------------------------------------------------------------------------------------------------------
// Rules

const REQUIRED_TEXT_FIELDS: readonly { label: string; get: (job: AttractiveJob) => string }[] = [
  { label: '사업명', get: (job) => job.title },
  { label: '직무내용', get: (job) => job.duties },
  { label: '기대효과', get: (job) => job.expected_outcome },
  { label: '자격요건', get: (job) => job.requirements },
  { label: '근무장소', get: (job) => job.workplace },
  { label: '교육계획', get: (job) => job.training.plan }
]

type Check = Omit<RuleResult, 'rule'>

/**
 * Without `describe`, a check leaves its sentence empty: a sync checks every record and needs only
 * which rules fail, and formatting a dozen numbers per record was most of the cost. (A flag, not a
 * closure per check: a closure made per record costs more than the sentence it would spare.)
 */
type CheckFn = (job: AttractiveJob, rules: AttractiveJobsRules, describe: boolean) => Check

function checkLivingWage(job: AttractiveJob, rules: AttractiveJobsRules, describe: boolean): Check {
  const passed = job.hourly_wage >= rules.living_wage_hourly
  const shortfall = Math.max(0, rules.living_wage_hourly - job.hourly_wage)
  return {
    passed,
    note: !describe
      ? ''
      : passed
        ? `시급 ${fmt(job.hourly_wage)}원 ≥ 생활임금 ${fmt(rules.living_wage_hourly)}원`
        : `시급 ${fmt(job.hourly_wage)}원 < 생활임금 ${fmt(rules.living_wage_hourly)}원 (${fmt(shortfall)}원 부족)`,
    values: { hourly_wage: job.hourly_wage, living_wage: rules.living_wage_hourly, year: rules.year, shortfall }
  }
}

function checkMaxMonths(job: AttractiveJob, rules: AttractiveJobsRules, describe: boolean): Check {
  const { start, end } = job.period
  const months = participationMonths(start, end)
  const values = { start, end, months, max_months: rules.max_months }
  if (!Number.isFinite(months)) return { passed: false, note: !describe ? '' : `참여기간 날짜를 해석할 수 없음 (${start}~${end})`, values }
  const passed = months <= rules.max_months
  return {
    passed,
    note: !describe ? '' : `참여기간 ${fmt(months)}개월 ${passed ? '≤' : '>'} 최대 ${fmt(rules.max_months)}개월`,
    values
  }
}

function checkWithinProgramYear(job: AttractiveJob, _rules: AttractiveJobsRules, describe: boolean): Check {
  const { start, end } = job.period
  const yearStart = `${job.program_year}-01-01`
  const yearEnd = `${job.program_year}-12-31`
  const values = { start, end, program_year: job.program_year, year_start: yearStart, year_end: yearEnd }
  const s = parseLocalDate(start)
  const e = parseLocalDate(end)
  if (!s || !e) return { passed: false, note: !describe ? '' : `참여기간 날짜를 해석할 수 없음 (${start}~${end})`, values }
  const problems: string[] = []
  if (dayNumber(s) > dayNumber(e)) problems.push(`시작일 ${start}이 종료일 ${end}보다 늦음`)
  if (s.y !== job.program_year || e.y !== job.program_year) {
    problems.push(`기간 ${start}~${end}이 ${job.program_year}년 사업연도(${yearStart}~${yearEnd})를 벗어남`)
  }
  return {
    passed: problems.length === 0,
    note: !describe ? '' : problems.length === 0 ? `기간 ${start}~${end}, ${job.program_year}년 사업연도 내` : problems.join('; '),
    values
  }
}

function checkSocialInsurance(job: AttractiveJob, _rules: AttractiveJobsRules, describe: boolean): Check {
  const passed = job.social_insurance === true
  return {
    passed,
    note: !describe ? '' : passed ? '4대보험 가입' : '4대보험 미가입',
    values: { social_insurance: passed ? '가입' : '미가입' }
  }
}

function checkPreTraining(job: AttractiveJob, rules: AttractiveJobsRules, describe: boolean): Check {
  const passed = job.training.pre_hours >= rules.min_pre_training_hours
  const shortfall = Math.max(0, rules.min_pre_training_hours - job.training.pre_hours)
  return {
    passed,
    note: !describe
      ? ''
      : passed
        ? `사전교육 ${fmt(job.training.pre_hours)}시간 ≥ 기준 ${fmt(rules.min_pre_training_hours)}시간`
        : `사전교육 ${fmt(job.training.pre_hours)}시간 < 기준 ${fmt(rules.min_pre_training_hours)}시간 (${fmt(shortfall)}시간 부족)`,
    values: { pre_hours: job.training.pre_hours, min_pre_hours: rules.min_pre_training_hours, shortfall }
  }
}

function checkBudgetLines(job: AttractiveJob, _rules: AttractiveJobsRules, describe: boolean): Check {
  const { labor, training, other, total } = job.budget
  const sum = labor + training + other
  const difference = sum - total
  const passed = difference === 0
  const head = describe ? `인건비 ${fmt(labor)}원 + 교육비 ${fmt(training)}원 + 기타 ${fmt(other)}원 = ${fmt(sum)}원` : ''
  return {
    passed,
    note: !describe
      ? ''
      : passed
        ? `${head} = 총사업비 ${fmt(total)}원`
        : `${head} ≠ 총사업비 ${fmt(total)}원 (차이 ${fmt(difference)}원)`,
    values: { labor, training, other, lines_sum: sum, total, difference }
  }
}

function checkFunding(job: AttractiveJob, _rules: AttractiveJobsRules, describe: boolean): Check {
  const { city, district, other } = job.budget.funding
  const total = job.budget.total
  const sum = city + district + other
  const difference = sum - total
  const passed = difference === 0
  const head = describe ? `시비 ${fmt(city)}원 + 구비 ${fmt(district)}원 + 기타 ${fmt(other)}원 = ${fmt(sum)}원` : ''
  return {
    passed,
    note: !describe
      ? ''
      : passed
        ? `${head} = 총사업비 ${fmt(total)}원`
        : `${head} ≠ 총사업비 ${fmt(total)}원 (차이 ${fmt(difference)}원)`,
    values: { city, district, other, funding_sum: sum, total, difference }
  }
}

function checkLabourBudget(job: AttractiveJob, _rules: AttractiveJobsRules, describe: boolean): Check {
  const months = participationMonths(job.period.start, job.period.end)
  const monthly_hours = monthlyPaidHours(job.weekly_hours)
  const monthly_wage = monthlyWage(job)
  const required = requiredLabourBudget(job)
  const labor = job.budget.labor
  const values = {
    headcount: job.headcount,
    hourly_wage: job.hourly_wage,
    weekly_hours: job.weekly_hours,
    monthly_hours,
    monthly_wage,
    months,
    required,
    labor,
    shortfall: Number.isFinite(required) ? Math.max(0, required - labor) : 0
  }
  if (!Number.isFinite(required)) {
    return { passed: false, note: !describe ? '' : `참여기간을 해석할 수 없어 인건비 소요액을 계산할 수 없음`, values }
  }
  const passed = labor >= required
  const basis = describe ? `${fmt(job.headcount)}명 × 월 ${fmt(monthly_wage)}원 × ${fmt(months)}개월` : ''
  return {
    passed,
    note: !describe
      ? ''
      : passed
        ? `인건비 ${fmt(labor)}원 ≥ 소요액 ${fmt(required)}원 (${basis})`
        : `인건비 ${fmt(labor)}원 < 소요액 ${fmt(required)}원 (${basis}), ${fmt(values.shortfall)}원 부족`,
    values
  }
}

function checkAgeRange(job: AttractiveJob, rules: AttractiveJobsRules, describe: boolean): Check {
  const range = rules.age_ranges[job.target_group]
  const { min, max } = job.age_range
  const groupLabel = TARGET_GROUP_LABELS[job.target_group]
  const values = {
    age_min: min,
    age_max: max,
    target_group: groupLabel,
    range_min: range.min,
    range_max: range.max
  }
  const problems: string[] = []
  if (min > max) problems.push(`최소 연령 ${min}세가 최대 연령 ${max}세보다 큼`)
  if (min < range.min || max > range.max) {
    problems.push(`모집 연령 ${min}~${max}세가 ${groupLabel} 기준 ${range.min}~${range.max}세를 벗어남`)
  }
  return {
    passed: problems.length === 0,
    note: !describe
      ? ''
      : problems.length === 0
        ? `모집 연령 ${min}~${max}세, ${groupLabel} 기준 ${range.min}~${range.max}세 이내`
        : problems.join('; '),
    values
  }
}

function checkRequiredText(job: AttractiveJob, _rules: AttractiveJobsRules, describe: boolean): Check {
  const missing = REQUIRED_TEXT_FIELDS.filter((f) => f.get(job).trim() === '').map((f) => f.label)
  return {
    passed: missing.length === 0,
    note: !describe ? '' : missing.length === 0 ? '필수 항목 모두 기재' : `미기재: ${missing.join(', ')}`,
    values: { missing: missing.join(', '), missing_count: missing.length }
  }
}

const CHECKS: Record<RuleCode, CheckFn> = {
  living_wage: checkLivingWage,
  max_months: checkMaxMonths,
  within_program_year: checkWithinProgramYear,
  social_insurance: checkSocialInsurance,
  pre_training_hours: checkPreTraining,
  budget_lines_sum: checkBudgetLines,
  funding_sum: checkFunding,
  labour_budget_covers: checkLabourBudget,
  age_range_fits_target: checkAgeRange,
  required_text: checkRequiredText
}

/** One result per rule, in RULE_CODES order. */
export function evaluateAttractiveJobRules(job: AttractiveJob, rules: AttractiveJobsRules): RuleResult[] {
  return RULE_CODES.map((rule) => ({ rule, ...CHECKS[rule](job, rules, true) }))
}

/** The rules a job fails, in RULE_CODES order: `failedRules(evaluateAttractiveJobRules(…))` without the sentences. */
export function failingAttractiveJobRules(job: AttractiveJob, rules: AttractiveJobsRules): RuleCode[] {
  return RULE_CODES.filter((rule) => !CHECKS[rule](job, rules, false).passed)
}

export function failedRules(results: RuleResult[]): RuleCode[] {
  return results.filter((r) => !r.passed).map((r) => r.rule)
}

/** The `checks` array that travels with a review decision (portal-admin-api.md §5). */
export function toDecisionChecks(results: RuleResult[]): RuleCheck[] {
  return results.map((r) => ({ rule: r.rule, passed: r.passed, note: r.note }))
}
