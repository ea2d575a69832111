import { z } from 'zod'
import { FreeText, Instant, LocalDate, MaskedName, PortalId, PortalRef, RecordId, ShortText, Version, Won } from './common'

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

/** Every stage a round may use, in the order rounds run them (a round lists its own subset). */
export const SME_STAGES = ['document', 'site_visit', 'interview'] as const
export const SmeStage = z.enum(SME_STAGES)
export type SmeStage = z.infer<typeof SmeStage>

export const SmeScore = z.object({
  evaluator_id: PortalId,
  stage: SmeStage,
  criterion: PortalId,
  score: z.number().min(0),
  scored_at: Instant
})
export type SmeScore = z.infer<typeof SmeScore>

export const SmeAssignment = z.object({ evaluator_id: PortalId, stage: SmeStage })
export type SmeAssignment = z.infer<typeof SmeAssignment>

/** 회피 (the evaluator declares a conflict) · 기피 (the applicant asked) · 제척 (excluded by rule). */
export const ABSTENTION_KINDS = ['recusal', 'challenge', 'exclusion'] as const
export const AbstentionKind = z.enum(ABSTENTION_KINDS)
export type AbstentionKind = z.infer<typeof AbstentionKind>

export const SmeAbstention = z.object({
  evaluator_id: PortalId,
  stage: SmeStage,
  kind: AbstentionKind,
  reason: FreeText,
  known_on: LocalDate.nullable(),
  by: PortalId,
  at: Instant
})
export type SmeAbstention = z.infer<typeof SmeAbstention>

/**
 * A score sheet's 평가의견. The contract puts `comment` beside `scores` in the request and is silent
 * on where the record shows it: this API keeps one entry per evaluator and stage (docs/openapi.json).
 */
export const SmeSheetComment = z.object({
  evaluator_id: PortalId,
  stage: SmeStage,
  comment: FreeText,
  at: Instant
})
export type SmeSheetComment = z.infer<typeof SmeSheetComment>

/**
 * The company as the application states it. Loose: eligibility criteria and computed scoring items
 * name company fields as data, so a field a later round adds must reach them (unknown fields kept).
 */
export const SmeCompany = z.looseObject({
  name: ShortText.min(1),
  /** Kept even when the check digit is wrong: the client flags it, the record still shows. */
  business_no: z.string().regex(/^\d{10}$/),
  ceo_name: MaskedName,
  /** The KSIC label of `industry_code` (absent from records cached before the field came). */
  industry_name: ShortText.optional(),
  /** Holds a valid 중소기업확인서 (absent: not stated — its criterion says 자료 없음). */
  sme_confirmed: z.boolean().optional(),
  district_code: z.string().regex(/^11\d{3}$/),
  address: ShortText,
  headquarters_in_seoul: z.boolean(),
  industry_code: z.string().max(20),
  founded_on: LocalDate,
  employees: z.number().int().min(0),
  insured_employees: z.number().int().min(0),
  regular_ratio: z.number().min(0).max(1),
  youth_employees: z.number().int().min(0),
  avg_monthly_wage: Won,
  living_wage_ratio: z.number().min(0).max(1),
  parental_leave_users: z.number().int().min(0),
  revenue: Won,
  public_certifications: z.array(z.object({ name: ShortText, valid_until: LocalDate })),
  wage_arrears: z.boolean(),
  industrial_accident_deaths: z.number().int().min(0),
  tax_delinquent: z.boolean(),
  work_life_benefits: z.array(ShortText)
})
export type SmeCompany = z.infer<typeof SmeCompany>

export const SmeScreening = z.object({
  result: z.enum(['eligible', 'ineligible']),
  failed_criteria: z.array(PortalRef),
  note: FreeText.nullable(),
  by: PortalRef,
  at: Instant
})
export type SmeScreening = z.infer<typeof SmeScreening>

export const SmeSelection = z.object({ selected: z.boolean(), note: FreeText.nullable(), by: PortalRef, at: Instant })

export const SmeApplication = z.object({
  id: RecordId,
  version: Version,
  updated_at: Instant,
  round: PortalId,
  company: SmeCompany,
  documents: z.array(z.object({ kind: ShortText, received: z.boolean() })),
  status: SmeStatus,
  stage: SmeStage.nullable(),
  screening: SmeScreening.nullable(),
  scores: z.array(SmeScore),
  /** Which evaluators score the application in which stage (absent in records cached before the field came). */
  assignments: z.array(SmeAssignment).default([]),
  abstentions: z.array(SmeAbstention).default([]),
  sheet_comments: z.array(SmeSheetComment).default([]),
  selection: SmeSelection.nullable()
})
export type SmeApplication = z.infer<typeof SmeApplication>

/** The eligibility kinds this client evaluates; any other kind is shown as 직접 확인 (never a silent pass). */
export const ELIGIBILITY_KINDS = ['is_true', 'is_false', 'at_least', 'at_most', 'years_since_at_least', 'certification_valid'] as const
export type EligibilityKind = (typeof ELIGIBILITY_KINDS)[number]

export const EligibilityCriterion = z.object({
  code: PortalId,
  label: ShortText,
  /** Open vocabulary: a kind the client does not know stays a string (직접 확인). */
  kind: PortalId,
  params: z.record(z.string(), z.unknown())
})
export type EligibilityCriterion = z.infer<typeof EligibilityCriterion>

export const ScoringBracket = z.object({ min: z.number(), points: z.number().min(0) })
export const ComputedScoring = z.object({ field: PortalId, brackets: z.array(ScoringBracket).min(1) })

export const ScoringItem = z.object({
  code: PortalId,
  label: ShortText,
  stage: SmeStage,
  /** The item's weight: the most an evaluator may give, or the most its brackets award. */
  max: z.number().positive(),
  /** 정량지표: points from the company's data by brackets, the same for every evaluator. */
  computed: ComputedScoring.optional()
})
export type ScoringItem = z.infer<typeof ScoringItem>

export const SmeCriteria = z.object({
  round: PortalRef,
  /** The day the round's conditions are judged on (업력, certification validity). */
  reference_date: LocalDate,
  /** The round's evaluation stages in order; the final selection is made in the last. */
  stages: z.array(SmeStage).min(1),
  eligibility: z.array(EligibilityCriterion),
  scoring: z.array(ScoringItem),
  /** Scoring item codes that break ties in a stage's ranking, in order (higher first). */
  tie_break: z.array(PortalId).default([])
})
export type SmeCriteria = z.infer<typeof SmeCriteria>

export const ScreeningRequest = z.object({
  result: z.enum(['eligible', 'ineligible']),
  failed_criteria: z.array(z.string()),
  note: z.string().optional()
})
export type ScreeningRequest = z.infer<typeof ScreeningRequest>

export const ABSTAIN_REASON_MIN = 5

export const AbstainRequest = z.object({
  abstain: z.object({
    kind: AbstentionKind,
    reason: z.string().trim().min(ABSTAIN_REASON_MIN, `사유는 ${ABSTAIN_REASON_MIN}자 이상 적어 주세요.`),
    known_on: LocalDate.optional()
  })
})
export type AbstainRequest = z.infer<typeof AbstainRequest>

export const ScoreSheetRequest = z.object({
  scores: z.record(z.string(), z.number().min(0)),
  comment: z.string().max(4000).optional()
})
export type ScoreSheetRequest = z.infer<typeof ScoreSheetRequest>

/** The body of `PUT /sme-applications/{id}/scores/{evaluator_id}?stage=…`: a sheet, or an abstention instead. */
export const ScoresRequest = z.union([ScoreSheetRequest.strict(), AbstainRequest.strict()])
export type ScoresRequest = z.infer<typeof ScoresRequest>

export const StageRequest = z.object({ stage: SmeStage })
export type StageRequest = z.infer<typeof StageRequest>
export const SelectionRequest = z.object({ selected: z.boolean(), note: z.string().optional() })
export type SelectionRequest = z.infer<typeof SelectionRequest>

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
