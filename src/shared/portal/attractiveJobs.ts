import { z } from 'zod'
import { FreeText, Instant, LocalDate, MaskedEmail, MaskedName, MaskedPhone, PortalId, PortalRef, RecordId, ShortText, Version, Won } from './common'

/** 매력일자리 (공공형) project proposal, shared/portal-admin-api.md §5. */
export const ORG_TYPES = ['city', 'district', 'agency'] as const
export const OrgType = z.enum(ORG_TYPES)
export type OrgType = z.infer<typeof OrgType>

export const PUBLIC_TYPES = ['career_building', 'inclusive'] as const
export const PublicType = z.enum(PUBLIC_TYPES)
export type PublicType = z.infer<typeof PublicType>

export const JOB_FIELDS = [
  'management_planning',
  'administration',
  'culture_arts',
  'care',
  'education_counseling',
  'ai'
] as const
export const JobField = z.enum(JOB_FIELDS)
export type JobField = z.infer<typeof JobField>

export const TARGET_GROUPS = ['youth', 'middle_aged', 'any'] as const
export const TargetGroup = z.enum(TARGET_GROUPS)
export type TargetGroup = z.infer<typeof TargetGroup>

export const ATTRACTIVE_JOB_STATUSES = [
  'submitted',
  'in_review',
  'approved',
  'rejected',
  'revision_requested',
  'withdrawn'
] as const
export const AttractiveJobStatus = z.enum(ATTRACTIVE_JOB_STATUSES)
export type AttractiveJobStatus = z.infer<typeof AttractiveJobStatus>

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export const Weekday = z.enum(WEEKDAYS)

export const SELECTION_METHODS = ['document', 'interview', 'practical'] as const

export const REVIEW_ACTIONS = ['start_review', 'approve', 'reject', 'request_revision'] as const
export const ReviewAction = z.enum(REVIEW_ACTIONS)
export type ReviewAction = z.infer<typeof ReviewAction>

export const DECISION_OUTCOMES = ['approved', 'rejected', 'revision_requested'] as const

export const Comment = z.object({
  id: PortalId,
  author: PortalId,
  body: FreeText.min(1),
  created_at: Instant
})
export type Comment = z.infer<typeof Comment>

export const Decision = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  reason: FreeText.nullable(),
  decided_by: PortalRef,
  decided_at: Instant
})
export type Decision = z.infer<typeof Decision>

export const AttractiveJob = z.object({
  id: RecordId,
  version: Version,
  updated_at: Instant,
  program_year: z.number().int().min(2000).max(2100),
  org: z.object({
    type: OrgType,
    code: PortalId,
    name: ShortText.min(1),
    department: ShortText
  }),
  public_type: PublicType,
  field: JobField,
  title: ShortText.min(1),
  duties: FreeText,
  expected_outcome: FreeText,
  target_group: TargetGroup,
  age_range: z.object({ min: z.number().int().min(0), max: z.number().int().min(0) }),
  requirements: FreeText,
  preferences: FreeText,
  headcount: z.number().int().min(0),
  workplace: ShortText,
  period: z.object({ start: LocalDate, end: LocalDate }),
  work_days: z.array(Weekday),
  daily_hours: z.number().min(0).max(24),
  weekly_hours: z.number().min(0).max(168),
  hourly_wage: Won,
  social_insurance: z.boolean(),
  training: z.object({
    pre_hours: z.number().min(0),
    in_service_hours: z.number().min(0),
    plan: FreeText
  }),
  recruitment: z.object({
    apply_start: LocalDate,
    apply_end: LocalDate,
    selection: z.array(ShortText),
    final_selection_on: LocalDate
  }),
  budget: z.object({
    total: Won,
    labor: Won,
    training: Won,
    other: Won,
    funding: z.object({ city: Won, district: Won, other: Won })
  }),
  contact: z.object({ name: MaskedName, phone: MaskedPhone, email: MaskedEmail }),
  attachments: z.array(z.object({ id: PortalRef, name: ShortText, size: z.number().int().min(0) })),
  status: AttractiveJobStatus,
  submitted_at: Instant,
  decision: Decision.nullable(),
  revision_count: z.number().int().min(0),
  comments: z.array(Comment)
})
export type AttractiveJob = z.infer<typeof AttractiveJob>

export const RuleCheck = z.object({
  rule: ShortText.min(1),
  passed: z.boolean(),
  note: FreeText.optional()
})
export type RuleCheck = z.infer<typeof RuleCheck>

export const ReviewRequest = z
  .object({
    action: ReviewAction,
    reason: FreeText.optional(),
    checks: z.array(RuleCheck).optional()
  })
  .superRefine((body, ctx) => {
    if ((body.action === 'reject' || body.action === 'request_revision') && (body.reason ?? '').trim().length < 5) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '부적정·보완요청에는 5자 이상의 사유가 필요합니다.' })
    }
  })
export type ReviewRequest = z.infer<typeof ReviewRequest>

export const CommentRequest = z.object({ body: z.string().trim().min(1).max(4000) })
export type CommentRequest = z.infer<typeof CommentRequest>

/** The state machine of §5, as the client and the simulator both apply it. */
export const REVIEW_TRANSITIONS: Record<ReviewAction, { from: readonly AttractiveJobStatus[]; to: AttractiveJobStatus }> = {
  start_review: { from: ['submitted'], to: 'in_review' },
  approve: { from: ['in_review'], to: 'approved' },
  reject: { from: ['in_review'], to: 'rejected' },
  request_revision: { from: ['in_review'], to: 'revision_requested' }
}

export function canApplyReviewAction(status: AttractiveJobStatus, action: ReviewAction): boolean {
  return REVIEW_TRANSITIONS[action].from.includes(status)
}

export const AttractiveJobsRules = z.object({
  year: z.number().int(),
  living_wage_hourly: Won,
  minimum_wage_hourly: Won,
  max_months: z.number().int().positive(),
  min_pre_training_hours: z.number().min(0),
  age_ranges: z.object({
    youth: z.object({ min: z.number().int(), max: z.number().int() }),
    middle_aged: z.object({ min: z.number().int(), max: z.number().int() }),
    any: z.object({ min: z.number().int(), max: z.number().int() })
  })
})
export type AttractiveJobsRules = z.infer<typeof AttractiveJobsRules>
