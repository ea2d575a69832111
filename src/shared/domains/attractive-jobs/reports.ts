import { z } from 'zod'
import type { Access } from '../../ipc/access'
import { ATTRACTIVE_JOB_STATUSES, type Role } from '../../portal'
import { ReportParams, type ReportColumn, type ReportDescriptor } from '../../reports/model'
import { attractiveJobsContract } from './contract'
import {
  ATTRACTIVE_JOB_FIELD_LABELS,
  ATTRACTIVE_JOB_STATUS_LABELS,
  JOB_FIELD_LABELS,
  ORG_TYPE_LABELS,
  PUBLIC_TYPE_LABELS,
  TARGET_GROUP_LABELS
} from './labels'
import { RULE_LABELS, type RuleCode } from './rules'
import { FILTER_LABELS, LIST_COLUMN_LABELS, RULE_CHECK_FILTER_LABELS } from './viewLabels'
import { AttractiveJobFilter, AttractiveJobSort, LIST_COLUMNS, ListColumn, SORTABLE_ATTRACTIVE_JOB_COLUMNS, type AttractiveJobSortColumn } from './views'

type ListColumnName = (typeof LIST_COLUMNS)[number]

/**
 * 매력일자리's reports (보고서): what the catalog, the export dialog and the CLI show of them, and the
 * parameters each reads. Their rows are built in src/main/domains/attractive-jobs/reports.ts.
 */

export const ATTRACTIVE_JOBS_REPORT_GROUP = '매력일자리'

/** Whoever may open the review list may export its reports (the manager always may). */
function rolesOf(access: Access): Role[] {
  return Array.isArray(access) ? [...(access as readonly Role[])] : []
}
const ROLES = rolesOf(attractiveJobsContract['attractiveJobs:list'].access)

// ── Parameters ──────────────────────────────────────────────────────────────────────────────────

/** A `--filter k=v` value as the filter's field takes it: lists split at commas, numbers, true/false. */
function fromCliText(field: z.ZodType | undefined, text: string): unknown {
  const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field
  const number = (word: string): unknown => (/^-?\d+(\.\d+)?$/.test(word) ? Number(word) : word)
  if (inner instanceof z.ZodArray) {
    const words = text.split(',').map((word) => word.trim()).filter(Boolean)
    return inner.element instanceof z.ZodNumber ? words.map(number) : words
  }
  if (inner instanceof z.ZodNumber) return number(text)
  if (inner instanceof z.ZodBoolean) return text === 'true' ? true : text === 'false' ? false : text
  return text
}

const FILTER_KEYS = Object.keys(AttractiveJobFilter.shape) as (keyof AttractiveJobFilter)[]

/**
 * The list's filter as the screen holds it, or as the CLI's `--filter statuses=in_review,approved
 * programYears=2026` gives it (text). A key the list does not know is refused, not ignored: a report
 * handed up must not quietly show everything.
 */
export const AttractiveJobReportFilter = z.preprocess(
  (raw) =>
    raw !== null && typeof raw === 'object' && !Array.isArray(raw)
      ? Object.fromEntries(
          Object.entries(raw).map(([key, value]) => [
            key,
            typeof value === 'string' ? fromCliText(AttractiveJobFilter.shape[key as keyof AttractiveJobFilter], value) : value
          ])
        )
      : raw,
  z.strictObject(AttractiveJobFilter.shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `매력일자리 목록에 없는 조건입니다: ${issue.keys.join(', ')}. 쓸 수 있는 조건: ${FILTER_KEYS.join(', ')}`
        : undefined
  })
)

/**
 * What every 매력일자리 report reads of the generic parameters: the list's filter (and, for the list,
 * its sort and columns) as the screen holds them, or a saved view by name with the given filter keys
 * laid over it. A session (재취업) given to a batch is not theirs and is left alone.
 */
export const AttractiveJobsReportParams = z
  .object({
    filter: AttractiveJobReportFilter.optional(),
    sort: AttractiveJobSort.optional(),
    columns: z.array(ListColumn).min(1, '열을 하나 이상 고르세요.').optional(),
    view: ReportParams.shape.view,
    session: ReportParams.shape.session
  })
  .strict()
export type AttractiveJobsReportParams = z.output<typeof AttractiveJobsReportParams>

// ── 요약's lines ──────────────────────────────────────────────────────────────────────────────

/** How a row's rule check reads in a file: the failing rules by name, 통과, or not checked yet. */
export const RULE_CHECK_TEXT = {
  notChecked: '점검 전(사업연도 기준 없음)',
  passed: '통과',
  failures: (rules: readonly RuleCode[]) => rules.map((rule) => RULE_LABELS[rule]).join(', ')
} as const

const SORT_COLUMN_LABELS = Object.fromEntries(
  SORTABLE_ATTRACTIVE_JOB_COLUMNS.map((column) => [
    column,
    column === 'rule_failure_count' ? `${LIST_COLUMN_LABELS.rule_failures}(위반 수)` : LIST_COLUMN_LABELS[column]
  ])
) as Record<AttractiveJobSortColumn, string>

/** "수정일 내림차순". */
export function sortLine(sort: AttractiveJobSort): string {
  return `${SORT_COLUMN_LABELS[sort.column]} ${sort.direction === 'asc' ? '오름차순' : '내림차순'}`
}

export const NO_FILTER_LINE = { label: '조건', value: '전체(조건 없음)' } as const

/**
 * The filter as 요약 lists it, in the filter bar's order: "상태: 검토중, 적정", "검색: "청년"".
 * `districtName` names a 자치구 code (the code alone when it does not know it).
 */
export function filterLines(filter: AttractiveJobFilter, districtName: (code: string) => string | undefined): { label: string; value: string }[] {
  const named = <K extends string>(values: readonly K[] | undefined, labels: Record<K, string>) => values?.map((value) => labels[value]).join(', ')
  const values: Record<keyof AttractiveJobFilter, string | undefined> = {
    statuses: named(filter.statuses, ATTRACTIVE_JOB_STATUS_LABELS),
    orgTypes: named(filter.orgTypes, ORG_TYPE_LABELS),
    districtCodes: filter.districtCodes?.map((code) => (districtName(code) ? `${districtName(code)}(${code})` : code)).join(', '),
    fields: named(filter.fields, JOB_FIELD_LABELS),
    publicTypes: named(filter.publicTypes, PUBLIC_TYPE_LABELS),
    targetGroups: named(filter.targetGroups, TARGET_GROUP_LABELS),
    programYears: filter.programYears?.map((year) => `${year}년`).join(', '),
    ruleCheck: filter.ruleCheck ? RULE_CHECK_FILTER_LABELS[filter.ruleCheck] : undefined,
    failingRules: named(filter.failingRules, RULE_LABELS),
    search: filter.search?.trim() ? `"${filter.search.trim()}"` : undefined
  }
  return FILTER_KEYS.filter((key) => values[key]).map((key) => ({ label: FILTER_LABELS[key], value: values[key]! }))
}

// ── Columns ─────────────────────────────────────────────────────────────────────────────────────

/** A record field's Korean name (ATTRACTIVE_JOB_FIELD_LABELS), as 확인 필요 shows it too. */
const fieldLabel = (path: string) => ATTRACTIVE_JOB_FIELD_LABELS[path] ?? path

const col = (key: string, label: string, kind: ReportColumn['kind'], personal?: ReportColumn['personal']): ReportColumn =>
  personal ? { key, label, kind, personal } : { key, label, kind }

/** What each list column becomes in the file (기관 carries its code beside the name). */
export const LIST_REPORT_COLUMNS: Record<ListColumnName, readonly ReportColumn[]> = {
  id: [col('id', LIST_COLUMN_LABELS.id, 'text')],
  title: [col('title', LIST_COLUMN_LABELS.title, 'text')],
  org_name: [col('org_code', fieldLabel('org.code'), 'code'), col('org_name', LIST_COLUMN_LABELS.org_name, 'text')],
  org_type: [col('org_type', LIST_COLUMN_LABELS.org_type, 'text')],
  field: [col('field', LIST_COLUMN_LABELS.field, 'text')],
  public_type: [col('public_type', LIST_COLUMN_LABELS.public_type, 'text')],
  target_group: [col('target_group', LIST_COLUMN_LABELS.target_group, 'text')],
  headcount: [col('headcount', LIST_COLUMN_LABELS.headcount, 'integer')],
  hourly_wage: [col('hourly_wage', LIST_COLUMN_LABELS.hourly_wage, 'money')],
  status: [col('status', LIST_COLUMN_LABELS.status, 'text')],
  rule_failures: [col('rule_failures', LIST_COLUMN_LABELS.rule_failures, 'text')],
  program_year: [col('program_year', LIST_COLUMN_LABELS.program_year, 'text')],
  submitted_at: [col('submitted_at', LIST_COLUMN_LABELS.submitted_at, 'date')],
  updated_at: [col('updated_at', LIST_COLUMN_LABELS.updated_at, 'date')]
}

/** The submitting department's contact: in the file only when a manager unmasks (fetched from the portal). */
export const CONTACT_REPORT_COLUMNS: readonly ReportColumn[] = [
  col('contact_name', fieldLabel('contact.name'), 'text', 'optional'),
  col('contact_phone', fieldLabel('contact.phone'), 'text', 'optional'),
  col('contact_email', fieldLabel('contact.email'), 'text', 'optional')
]

/** The columns of a list export: the chosen list columns in their order, then the contact. */
export function listReportColumns(columns: readonly ListColumnName[]): ReportColumn[] {
  return [...[...new Set(columns)].flatMap((column) => LIST_REPORT_COLUMNS[column]), ...CONTACT_REPORT_COLUMNS]
}

/** Counts, 모집인원 and 예산 of a group of submissions (every summary sheet ends with them). */
export const SUMMARY_MEASURE_COLUMNS: readonly ReportColumn[] = [
  col('count', '신청 건수', 'integer'),
  col('headcount', '모집인원', 'integer'),
  col('budget', '예산(총사업비)', 'money')
]

/** The cross table's status columns, one per status in the portal's order. */
export const STATUS_COUNT_COLUMNS: readonly ReportColumn[] = ATTRACTIVE_JOB_STATUSES.map((status) =>
  col(`status_${status}`, ATTRACTIVE_JOB_STATUS_LABELS[status], 'integer')
)

export const SUMMARY_GROUP_COLUMNS = {
  orgType: col('org_type', LIST_COLUMN_LABELS.org_type, 'text'),
  districtCode: col('district_code', '자치구 코드', 'code'),
  district: col('district', FILTER_LABELS.districtCodes, 'text'),
  field: col('field', LIST_COLUMN_LABELS.field, 'text')
} as const

export const RULE_FAILURE_COLUMNS = {
  orgType: col('org_type', LIST_COLUMN_LABELS.org_type, 'text'),
  orgCode: col('org_code', fieldLabel('org.code'), 'code'),
  orgName: col('org_name', LIST_COLUMN_LABELS.org_name, 'text'),
  rule: col('rule', '기준', 'text'),
  failures: col('failures', '위반 건수', 'integer'),
  checked: col('checked', '점검 건수', 'integer'),
  share: col('share', '위반 비율', 'percent')
} as const

export const DECISION_COLUMNS: readonly ReportColumn[] = [
  col('id', LIST_COLUMN_LABELS.id, 'text'),
  col('title', LIST_COLUMN_LABELS.title, 'text'),
  col('org_name', LIST_COLUMN_LABELS.org_name, 'text'),
  col('outcome', '결정', 'text'),
  col('reason', '사유', 'text'),
  col('decided_by', '결정자', 'text'),
  col('pc_time', 'PC 시각', 'datetime'),
  col('portal_time', '포털 시각', 'datetime'),
  col('source', '결정한 곳', 'text'),
  col('send_state', '전송 상태', 'text')
]

/** Where a decision of the ledger was made: on this PC (its queued write) or elsewhere (only the portal's copy shows it). */
export const DECISION_SOURCE_LABELS = { here: '이 PC', portal: '포털·다른 PC' } as const

/** A decision made here, by its write's state in the outbox. */
export const DECISION_SEND_STATE_LABELS: Record<'pending' | 'done' | 'conflict' | 'rejected' | 'discarded', string> = {
  pending: '전송 대기',
  done: '반영됨',
  conflict: '확인 필요(충돌)',
  rejected: '확인 필요(거절)',
  discarded: '취소함'
}

// ── Descriptors ─────────────────────────────────────────────────────────────────────────────────

const base = { group: ATTRACTIVE_JOBS_REPORT_GROUP, params: ['listView'] as ReportDescriptor['params'], roles: ROLES }

export const ATTRACTIVE_JOBS_SUMMARY_REPORT: ReportDescriptor = {
  ...base,
  id: 'attractive-jobs.summary',
  title: '신청 현황',
  description: '기관구분 × 상태, 자치구별, 직무분야별 신청 건수와 모집인원·예산(총사업비) 합계입니다. 목록의 조건이나 저장된 보기로 좁힐 수 있습니다.',
  columns: [
    SUMMARY_GROUP_COLUMNS.orgType,
    SUMMARY_GROUP_COLUMNS.districtCode,
    SUMMARY_GROUP_COLUMNS.district,
    SUMMARY_GROUP_COLUMNS.field,
    ...STATUS_COUNT_COLUMNS,
    ...SUMMARY_MEASURE_COLUMNS
  ],
  hasMoney: true,
  wide: true
}

export const ATTRACTIVE_JOBS_LIST_REPORT: ReportDescriptor = {
  ...base,
  id: 'attractive-jobs.list',
  title: '신청 목록',
  description: '목록 화면의 지금 조건·정렬·열(또는 저장된 보기)에 맞는 신청을 빠짐없이 모두 담습니다. 담당자 연락처는 관리자가 가림 해제할 때만 들어갑니다.',
  columns: listReportColumns(LIST_COLUMNS),
  hasMoney: true,
  wide: true
}

export const ATTRACTIVE_JOBS_RULE_FAILURES_REPORT: ReportDescriptor = {
  ...base,
  id: 'attractive-jobs.rule-failures',
  title: '규칙 점검 결과',
  description: '사업연도 기준으로 점검한 결과입니다. 기준별 위반 건수와 비율, 기관별·기준별 위반 건수를 담습니다.',
  columns: Object.values(RULE_FAILURE_COLUMNS),
  hasMoney: false,
  wide: false
}

export const ATTRACTIVE_JOBS_DECISIONS_REPORT: ReportDescriptor = {
  ...base,
  id: 'attractive-jobs.decisions',
  title: '검토 결정 대장',
  description:
    '적정·부적정·보완요청 결정마다 사유, 결정자, 이 PC에서 결정한 시각과 포털에 기록된 시각을 담습니다. 이 PC에서 한 결정은 전송 상태도 함께 적습니다.',
  columns: [...DECISION_COLUMNS],
  hasMoney: false,
  wide: true
}
