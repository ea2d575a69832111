import { requiredLabourBudget } from '../../shared/domains/attractive-jobs/rules'
/** Seeded 매력일자리 proposals (portal-admin-api.md §5), with a realistic share of rule violations. */
import type { AttractiveJob, JobField, TargetGroup } from '../../shared/portal/attractiveJobs'
import { JOB_FIELDS } from '../../shared/portal/attractiveJobs'
import { maskEmail, maskName, maskPhone } from '../../shared/domain/masking'
import { AGENCIES, CITY_BUREAUS, CITY_HALL_ADDRESS, CITY_ORG_CODE, CITY_TEAMS, DISTRICTS, DISTRICT_TEAMS } from './data/places'
import {
  ATTACHMENT_NAMES, COMMENT_BODIES, DUTY_SENTENCES, FIELD_TOPICS, OUTCOME_SENTENCES, PREFERENCES, RARE_TITLES,
  REQUIREMENTS, TITLE_ROLES, TITLE_TARGETS, TRAINING_PLANS
} from './data/jobs'
import { officePhone, personName, workEmail } from './data/people'
import type { PrivateData } from './store'
import { addDays, kstInstant, kstMs, pad, type Rng } from './util'

export const REVIEWER_IDS = ['S-0007', 'S-0008', 'S-0009', 'S-0012']

const AGE_RANGES: Record<TargetGroup, { min: number; max: number }> = {
  youth: { min: 18, max: 39 },
  middle_aged: { min: 40, max: 64 },
  any: { min: 18, max: 64 }
}

function title(rng: Rng, field: JobField): string {
  if (rng.chance(0.02)) return rng.pick(RARE_TITLES)
  const topic = rng.pick(FIELD_TOPICS[field])
  const role = rng.pick(TITLE_ROLES)
  if (rng.chance(0.65)) return `${rng.pick(TITLE_TARGETS)} ${topic} ${role}`
  return `${topic} ${role}`
}

function roundUp(n: number, unit: number): number {
  return Math.ceil(n / unit) * unit
}

export function seedAttractiveJob(rng: Rng, n: number): { record: AttractiveJob; priv: PrivateData } {
  const year = rng.chance(0.85) ? 2026 : 2025
  const orgType = rng.weighted([['city', 4], ['district', 5], ['agency', 1]] as const)
  let org: AttractiveJob['org']
  let workplace: string
  if (orgType === 'district') {
    const d = rng.pick(DISTRICTS)
    org = { type: 'district', code: d.code, name: d.name, department: rng.pick(DISTRICT_TEAMS) }
    workplace = `서울특별시 ${d.name} ${d.road} ${rng.int(1, 400)}`
  } else if (orgType === 'agency') {
    const a = rng.pick(AGENCIES)
    org = { type: 'agency', code: a.code, name: a.name, department: rng.pick(['경영지원팀', '인재개발팀', '사업운영팀', '고객지원팀']) }
    workplace = a.address
  } else {
    org = { type: 'city', code: CITY_ORG_CODE, name: rng.pick(CITY_BUREAUS), department: rng.pick(CITY_TEAMS) }
    const d = rng.pick(DISTRICTS)
    workplace = rng.chance(0.5) ? CITY_HALL_ADDRESS : `서울특별시 ${d.name} ${d.road} ${rng.int(1, 400)}`
  }
  const field = rng.pick(JOB_FIELDS)
  const targetGroup = rng.weighted([['youth', 5], ['middle_aged', 3], ['any', 2]] as const)
  const age = { ...AGE_RANGES[targetGroup] }
  if (rng.chance(0.04)) {
    if (targetGroup === 'youth') age.max = 45
    else if (targetGroup === 'middle_aged') age.min = 35
    else age.max = 70
  }
  const livingWage = year === 2026 ? 12121 : 11779
  let wage = rng.chance(0.6) ? livingWage : roundUp(rng.int(livingWage, 13500), 10)
  if (rng.chance(0.08)) wage = year === 2026 ? rng.pick([11779, 10320, 12000]) : rng.pick([10030, 11000])
  const days = rng.chance(0.85) ? (['mon', 'tue', 'wed', 'thu', 'fri'] as const) : (['mon', 'wed', 'fri'] as const)
  const dailyHours = rng.pick([5, 6, 7, 8])
  const weeklyHours = days.length * dailyHours
  const headcount = rng.weighted([[rng.int(1, 5), 5], [rng.int(6, 20), 4], [rng.int(21, 60), 1]] as const)
  // Period: mostly Mar–Nov of the program year; ~5% longer than 18 months or outside the year.
  let start = `${year}-${rng.pick(['03-02', '03-03', '04-01', '05-01'])}`
  let end = `${year}-${rng.pick(['10-31', '11-30', '12-31'])}`
  if (rng.chance(0.05)) {
    if (rng.chance(0.5)) end = `${year + 1}-${rng.pick(['09-30', '12-31'])}`
    else start = `${year - 1}-12-01`
  }
  // The same 주휴-inclusive convention the reviewers' rule check applies (src/shared/domain/attractiveJobRules.ts).
  const needed = requiredLabourBudget({ hourly_wage: wage, weekly_hours: weeklyHours, headcount, period: { start, end } })
  const labor = rng.chance(0.05) ? roundUp(needed * 0.8, 100_000) : roundUp(needed * 1.03, 100_000)
  const training = headcount * rng.pick([200_000, 300_000, 400_000])
  const other = roundUp(rng.int(0, 10_000_000), 100_000)
  let total = labor + training + other
  const funding =
    org.type === 'district'
      ? { city: Math.round(total * 0.7), district: total - Math.round(total * 0.7), other: 0 }
      : org.type === 'agency'
        ? { city: Math.round(total * 0.8), district: 0, other: total - Math.round(total * 0.8) }
        : { city: total, district: 0, other: 0 }
  if (rng.chance(0.05)) {
    if (rng.chance(0.5)) total += 1_000_000
    else funding.city -= 500_000
  }
  const preHours = year === 2026 ? (rng.chance(0.07) ? rng.pick([20, 24, 30]) : 40) : rng.chance(0.07) ? 40 : 60
  const applyStart = year === 2026 ? '2026-01-05' : '2025-01-06'
  const status = rng.weighted([
    ['submitted', 35], ['in_review', 30], ['approved', 15], ['rejected', 5], ['revision_requested', 10], ['withdrawn', 5]
  ] as const)
  const submittedMs = kstMs(`${year - 1}-11-${pad(rng.int(1, 28), 2)}`, `${pad(rng.int(9, 17), 2)}:${pad(rng.int(0, 59), 2)}`)
  const decidedMs = submittedMs + rng.int(3, 20) * 86_400_000
  const decision =
    status === 'approved' || status === 'rejected' || status === 'revision_requested'
      ? {
          outcome: status,
          reason: status === 'approved' ? null : rng.pick(['생활임금 미만 시급으로 산정되어 보완이 필요합니다.', '예산 항목 합계가 총사업비와 일치하지 않습니다.', '사전교육 시간이 기준(40시간)에 미달합니다.']),
          decided_by: rng.pick(REVIEWER_IDS),
          decided_at: kstInstant(decidedMs)
        }
      : null
  const comments = Array.from({ length: rng.weighted([[0, 5], [1, 3], [2, 1], [3, 1]] as const) }, (_, i) => ({
    id: `C-${i + 1}`,
    author: rng.pick(REVIEWER_IDS),
    body: rng.pick(COMMENT_BODIES),
    created_at: kstInstant(submittedMs + (i + 1) * 86_400_000)
  }))
  const contactName = personName(rng)
  const contactPhone = officePhone(rng)
  const contactEmail = workEmail(rng, org.type === 'agency' ? 'sfac.or.kr' : 'seoul.go.kr')
  const id = `AJ-${year}-${pad(n, 6)}`
  const updatedMs = Math.max(submittedMs, decision ? decidedMs : 0, ...comments.map((c) => Date.parse(c.created_at)))
  const record: AttractiveJob = {
    id,
    version: 1 + comments.length + (decision ? 2 : status === 'in_review' ? 1 : 0),
    updated_at: kstInstant(updatedMs),
    program_year: year,
    org,
    public_type: rng.chance(0.6) ? 'career_building' : 'inclusive',
    field,
    title: title(rng, field),
    duties: `${rng.pick(DUTY_SENTENCES[field])} ${rng.pick(DUTY_SENTENCES[field])}`,
    expected_outcome: rng.pick(OUTCOME_SENTENCES),
    target_group: targetGroup,
    age_range: age,
    requirements: rng.pick(REQUIREMENTS),
    preferences: rng.pick(PREFERENCES),
    headcount,
    workplace,
    period: { start, end },
    work_days: [...days],
    daily_hours: dailyHours,
    weekly_hours: weeklyHours,
    hourly_wage: wage,
    social_insurance: !rng.chance(0.03),
    training: { pre_hours: preHours, in_service_hours: 40, plan: rng.pick(TRAINING_PLANS) },
    recruitment: {
      apply_start: applyStart,
      apply_end: addDays(applyStart, 4),
      selection: rng.chance(0.8) ? ['document', 'interview'] : ['document'],
      final_selection_on: `${year}-02-12`
    },
    budget: { total, labor, training, other, funding },
    contact: { name: maskName(contactName), phone: maskPhone(contactPhone), email: maskEmail(contactEmail) },
    attachments: Array.from({ length: rng.int(1, 3) }, (_, i) => ({ id: `F-${i + 1}`, name: rng.pick(ATTACHMENT_NAMES), size: rng.int(20_000, 3_000_000) })),
    status,
    submitted_at: kstInstant(submittedMs),
    decision,
    revision_count: status === 'revision_requested' ? 0 : rng.chance(0.08) ? 1 : 0,
    comments
  }
  return { record, priv: { contact: { name: contactName, phone: contactPhone, email: contactEmail } } }
}
