import { z } from 'zod'
import { PageRequest, SEARCH_LIMIT_MESSAGE, SEARCH_MAX_LENGTH, TextRange } from '../attractive-jobs/views'
import { AbstentionKind, SmeApplication, SmeCriteria, SmeStage, SmeStatus } from '../../portal/smeApplications'

/** 서울형 강소기업 views the main process hands to the renderer (list, company card, sheets, committee). */

// ── Eligibility (evaluated locally from the cached criteria) ────────────────────────────────────

/** pass · fail · 자료 없음 (a missing or mistyped field: fails) · 직접 확인 (a kind this client does not know). */
export const ELIGIBILITY_OUTCOMES = ['pass', 'fail', 'missing', 'manual'] as const
export const EligibilityOutcome = z.enum(ELIGIBILITY_OUTCOMES)
export type EligibilityOutcome = z.infer<typeof EligibilityOutcome>

export const EligibilityResult = z.object({
  code: z.string(),
  label: z.string(),
  kind: z.string(),
  outcome: EligibilityOutcome,
  /** Korean evidence, e.g. "고용보험 가입자 수 40명 ≥ 10명", "업력 10년 ≥ 3년". */
  evidence: z.string()
})
export type EligibilityResult = z.infer<typeof EligibilityResult>

/** A computed (정량) scoring item as applied to one company: its data and the points its brackets give. */
export const ComputedItemResult = z.object({
  code: z.string(),
  label: z.string(),
  stage: SmeStage,
  max: z.number(),
  field: z.string(),
  /** The company's value (null: missing or not a number — 0 points). */
  value: z.number().nullable(),
  points: z.number(),
  /** Korean, e.g. "정규직 비율 93% → 20점 (90% 이상)". */
  evidence: z.string()
})
export type ComputedItemResult = z.infer<typeof ComputedItemResult>

// ── List ────────────────────────────────────────────────────────────────────────────────────────

export const SME_SORT_COLUMNS = [
  'updated_at',
  'company_name',
  'status',
  'stage',
  'round',
  'district_code',
  'industry_code',
  'employees',
  'insured_employees',
  'founded_on',
  'eligibility_failure_count',
  'documents_missing'
] as const
export const SmeSortColumn = z.enum(SME_SORT_COLUMNS)
export type SmeSortColumn = z.infer<typeof SmeSortColumn>

export const SME_ELIGIBILITY_FILTERS = ['all_pass', 'has_failures', 'manual'] as const

export const SmeFilter = z.object({
  rounds: z.array(z.string().min(1)).optional(),
  statuses: z.array(SmeStatus).optional(),
  stages: z.array(SmeStage).optional(),
  districtCodes: z.array(z.string().regex(/^11\d{3}$/)).optional(),
  industryCodes: z.array(z.string().min(1)).optional(),
  /** all_pass: every criterion passes; has_failures: one fails or has no data; manual: one needs 직접 확인 (records whose round has no cached criteria are none of these). */
  eligibility: z.enum(SME_ELIGIBILITY_FILTERS).optional(),
  /** Only records whose 사업자등록번호 fails the check digit. */
  businessNoInvalid: z.boolean().optional(),
  /** Only records with a document not received. */
  documentsMissing: z.boolean().optional(),
  /** Company name (substring and 초성) or 사업자등록번호 typed with or without hyphens. */
  search: z.string().max(SEARCH_MAX_LENGTH, SEARCH_LIMIT_MESSAGE).optional()
})
export type SmeFilter = z.infer<typeof SmeFilter>

export const SmeSort = z.object({ column: SmeSortColumn, direction: z.enum(['asc', 'desc']) })
export type SmeSort = z.infer<typeof SmeSort>

export const SmeListRequest = PageRequest.extend({
  filter: SmeFilter.default({}),
  sort: SmeSort.default({ column: 'updated_at', direction: 'desc' })
})
export type SmeListRequest = z.input<typeof SmeListRequest>

export const SmeRow = z.object({
  id: z.string(),
  version: z.number().int(),
  round: z.string(),
  status: SmeStatus,
  stage: SmeStage.nullable(),
  company_name: z.string(),
  /** 10 digits as stored; shown as 000-00-00000. */
  business_no: z.string(),
  business_no_valid: z.boolean(),
  district_code: z.string(),
  industry_code: z.string(),
  industry_name: z.string().nullable(),
  employees: z.number().int(),
  insured_employees: z.number().int(),
  founded_on: z.string(),
  /** Criterion codes that fail or have no data (empty: all pass); null while the round's criteria are not cached. */
  eligibility_failures: z.array(z.string()).nullable(),
  /** Criterion codes whose kind this client does not know (직접 확인). */
  eligibility_manual: z.array(z.string()),
  documents_missing: z.number().int(),
  screening_result: z.enum(['eligible', 'ineligible']).nullable(),
  updated_at: z.string(),
  pulled_at: z.string(),
  pending_writes: z.number().int(),
  needs_attention: z.number().int(),
  /** Where the search matched the company name (null: not searched, or matched by 사업자등록번호). */
  match: z.object({ company_name: z.array(TextRange) }).nullable()
})
export type SmeRow = z.infer<typeof SmeRow>

export const SmeListResult = z.object({
  rows: z.array(SmeRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Counts per status under the same filter, ignoring the status filter itself. */
  statusCounts: z.record(z.string(), z.number().int())
})
export type SmeListResult = z.infer<typeof SmeListResult>

export const SME_LIST_COLUMNS = [
  'id',
  'company_name',
  'business_no',
  'round',
  'status',
  'stage',
  'district_code',
  'industry',
  'employees',
  'insured_employees',
  'founded_on',
  'eligibility',
  'documents_missing',
  'updated_at'
] as const
export const SmeListColumn = z.enum(SME_LIST_COLUMNS)
export type SmeListColumn = z.infer<typeof SmeListColumn>

/** What a saved view (and the last view) of the 강소기업 list holds. */
export const SmeViewDefinition = z.object({
  filter: SmeFilter,
  sort: SmeSort,
  columns: z.array(SmeListColumn).min(1),
  pageSize: z.number().int().min(10).max(500).default(50)
})
export type SmeViewDefinition = z.infer<typeof SmeViewDefinition>

export const SmeSavedView = z.object({ id: z.number().int(), name: z.string(), definition: SmeViewDefinition, updatedAt: z.string() })
export type SmeSavedView = z.infer<typeof SmeSavedView>

// ── Company card and screening ──────────────────────────────────────────────────────────────────

export const SmeCertificationView = z.object({
  name: z.string(),
  valid_until: z.string(),
  /** Valid on the round's reference date (null: the round's criteria are not cached). */
  valid: z.boolean().nullable()
})

export const SmeDetail = z.object({
  record: SmeApplication,
  pulled_at: z.string(),
  pending_writes: z.number().int(),
  needs_attention: z.number().int(),
  /** The round's criteria as cached by the last sync (null: not cached yet — sync once online). */
  criteria: SmeCriteria.nullable(),
  business_no_valid: z.boolean(),
  /** Full years from founding to the round's reference date (or to today when criteria are missing). */
  years_in_business: z.number().int(),
  certifications: z.array(SmeCertificationView),
  /** Null while the criteria are not cached. */
  eligibility: z.array(EligibilityResult).nullable(),
  documents: z.array(z.object({ kind: z.string(), label: z.string(), received: z.boolean() })),
  /** The computed items of every stage of the round, applied to this company. */
  computed: z.array(ComputedItemResult)
})
export type SmeDetail = z.infer<typeof SmeDetail>

export const SCREENING_NOTE_MAX = 2000

export const SmeScreenRequest = z.object({
  id: z.string().min(1),
  result: z.enum(['eligible', 'ineligible']),
  /** The criteria the decision names as failed (pre-filled from the checklist, may be overridden). */
  failedCriteria: z.array(z.string().min(1)),
  /** Required for 부적격 and whenever the decision differs from the checklist (main checks it). */
  note: z.string().trim().max(SCREENING_NOTE_MAX).optional()
})
export type SmeScreenRequest = z.input<typeof SmeScreenRequest>

// ── Score sheets (sme_evaluator) ────────────────────────────────────────────────────────────────

export const PledgeStatus = z.object({ round: z.string(), confirmedAt: z.string().nullable() })
export type PledgeStatus = z.infer<typeof PledgeStatus>

export const SHEET_STATES = ['complete', 'partial', 'missing', 'recusal', 'challenge', 'exclusion'] as const
export const SheetState = z.enum(SHEET_STATES)
export type SheetState = z.infer<typeof SheetState>

/** One application in the signed-in evaluator's work list for a stage. */
export const MySheetRow = z.object({
  id: z.string(),
  company_name: z.string(),
  round: z.string(),
  stage: SmeStage,
  state: SheetState,
  /** Sum of the evaluator items scored so far. */
  total: z.number().nullable(),
  pending_writes: z.number().int()
})
export type MySheetRow = z.infer<typeof MySheetRow>

export const MySheetsRequest = z.object({ round: z.string().min(1).optional(), stage: SmeStage.optional() })
export const MySheets = z.object({
  round: z.string().nullable(),
  /** The rounds the evaluator has assignments in (newest first). */
  rounds: z.array(z.string()),
  rows: z.array(MySheetRow)
})
export type MySheets = z.infer<typeof MySheets>

export const SheetRequest = z.object({
  id: z.string().min(1),
  stage: SmeStage,
  /** Manager only: whose sheet (default: the signed-in staff member). */
  evaluatorId: z.string().min(1).optional()
})

export const ScoreSheet = z.object({
  id: z.string(),
  company_name: z.string(),
  round: z.string(),
  stage: SmeStage,
  evaluator_id: z.string(),
  /** The stage's evaluator items with their 배점, from the criteria. */
  items: z.array(z.object({ code: z.string(), label: z.string(), max: z.number() })),
  computed: z.array(ComputedItemResult),
  scores: z.record(z.string(), z.number()),
  comment: z.string().nullable(),
  abstention: z.object({ kind: AbstentionKind, reason: z.string(), known_on: z.string().nullable() }).nullable(),
  /** Null when the sheet may be edited; else the Korean reason (stage moved on, abstained, not assigned…). */
  readOnlyReason: z.string().nullable(),
  pending_writes: z.number().int()
})
export type ScoreSheet = z.infer<typeof ScoreSheet>

export const SCORE_COMMENT_MAX = 4000

export const ScoreRequest = z.object({
  id: z.string().min(1),
  stage: SmeStage,
  scores: z.record(z.string(), z.number().min(0)),
  comment: z.string().trim().max(SCORE_COMMENT_MAX).optional(),
  /** Manager only: whose sheet (default: the signed-in staff member). */
  evaluatorId: z.string().min(1).optional()
})
export type ScoreRequest = z.input<typeof ScoreRequest>

export const AbstainInput = z.object({
  id: z.string().min(1),
  stage: SmeStage,
  kind: AbstentionKind.default('recusal'),
  reason: z.string().trim().min(5, '사유는 5자 이상 적어 주세요.').max(1000),
  /** The day the conflict became known (YYYY-MM-DD). */
  knownOn: z.iso.date().optional(),
  /** Whose abstention (default: the signed-in staff member; 기피·제척 are recorded by a manager for an evaluator). */
  evaluatorId: z.string().min(1).optional()
})
export type AbstainInput = z.input<typeof AbstainInput>

// ── Committee view and ranking (manager) ────────────────────────────────────────────────────────

export const StageRef = z.object({ round: z.string().min(1), stage: SmeStage })
export type StageRef = z.infer<typeof StageRef>

/** One application's aggregates in a stage (definitions: labels.ts SME_SCORE_DEFINITIONS). */
export const RankingRow = z.object({
  id: z.string(),
  company: z.string(),
  status: SmeStatus,
  /** The application's current stage (it may have moved past the ranked one). */
  current_stage: SmeStage.nullable(),
  /** Complete sheets (counted). */
  sheets: z.number().int(),
  /** Sheets with some items unscored (shown, not counted). */
  incomplete_sheets: z.number().int(),
  abstentions: z.number().int(),
  computed: z.number(),
  mean: z.number().nullable(),
  trimmed_mean: z.number().nullable(),
  score: z.number().nullable(),
  normalized: z.number().nullable(),
  spread: z.number().nullable(),
  disagreement: z.boolean(),
  /** 1..n over the applications with at least one complete sheet; null otherwise. */
  rank: z.number().int().nullable()
})
export type RankingRow = z.infer<typeof RankingRow>

export const CommitteeCell = z.object({
  state: SheetState,
  /** A complete sheet's total, else null. */
  total: z.number().nullable()
})

export const CommitteeView = z.object({
  round: z.string(),
  stage: SmeStage,
  stages: z.array(SmeStage),
  /** Evaluators of the stage as 위원 A, B, … (ids stay on screen for the manager, never in a printout). */
  evaluators: z.array(z.object({ id: z.string(), letter: z.string() })),
  /** Ordered by rank (unranked last, by id). */
  rows: z.array(RankingRow.extend({ cells: z.record(z.string(), CommitteeCell) })),
  /** The stage's maximum evaluator total (sum of its evaluator items' max): the disagreement threshold is 20 % of it. */
  max_evaluator_total: z.number(),
  isLastStage: z.boolean()
})
export type CommitteeView = z.infer<typeof CommitteeView>

/**
 * A batch on the applications of one stage (the committee view), or — stage omitted, as the CLI's `advance ID` —
 * each application from the stage it is in. An application not in the named stage is skipped with its reason.
 */
export const StageBatchRequest = StageRef.partial().extend({ ids: z.array(z.string().min(1)).min(1).max(10_000) })
export type StageBatchRequest = z.input<typeof StageBatchRequest>

export const SelectionDecision = z.object({ id: z.string().min(1), selected: z.boolean() })
export const SelectionBatchRequest = StageRef.partial().extend({
  decisions: z.array(SelectionDecision).min(1).max(10_000),
  /** 강소기업지원위원회's note, kept with each decision. */
  note: z.string().trim().max(2000).optional()
})
export type SelectionBatchRequest = z.input<typeof SelectionBatchRequest>

export const BatchPreview = z.object({
  willChange: z.array(z.object({ id: z.string(), company: z.string(), intent: z.string() })),
  skipped: z.array(z.object({ id: z.string(), company: z.string(), reason: z.string() }))
})
export type BatchPreview = z.infer<typeof BatchPreview>

export const BatchResult = z.object({
  queued: z.number().int(),
  skipped: z.array(z.object({ id: z.string(), company: z.string(), reason: z.string() }))
})
export type BatchResult = z.infer<typeof BatchResult>

// ── Dashboard ───────────────────────────────────────────────────────────────────────────────────

export const SmeDashboard = z.object({
  total: z.number().int(),
  rounds: z.array(z.string()),
  byStatus: z.record(z.string(), z.number().int()),
  /** Evaluating applications per stage. */
  byStage: z.record(z.string(), z.number().int()),
  /** Per evaluator: assigned sheets of applications in their current stage not yet complete (abstentions excluded). */
  missingSheets: z.array(z.object({ evaluator_id: z.string(), missing: z.number().int() }))
})
export type SmeDashboard = z.infer<typeof SmeDashboard>
