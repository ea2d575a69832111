import {
  ATTRACTIVE_JOBS_DECISIONS_REPORT,
  ATTRACTIVE_JOBS_LIST_REPORT,
  ATTRACTIVE_JOBS_RULE_FAILURES_REPORT,
  ATTRACTIVE_JOBS_SUMMARY_REPORT,
  AttractiveJobsReportParams,
  DECISION_COLUMNS,
  DECISION_SEND_STATE_LABELS,
  DECISION_SOURCE_LABELS,
  filterLines,
  listReportColumns,
  NO_FILTER_LINE,
  RULE_CHECK_TEXT,
  RULE_FAILURE_COLUMNS,
  sortLine,
  STATUS_COUNT_COLUMNS,
  SUMMARY_GROUP_COLUMNS,
  SUMMARY_MEASURE_COLUMNS
} from '../../../shared/domains/attractive-jobs/reports'
import {
  ATTRACTIVE_JOB_STATUS_LABELS,
  JOB_FIELD_LABELS,
  ORG_TYPE_LABELS,
  PUBLIC_TYPE_LABELS,
  TARGET_GROUP_LABELS
} from '../../../shared/domains/attractive-jobs/labels'
import { RULE_CODES, RULE_LABELS } from '../../../shared/domains/attractive-jobs/rules'
import {
  AttractiveJobListRequest,
  LIST_COLUMNS,
  ViewDefinition,
  type AttractiveJobFilter,
  type AttractiveJobRow,
  type AttractiveJobSort
} from '../../../shared/domains/attractive-jobs/views'
import { JOB_FIELDS, ORG_TYPES, type AttractiveJobStatus, type JobField, type OrgType } from '../../../shared/portal'
import { AppError } from '../../core/errors'
import { listSavedViews } from '../../db/repositories/savedViews'
import type { ReportContent, ReportRow, ReportSheet, ReportSpec } from '../../reports/types'
import { lookUpContact } from '../contactLookup'
import type { DomainContext } from '../types'
import { decisionRows, districtNames, ruleFailuresByOrg, staffNames, summaryCells, type SummaryCell } from './reportQueries'
import { allAttractiveJobRows, attractiveJobsTable, listAttractiveJobs } from './repository'

const COLLECTION = 'attractive-jobs'
const LIST_DEFAULTS = AttractiveJobListRequest.parse({})

interface ResolvedView {
  filter: AttractiveJobFilter
  sort: AttractiveJobSort
  columns: (typeof LIST_COLUMNS)[number][]
  viewName: string | null
}

/**
 * The list state a report is about: a saved view of the signed-in staff member by name (the given
 * filter keys laid over its filter, a given sort or columns instead of its own), or the given state.
 * Without either: every submission, in the list's default order, every list column.
 */
function resolveView(ctx: DomainContext, params: AttractiveJobsReportParams): ResolvedView {
  let saved: { name: string; definition: ViewDefinition } | undefined
  if (params.view !== undefined) {
    const wanted = params.view.trim()
    const views = listSavedViews(ctx.db, ctx.session.requireStaff().id, COLLECTION, ViewDefinition)
    saved = views.find((view) => view.name === wanted)
    if (!saved) {
      const names = views.map((view) => `"${view.name}"`).join(', ')
      throw new AppError(
        'not_found',
        `"${wanted}" 이라는 매력일자리 저장된 보기가 없습니다. ${names ? `저장된 보기: ${names}` : '저장된 보기가 하나도 없습니다.'} 목록 화면에서 보기 이름을 확인하세요.`
      )
    }
  }
  return {
    filter: { ...saved?.definition.filter, ...params.filter },
    sort: params.sort ?? saved?.definition.sort ?? LIST_DEFAULTS.sort,
    columns: params.columns ?? saved?.definition.columns ?? [...LIST_COLUMNS],
    viewName: saved?.name ?? null
  }
}

function summaryFilters(ctx: DomainContext, view: ResolvedView, withSort: boolean): { label: string; value: string }[] {
  const names = view.filter.districtCodes?.length ? districtNames(ctx.db) : new Map<string, string>()
  const lines = filterLines(view.filter, (code) => names.get(code))
  return [
    ...(view.viewName ? [{ label: '저장된 보기', value: view.viewName }] : []),
    ...(lines.length > 0 ? lines : [NO_FILTER_LINE]),
    ...(withSort ? [{ label: '정렬', value: sortLine(view.sort) }] : [])
  ]
}

const SEOUL_OFFSET_MS = 9 * 3600_000

/** `YYYY-MM-DD` in Asia/Seoul of an instant (the list's 접수일 and 수정일 are Seoul days). */
function seoulDateOf(instant: string): string {
  return new Date(Date.parse(instant) + SEOUL_OFFSET_MS).toISOString().slice(0, 10)
}

// ── 신청 목록 ───────────────────────────────────────────────────────────────────────────────────

/** A list row as the file holds it: labels for codes, Seoul days for instants; the contact stays empty until unmasked. */
function listReportRow(row: AttractiveJobRow): ReportRow {
  return {
    id: row.id,
    title: row.title,
    org_code: row.org_code,
    org_name: row.org_name,
    org_type: ORG_TYPE_LABELS[row.org_type],
    field: JOB_FIELD_LABELS[row.field],
    public_type: PUBLIC_TYPE_LABELS[row.public_type],
    target_group: TARGET_GROUP_LABELS[row.target_group],
    headcount: row.headcount,
    hourly_wage: row.hourly_wage,
    status: ATTRACTIVE_JOB_STATUS_LABELS[row.status],
    rule_failures: row.rule_failures === null ? RULE_CHECK_TEXT.notChecked : row.rule_failures.length === 0 ? RULE_CHECK_TEXT.passed : RULE_CHECK_TEXT.failures(row.rule_failures),
    program_year: String(row.program_year),
    submitted_at: seoulDateOf(row.submitted_at),
    updated_at: seoulDateOf(row.updated_at),
    contact_name: null,
    contact_phone: null,
    contact_email: null
  }
}

/** The contact of the row's submission in full, from the portal (audited per look-up with the reason). */
function unmaskContact(ctx: DomainContext) {
  return async (row: ReportRow, reason: string): Promise<ReportRow> => {
    const contact = await lookUpContact(ctx, { collection: COLLECTION, table: attractiveJobsTable }, { id: String(row.id), reason })
    return { ...row, contact_name: contact.name, contact_phone: contact.phone, contact_email: contact.email }
  }
}

export const attractiveJobsListReport: ReportSpec<AttractiveJobsReportParams> = {
  descriptor: ATTRACTIVE_JOBS_LIST_REPORT,
  params: AttractiveJobsReportParams,
  build(ctx, params): ReportContent {
    const view = resolveView(ctx, params)
    const { total } = listAttractiveJobs(ctx.db, { filter: view.filter, sort: view.sort, pageSize: 1 })
    const sheet: ReportSheet = {
      name: '신청 목록',
      columns: listReportColumns(view.columns),
      count: total,
      *rows() {
        for (const row of allAttractiveJobRows(ctx.db, view.filter, view.sort)) yield listReportRow(row)
      },
      unmask: unmaskContact(ctx)
    }
    return { filters: summaryFilters(ctx, view, true), collections: [COLLECTION], sheets: [sheet] }
  }
}

// ── 신청 현황 ───────────────────────────────────────────────────────────────────────────────────

interface Measures {
  count: number
  headcount: number
  budget: number
}

const noMeasures = (): Measures => ({ count: 0, headcount: 0, budget: 0 })

function add(into: Measures, cell: Measures): void {
  into.count += cell.count
  into.headcount += cell.headcount
  into.budget += cell.budget
}

function sumOf(cells: readonly SummaryCell[]): Measures {
  const total = noMeasures()
  for (const cell of cells) add(total, cell)
  return total
}

const TOTAL_LABEL = '합계'

/** One row per 기관구분 (each status a column), then the totals row. */
function byOrgTypeAndStatus(cells: readonly SummaryCell[]): ReportRow[] {
  const row = (label: string, of: readonly SummaryCell[]): ReportRow => {
    const byStatus = new Map<string, number>()
    for (const cell of of) byStatus.set(cell.status, (byStatus.get(cell.status) ?? 0) + cell.count)
    return {
      org_type: label,
      ...Object.fromEntries(STATUS_COUNT_COLUMNS.map((column) => [column.key, byStatus.get(column.key.slice('status_'.length)) ?? 0])),
      ...sumOf(of)
    }
  }
  return [...ORG_TYPES.map((type: OrgType) => row(ORG_TYPE_LABELS[type], cells.filter((cell) => cell.org_type === type))), row(TOTAL_LABEL, cells)]
}

/** One row per 자치구 in code order (the official order), then the totals row. */
function byDistrict(cells: readonly SummaryCell[]): ReportRow[] {
  const districts = new Map<string, { name: string; measures: Measures }>()
  for (const cell of cells) {
    if (cell.org_type !== 'district') continue
    const district = districts.get(cell.org_code) ?? { name: cell.org_name, measures: noMeasures() }
    add(district.measures, cell)
    districts.set(cell.org_code, district)
  }
  const rows = [...districts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, district]): ReportRow => ({ district_code: code, district: district.name, ...district.measures }))
  return [...rows, { district_code: null, district: TOTAL_LABEL, ...sumOf(cells.filter((cell) => cell.org_type === 'district')) }]
}

/** One row per 직무분야 in the portal's order, then the totals row. */
function byField(cells: readonly SummaryCell[]): ReportRow[] {
  return [
    ...JOB_FIELDS.map((field: JobField): ReportRow => ({ field: JOB_FIELD_LABELS[field], ...sumOf(cells.filter((cell) => cell.field === field)) })),
    { field: TOTAL_LABEL, ...sumOf(cells) }
  ]
}

function sheetOf(name: string, columns: ReportSheet['columns'], rows: readonly ReportRow[]): ReportSheet {
  return { name, columns, count: rows.length, rows: () => rows }
}

export const attractiveJobsSummaryReport: ReportSpec<AttractiveJobsReportParams> = {
  descriptor: ATTRACTIVE_JOBS_SUMMARY_REPORT,
  params: AttractiveJobsReportParams,
  build(ctx, params): ReportContent {
    const view = resolveView(ctx, params)
    const cells = summaryCells(ctx.db, view.filter)
    return {
      filters: summaryFilters(ctx, view, false),
      collections: [COLLECTION],
      sheets: [
        sheetOf('기관구분별 상태', [SUMMARY_GROUP_COLUMNS.orgType, ...STATUS_COUNT_COLUMNS, ...SUMMARY_MEASURE_COLUMNS], byOrgTypeAndStatus(cells)),
        sheetOf('자치구별', [SUMMARY_GROUP_COLUMNS.districtCode, SUMMARY_GROUP_COLUMNS.district, ...SUMMARY_MEASURE_COLUMNS], byDistrict(cells)),
        sheetOf('직무분야별', [SUMMARY_GROUP_COLUMNS.field, ...SUMMARY_MEASURE_COLUMNS], byField(cells))
      ],
      notes: [
        '상태별 건수의 합이 신청 건수입니다. 모집인원은 신청서의 모집 인원, 예산은 총사업비(원)의 합입니다.',
        '자치구별 시트는 기관구분이 자치구인 신청만 셉니다.'
      ]
    }
  }
}

// ── 규칙 점검 결과 ──────────────────────────────────────────────────────────────────────────────

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole)

export const attractiveJobsRuleFailuresReport: ReportSpec<AttractiveJobsReportParams> = {
  descriptor: ATTRACTIVE_JOBS_RULE_FAILURES_REPORT,
  params: AttractiveJobsReportParams,
  build(ctx, params): ReportContent {
    const view = resolveView(ctx, params)
    const orgs = ruleFailuresByOrg(ctx.db, view.filter)
    const checked = orgs.reduce((sum, org) => sum + org.checked, 0)
    const { total } = listAttractiveJobs(ctx.db, { filter: view.filter, pageSize: 1 })
    const byRule = RULE_CODES.map((rule): ReportRow => {
      const failures = orgs.reduce((sum, org) => sum + (org.failures.get(rule) ?? 0), 0)
      return { rule: RULE_LABELS[rule], failures, checked, share: share(failures, checked) }
    })
    const typeOrder = (type: string) => ORG_TYPES.indexOf(type as OrgType)
    const byOrg = [...orgs]
      .sort((a, b) => typeOrder(a.org_type) - typeOrder(b.org_type) || a.org_code.localeCompare(b.org_code) || a.org_name.localeCompare(b.org_name, 'ko'))
      .flatMap((org) =>
        RULE_CODES.filter((rule) => org.failures.has(rule)).map(
          (rule): ReportRow => ({
            org_type: ORG_TYPE_LABELS[org.org_type as OrgType] ?? org.org_type,
            org_code: org.org_code,
            org_name: org.org_name,
            rule: RULE_LABELS[rule],
            failures: org.failures.get(rule)!,
            checked: org.checked,
            share: share(org.failures.get(rule)!, org.checked)
          })
        )
      )
    const c = RULE_FAILURE_COLUMNS
    return {
      filters: summaryFilters(ctx, view, false),
      collections: [COLLECTION],
      sheets: [
        sheetOf('기준별 위반', [c.rule, c.failures, c.checked, c.share], byRule),
        sheetOf('기관별 위반', [c.orgType, c.orgCode, c.orgName, c.rule, c.failures, c.checked, c.share], byOrg)
      ],
      notes: [
        `점검 건수는 사업연도 기준이 이 PC에 있어 점검한 신청입니다(${checked.toLocaleString('ko-KR')}건). 기준이 아직 없는 신청 ${(total - checked).toLocaleString('ko-KR')}건은 세지 않았습니다.`,
        '한 신청이 여러 기준을 위반하면 기준마다 한 번씩 셉니다. 위반 비율은 위반 건수 ÷ 점검 건수입니다.'
      ]
    }
  }
}

// ── 검토 결정 대장 ──────────────────────────────────────────────────────────────────────────────

export const attractiveJobsDecisionsReport: ReportSpec<AttractiveJobsReportParams> = {
  descriptor: ATTRACTIVE_JOBS_DECISIONS_REPORT,
  params: AttractiveJobsReportParams,
  build(ctx, params): ReportContent {
    const view = resolveView(ctx, params)
    const names = staffNames(ctx.db)
    const sheet: ReportSheet = {
      name: '검토 결정 대장',
      columns: DECISION_COLUMNS,
      *rows() {
        for (const decision of decisionRows(ctx.db, view.filter)) {
          yield {
            id: decision.id,
            title: decision.title,
            org_name: decision.org_name,
            outcome: ATTRACTIVE_JOB_STATUS_LABELS[decision.outcome as AttractiveJobStatus],
            reason: decision.reason,
            decided_by: decision.staff_id === null ? null : (names.get(decision.staff_id) ?? decision.staff_id),
            pc_time: decision.pc_time,
            portal_time: decision.portal_time,
            source: DECISION_SOURCE_LABELS[decision.source],
            send_state: DECISION_SEND_STATE_LABELS[decision.state]
          }
        }
      }
    }
    return {
      filters: summaryFilters(ctx, view, false),
      collections: [COLLECTION],
      sheets: [sheet],
      notes: [
        'PC 시각은 이 PC에서 결정한 시각, 포털 시각은 포털이 그 결정을 기록한 시각입니다.',
        '다른 PC나 포털에서 한 결정은 포털이 보관하는 신청별 마지막 결정만 보입니다(PC 시각 없음). 결정자는 직원 명부의 이름입니다.'
      ]
    }
  }
}

export const attractiveJobsReports = [attractiveJobsSummaryReport, attractiveJobsListReport, attractiveJobsRuleFailuresReport, attractiveJobsDecisionsReport]
