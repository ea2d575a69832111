import { z } from 'zod'
import { Instant, LocalDate, MaskedName, RecordId, Version, Won } from './common'

/** 서울형 강소기업 application, shared/portal-admin-api.md §6. */
export const SME_STATUSES = [
  'submitted',
  'screening',
  'ineligible',
  'evaluating',
  'selected',
  'not_selected',
  'withdrawn'
] as const
export const SmeStatus = z.enum(SME_STATUSES)
export type SmeStatus = z.infer<typeof SmeStatus>

export const SME_STAGES = ['document', 'site_visit', 'interview'] as const
export const SmeStage = z.enum(SME_STAGES)
export type SmeStage = z.infer<typeof SmeStage>

export const SmeScore = z.object({
  evaluator_id: z.string().min(1),
  stage: SmeStage,
  criterion: z.string().min(1),
  score: z.number().min(0),
  scored_at: Instant
})

export const SmeApplication = z.object({
  id: RecordId,
  version: Version,
  updated_at: Instant,
  round: z.string().min(1),
  company: z.object({
    name: z.string().min(1),
    /** Kept even when the check digit is wrong: the client flags it, the record still shows. */
    business_no: z.string().regex(/^\d{10}$/),
    ceo_name: MaskedName,
    district_code: z.string().regex(/^11\d{3}$/),
    address: z.string(),
    headquarters_in_seoul: z.boolean(),
    industry_code: z.string(),
    founded_on: LocalDate,
    employees: z.number().int().min(0),
    insured_employees: z.number().int().min(0),
    regular_ratio: z.number().min(0).max(1),
    youth_employees: z.number().int().min(0),
    avg_monthly_wage: Won,
    living_wage_ratio: z.number().min(0).max(1),
    parental_leave_users: z.number().int().min(0),
    revenue: Won,
    public_certifications: z.array(z.object({ name: z.string(), valid_until: LocalDate })),
    wage_arrears: z.boolean(),
    industrial_accident_deaths: z.number().int().min(0),
    tax_delinquent: z.boolean(),
    work_life_benefits: z.array(z.string())
  }),
  documents: z.array(z.object({ kind: z.string(), received: z.boolean() })),
  status: SmeStatus,
  stage: SmeStage.nullable(),
  screening: z
    .object({
      result: z.enum(['eligible', 'ineligible']),
      failed_criteria: z.array(z.string()),
      note: z.string().nullable(),
      by: z.string(),
      at: Instant
    })
    .nullable(),
  scores: z.array(SmeScore),
  selection: z
    .object({ selected: z.boolean(), note: z.string().nullable(), by: z.string(), at: Instant })
    .nullable()
})
export type SmeApplication = z.infer<typeof SmeApplication>

export const SmeCriteria = z.object({
  round: z.string(),
  eligibility: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      kind: z.string(),
      params: z.record(z.string(), z.unknown())
    })
  ),
  scoring: z.array(z.object({ code: z.string(), label: z.string(), stage: SmeStage, max: z.number().positive() }))
})
export type SmeCriteria = z.infer<typeof SmeCriteria>

export const ScreeningRequest = z.object({
  result: z.enum(['eligible', 'ineligible']),
  failed_criteria: z.array(z.string()),
  note: z.string().optional()
})
export const ScoresRequest = z.object({ scores: z.record(z.string(), z.number().min(0)) })
export const StageRequest = z.object({ stage: SmeStage })
export const SelectionRequest = z.object({ selected: z.boolean(), note: z.string().optional() })

/** 사업자등록번호 check digit (국세청 rule: weights 1,3,7,1,3,7,1,3,5 plus the carry of digit 9 × 5). */
export function isValidBusinessNo(businessNo: string): boolean {
  if (!/^\d{10}$/.test(businessNo)) return false
  const digits = [...businessNo].map(Number)
  const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5]
  let sum = 0
  for (let i = 0; i < 9; i += 1) sum += digits[i]! * weights[i]!
  sum += Math.floor((digits[8]! * 5) / 10)
  return (10 - (sum % 10)) % 10 === digits[9]
}
