import { z } from 'zod'
import {
  AttractiveJob,
  AttractiveJobsRules,
  AttractiveJobStatus,
  JobField,
  OrgType,
  PublicType,
  ReviewAction,
  TargetGroup
} from '../../portal'
import { RULE_CODES } from './rules'

/** 매력일자리 views the main process hands to the renderer. */
export const RuleCodeSchema = z.enum(RULE_CODES)

export const PageRequest = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50)
})

export const SORTABLE_ATTRACTIVE_JOB_COLUMNS = [
  'updated_at',
  'submitted_at',
  'title',
  'org_name',
  'status',
  'headcount',
  'hourly_wage',
  'program_year',
  'field',
  'org_type',
  'rule_failure_count'
] as const
export const AttractiveJobSortColumn = z.enum(SORTABLE_ATTRACTIVE_JOB_COLUMNS)
export type AttractiveJobSortColumn = z.infer<typeof AttractiveJobSortColumn>

/** The longest search the list accepts (the search box holds no more). */
export const SEARCH_MAX_LENGTH = 100
export const SEARCH_LIMIT_MESSAGE = `검색어는 ${SEARCH_MAX_LENGTH}자까지 입력할 수 있습니다.`

export const AttractiveJobFilter = z.object({
  statuses: z.array(AttractiveJobStatus).optional(),
  orgTypes: z.array(OrgType).optional(),
  /** 자치구 5-digit codes (implies org type district). */
  districtCodes: z.array(z.string().regex(/^11\d{3}$/)).optional(),
  fields: z.array(JobField).optional(),
  publicTypes: z.array(PublicType).optional(),
  targetGroups: z.array(TargetGroup).optional(),
  programYears: z.array(z.number().int()).optional(),
  /** all_pass: every rule passes; has_failures: at least one fails (records whose year has no rules are neither). */
  ruleCheck: z.enum(['all_pass', 'has_failures']).optional(),
  /** Keep records failing any of these rules. */
  failingRules: z.array(RuleCodeSchema).optional(),
  /** Korean search over title, organisation, department and duties: substring and 초성. */
  search: z.string().max(SEARCH_MAX_LENGTH, SEARCH_LIMIT_MESSAGE).optional()
})
export type AttractiveJobFilter = z.infer<typeof AttractiveJobFilter>

export const AttractiveJobSort = z.object({ column: AttractiveJobSortColumn, direction: z.enum(['asc', 'desc']) })
export type AttractiveJobSort = z.infer<typeof AttractiveJobSort>

export const AttractiveJobListRequest = PageRequest.extend({
  filter: AttractiveJobFilter.default({}),
  sort: AttractiveJobSort.default({ column: 'updated_at', direction: 'desc' })
})
export type AttractiveJobListRequest = z.input<typeof AttractiveJobListRequest>

/** [start, end) in UTF-16 units of the text it marks. */
export const TextRange = z.tuple([z.number().int().min(0), z.number().int().min(0)])

/**
 * Why a row matched the search: the words marked in 사업명 and 기관, and where the words those two do not
 * show were found — a piece of 직무 (indexed, never shown in the list) or the 부서.
 */
export const AttractiveJobSearchMatch = z.object({
  title: z.array(TextRange),
  org_name: z.array(TextRange),
  elsewhere: z.object({ field: z.enum(['duties', 'org_department']), text: z.string(), ranges: z.array(TextRange) }).nullable()
})
export type AttractiveJobSearchMatch = z.infer<typeof AttractiveJobSearchMatch>

export const AttractiveJobRow = z.object({
  id: z.string(),
  version: z.number().int(),
  status: AttractiveJobStatus,
  program_year: z.number().int(),
  org_type: OrgType,
  org_code: z.string(),
  org_name: z.string(),
  org_department: z.string(),
  field: JobField,
  public_type: PublicType,
  target_group: TargetGroup,
  title: z.string(),
  headcount: z.number().int(),
  hourly_wage: z.number().int(),
  submitted_at: z.string(),
  updated_at: z.string(),
  pulled_at: z.string(),
  /** Rule codes that fail (empty: all pass); null when the year's rules are not cached yet. */
  rule_failures: z.array(RuleCodeSchema).nullable(),
  /** Writes of this record queued or waiting for a person. */
  pending_writes: z.number().int(),
  /** Writes of this record parked in 확인 필요. */
  needs_attention: z.number().int(),
  /** Null when the list is not searched. */
  match: AttractiveJobSearchMatch.nullable()
})
export type AttractiveJobRow = z.infer<typeof AttractiveJobRow>

export const AttractiveJobListResult = z.object({
  rows: z.array(AttractiveJobRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Counts per status under the same filter, ignoring the status filter itself. */
  statusCounts: z.record(z.string(), z.number().int())
})
export type AttractiveJobListResult = z.infer<typeof AttractiveJobListResult>

export const RuleResultSchema = z.object({
  rule: RuleCodeSchema,
  passed: z.boolean(),
  note: z.string(),
  values: z.record(z.string(), z.union([z.number(), z.string()]))
})

export const HistoryEntry = z.object({
  kind: z.enum(['version', 'queued', 'synced', 'conflict', 'rejected', 'reapplied', 'discarded', 'comment', 'decision', 'contact']),
  /** Korean one-liner. */
  summary: z.string(),
  actor: z.string().nullable(),
  /** When it happened on this PC (device clock), for local actions. */
  deviceTime: z.string().nullable(),
  /** Whose clock `deviceTime` is: the portal's for a decision or comment the portal recorded (absent: this PC's). */
  clock: z.enum(['device', 'portal']).optional(),
  /** When the portal confirmed it, or when this copy was received. */
  syncTime: z.string().nullable(),
  version: z.number().int().nullable()
})
export type HistoryEntry = z.infer<typeof HistoryEntry>

export const AttractiveJobDetail = z.object({
  record: AttractiveJob,
  pulled_at: z.string(),
  pending_writes: z.number().int(),
  needs_attention: z.number().int(),
  /** The year's thresholds used for the checks (null: not cached yet — sync once online). */
  rules: AttractiveJobsRules.nullable(),
  checks: z.array(RuleResultSchema).nullable(),
  /** 월 환산 임금 (시급 × 월 유급시간) and 참여 개월, computed beside the raw values. */
  monthly_wage: z.number().int(),
  monthly_paid_hours: z.number(),
  participation_months: z.number(),
  history: z.array(HistoryEntry)
})
export type AttractiveJobDetail = z.infer<typeof AttractiveJobDetail>

/** Bulk decisions: a set chosen by ids or by the current filter. */
export const BulkTarget = z.union([
  z.object({ ids: z.array(z.string().min(1)).min(1).max(10_000) }),
  z.object({ filter: AttractiveJobFilter })
])
export type BulkTarget = z.infer<typeof BulkTarget>

/** A record a bulk action would change, with what the staff member should see before confirming. */
export const BulkPreviewRow = z.object({
  id: z.string(),
  title: z.string(),
  status: AttractiveJobStatus,
  /** Rule codes that fail (empty: all pass); null when the year's rules are not cached yet. */
  rule_failures: z.array(RuleCodeSchema).nullable(),
  /** Writes of this record parked in 확인 필요: a new one waits behind them. */
  needs_attention: z.number().int()
})
export type BulkPreviewRow = z.infer<typeof BulkPreviewRow>

export const BulkPreview = z.object({
  action: ReviewAction,
  willChange: z.array(BulkPreviewRow),
  skipped: z.array(z.object({ id: z.string(), title: z.string(), status: AttractiveJobStatus, reason: z.string() }))
})
export type BulkPreview = z.infer<typeof BulkPreview>

export const BulkReviewRequest = z.object({
  target: BulkTarget,
  action: ReviewAction,
  reason: z.string().trim().max(2000).optional(),
  /** 적정 only: leave out the records failing a rule (the preview's switch, on by default there). */
  excludeRuleFailures: z.boolean().default(false),
  /** Leave out the records with a write parked in 확인 필요. */
  excludeNeedingAttention: z.boolean().default(false)
})
export type BulkReviewRequest = z.input<typeof BulkReviewRequest>

export const BulkResult = z.object({
  queued: z.number().int(),
  skipped: z.array(z.object({ id: z.string(), title: z.string(), reason: z.string() })),
  /** Of the queued, how many wait behind a write of the same record in 확인 필요. */
  behindConflict: z.number().int()
})
export type BulkResult = z.infer<typeof BulkResult>

export const AttractiveJobDashboard = z.object({
  total: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  byOrgType: z.record(z.string(), z.number().int()),
  /** The two at once, for the home chart: how many of each status each 기관구분 has (pairs with none left out). */
  byStatusAndOrgType: z.array(z.object({ status: z.string(), orgType: z.string(), count: z.number().int() })),
  /** Records failing each rule. */
  ruleFailures: z.record(z.string(), z.number().int()),
  withFailures: z.number().int(),
  programYears: z.array(z.number().int())
})
export type AttractiveJobDashboard = z.infer<typeof AttractiveJobDashboard>

export const LIST_COLUMNS = [
  'id',
  'title',
  'org_name',
  'org_type',
  'field',
  'public_type',
  'target_group',
  'headcount',
  'hourly_wage',
  'status',
  'rule_failures',
  'program_year',
  'submitted_at',
  'updated_at'
] as const
export const ListColumn = z.enum(LIST_COLUMNS)

/** What a saved view (and the last view) holds: filters, sort and the visible columns. */
export const ViewDefinition = z.object({
  filter: AttractiveJobFilter,
  sort: AttractiveJobSort,
  columns: z.array(ListColumn).min(1),
  pageSize: z.number().int().min(10).max(500).default(50)
})
export type ViewDefinition = z.infer<typeof ViewDefinition>

export const SavedView = z.object({
  id: z.number().int(),
  name: z.string(),
  definition: ViewDefinition,
  updatedAt: z.string()
})
export type SavedView = z.infer<typeof SavedView>
