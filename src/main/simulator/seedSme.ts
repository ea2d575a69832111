/** Seeded 서울형 강소기업 applications (portal-admin-api.md §6). */
import { isValidBusinessNo, type SmeApplication, type SmeStage } from '../../shared/portal/smeApplications'
import { SME_STAGES } from '../../shared/portal/smeApplications'
import { maskName } from '../../shared/domain/masking'
import { CERTIFICATIONS, COMPANY_PREFIXES, COMPANY_SUFFIXES, DOCUMENT_KINDS, INDUSTRIES, WORK_LIFE_BENEFITS, smeCriteria } from './data/sme'
import { DISTRICTS } from './data/places'
import { mobilePhone, personName, workEmail } from './data/people'
import type { PrivateData } from './store'
import { kstInstant, kstMs, pad, type Rng } from './util'

export const SCREENER_IDS = ['S-0021', 'S-0022']
export const EVALUATOR_IDS = ['S-0031', 'S-0032', 'S-0033', 'S-0034']
export const SME_ROUND = '2026-1'
const CRITERIA = smeCriteria(SME_ROUND)

export function businessNo(rng: Rng, valid: boolean): string {
  const head = `${rng.int(101, 899)}${pad(rng.int(1, 88), 2)}${pad(rng.int(0, 9999), 4)}`
  for (let d = 0; d <= 9; d += 1) {
    const candidate = `${head}${d}`
    if (isValidBusinessNo(candidate)) return valid ? candidate : `${head}${(d + rng.int(1, 9)) % 10}`
  }
  return `${head}0`
}

function ratio(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100
}

export function seedSmeApplication(rng: Rng, n: number): { record: SmeApplication; priv: PrivateData } {
  const industry = rng.pick(INDUSTRIES)
  const name = rng.chance(0.6)
    ? `(주)${rng.pick(COMPANY_PREFIXES)}${rng.pick(industry.suffixes)}`
    : `주식회사 ${rng.pick(COMPANY_PREFIXES)}${rng.pick(COMPANY_SUFFIXES)}`
  const district = rng.pick(DISTRICTS)
  const employees = rng.int(8, 280)
  const insured = Math.max(0, employees - rng.int(0, 4))
  const ceoName = personName(rng)
  const ceoPhone = mobilePhone(rng)
  const ceoEmail = workEmail(rng, 'example.co.kr')
  const submittedMs = kstMs(`2026-06-${pad(rng.int(2, 30), 2)}`, `${pad(rng.int(9, 18), 2)}:${pad(rng.int(0, 59), 2)}`)
  const status = rng.weighted([
    ['submitted', 25], ['screening', 15], ['ineligible', 8], ['evaluating', 35], ['selected', 7], ['not_selected', 7], ['withdrawn', 3]
  ] as const)
  const screened = status === 'ineligible' || status === 'evaluating' || status === 'selected' || status === 'not_selected'
  const stage: SmeStage | null =
    status === 'evaluating' ? rng.pick(SME_STAGES) : status === 'selected' || status === 'not_selected' ? 'interview' : null
  let t = submittedMs + 5 * 86_400_000
  const screening = screened
    ? {
        result: status === 'ineligible' ? ('ineligible' as const) : ('eligible' as const),
        failed_criteria: status === 'ineligible' ? [rng.pick(['public_certification_valid', 'no_tax_delinquency', 'min_insured_employees', 'seoul_hq'])] : [],
        note: status === 'ineligible' ? '자격요건 미충족' : null,
        by: rng.pick(SCREENER_IDS),
        at: kstInstant(t)
      }
    : null
  const scores: SmeApplication['scores'] = []
  if (stage) {
    const reached = SME_STAGES.slice(0, SME_STAGES.indexOf(stage) + 1)
    for (const s of reached) {
      t += 14 * 86_400_000
      const complete = s !== stage || status !== 'evaluating' || rng.chance(0.5)
      const evaluators = complete ? EVALUATOR_IDS.slice(0, 3) : EVALUATOR_IDS.slice(0, rng.int(0, 2))
      for (const ev of evaluators) {
        for (const c of CRITERIA.scoring.filter((x) => x.stage === s)) {
          scores.push({ evaluator_id: ev, stage: s, criterion: c.code, score: rng.int(Math.floor(c.max * 0.4), c.max), scored_at: kstInstant(t) })
        }
      }
    }
  }
  const selection =
    status === 'selected' || status === 'not_selected'
      ? { selected: status === 'selected', note: status === 'selected' ? '최종 선정' : null, by: 'S-0001', at: kstInstant(t + 7 * 86_400_000) }
      : null
  const founded = `${rng.int(1995, 2023)}-${pad(rng.int(1, 12), 2)}-01`
  const certCount = rng.weighted([[0, 1], [1, 6], [2, 3]] as const)
  const record: SmeApplication = {
    id: `SME-2026-${pad(n, 6)}`,
    version: 1 + (screening ? 2 : status === 'screening' ? 1 : 0) + (stage ? SME_STAGES.indexOf(stage) * 3 : 0) + (selection ? 1 : 0),
    updated_at: kstInstant(selection ? Date.parse(selection.at) : t),
    round: SME_ROUND,
    company: {
      name,
      business_no: businessNo(rng, !rng.chance(0.1)),
      ceo_name: maskName(ceoName),
      district_code: district.code,
      address: `서울특별시 ${district.name} ${district.road} ${rng.int(1, 500)}`,
      headquarters_in_seoul: !rng.chance(0.03),
      industry_code: industry.code,
      founded_on: founded,
      employees,
      insured_employees: insured,
      regular_ratio: ratio(0.6 + rng.next() * 0.4),
      youth_employees: rng.int(0, Math.floor(employees * 0.6)),
      avg_monthly_wage: roundWage(rng.int(2_600_000, 5_500_000)),
      living_wage_ratio: ratio(rng.chance(0.7) ? 1 : 0.7 + rng.next() * 0.3),
      parental_leave_users: rng.int(0, Math.max(1, Math.floor(employees / 15))),
      revenue: rng.int(5, 900) * 100_000_000,
      public_certifications: Array.from({ length: certCount }, () => ({
        name: rng.pick(CERTIFICATIONS),
        valid_until: `${rng.chance(0.1) ? 2025 : rng.int(2026, 2029)}-12-31`
      })),
      wage_arrears: rng.chance(0.03),
      industrial_accident_deaths: rng.chance(0.02) ? 1 : 0,
      tax_delinquent: rng.chance(0.03),
      work_life_benefits: WORK_LIFE_BENEFITS.filter(() => rng.chance(0.4))
    },
    documents: DOCUMENT_KINDS.map((kind) => ({ kind, received: !rng.chance(0.07) })),
    status,
    stage,
    screening,
    scores,
    selection
  }
  return { record, priv: { contact: { name: ceoName, phone: ceoPhone, email: ceoEmail } } }
}

function roundWage(n: number): number {
  return Math.round(n / 10_000) * 10_000
}
