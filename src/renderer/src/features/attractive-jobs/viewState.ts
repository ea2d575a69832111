import type { DataTableSortStatus } from 'mantine-datatable'
import {
  AttractiveJobFilter,
  LIST_COLUMNS,
  SORTABLE_ATTRACTIVE_JOB_COLUMNS,
  type AttractiveJobRow,
  type AttractiveJobSort,
  type AttractiveJobSortColumn,
  type ViewDefinition
} from '../../../../shared/domains/attractive-jobs/views'
import type { AttractiveJobStatus } from '../../../../shared/portal'
import {
  activeFilterKeys,
  cleanFilter as cleanListFilter,
  filterFromRoute as listFilterFromRoute,
  filterToRoute as listFilterToRoute,
  normalizeColumns as normalizeListColumns,
  normalizeListView,
  sameListView,
  withoutFilterValue as withoutListFilterValue
} from '../../lib/listView'

export type ListColumn = (typeof LIST_COLUMNS)[number]

/** Status (with the row checkbox) and title (with the 전송 대기/확인 필요 markers) are always shown. */
export const REQUIRED_COLUMNS: readonly ListColumn[] = ['status', 'title']

/** Display order: status first, then the contract's order. */
export const COLUMN_ORDER: readonly ListColumn[] = ['status', ...LIST_COLUMNS.filter((c) => c !== 'status')]

export const DEFAULT_COLUMNS: ListColumn[] = [
  'status',
  'title',
  'org_name',
  'field',
  'public_type',
  'target_group',
  'headcount',
  'hourly_wage',
  'rule_failures',
  'program_year',
  'submitted_at'
]

export const PAGE_SIZE_OPTIONS = [25, 50, 100]

export const DEFAULT_SORT: AttractiveJobSort = { column: 'updated_at', direction: 'desc' }

export const DEFAULT_VIEW: ViewDefinition = {
  filter: {},
  sort: DEFAULT_SORT,
  columns: DEFAULT_COLUMNS,
  pageSize: 50
}

/** The sort column of a list column (the failure badge sorts by the number of failures). */
export const SORT_COLUMN_OF: Partial<Record<ListColumn, AttractiveJobSortColumn>> = {
  rule_failures: 'rule_failure_count',
  ...Object.fromEntries(
    SORTABLE_ATTRACTIVE_JOB_COLUMNS.filter((c) => (LIST_COLUMNS as readonly string[]).includes(c)).map((c) => [c, c])
  )
}

export function toSortStatus(sort: AttractiveJobSort): DataTableSortStatus<AttractiveJobRow> {
  const accessor = sort.column === 'rule_failure_count' ? 'rule_failures' : sort.column
  return { columnAccessor: accessor, direction: sort.direction }
}

export function fromSortStatus(status: DataTableSortStatus<AttractiveJobRow>): AttractiveJobSort {
  const column = SORT_COLUMN_OF[status.columnAccessor as ListColumn] ?? DEFAULT_SORT.column
  return { column, direction: status.direction }
}

/** Visible columns in display order, always including the required ones. */
export function normalizeColumns(columns: readonly string[]): ListColumn[] {
  return normalizeListColumns(COLUMN_ORDER, REQUIRED_COLUMNS, columns)
}

/** Drops empty arrays and blank search so equal filters compare (and save) equal. */
export function cleanFilter(filter: AttractiveJobFilter): AttractiveJobFilter {
  return cleanListFilter(filter)
}

export function normalizeView(definition: ViewDefinition): ViewDefinition {
  return normalizeListView(
    { filter: definition.filter, sort: definition.sort, columns: definition.columns, pageSize: definition.pageSize },
    COLUMN_ORDER,
    REQUIRED_COLUMNS
  )
}

export function sameView(a: ViewDefinition, b: ViewDefinition): boolean {
  return sameListView(a, b, COLUMN_ORDER, REQUIRED_COLUMNS)
}

/** Not yet decided: still waiting for a reviewer. */
export function isUnreviewed(status: AttractiveJobStatus): boolean {
  return status === 'submitted' || status === 'in_review'
}

export interface ReviewProgressCounts {
  /** 적정 + 부적정 + 보완요청. */
  decided: number
  /** 접수 + 검토중: still waiting for a reviewer. */
  remaining: number
  withdrawn: number
  /** What needs a decision at all: everything but 철회. */
  target: number
  byStatus: Record<string, number>
}

/** 검토 진행 over the records of the filter, ignoring the status filter (the status chips' counts). */
export function reviewProgress(statusCounts: Record<string, number>): ReviewProgressCounts {
  const n = (status: AttractiveJobStatus) => statusCounts[status] ?? 0
  const decided = n('approved') + n('rejected') + n('revision_requested')
  const remaining = n('submitted') + n('in_review')
  return { decided, remaining, withdrawn: n('withdrawn'), target: decided + remaining, byStatus: statusCounts }
}

/** The filters the 필터 control counts and its chips show: all but 상태 (the chips) and the search (its box). */
export type BarFilterKey = Exclude<keyof AttractiveJobFilter, 'statuses' | 'search'>

export const BAR_FILTER_KEYS: readonly BarFilterKey[] = [
  'orgTypes',
  'districtCodes',
  'fields',
  'publicTypes',
  'targetGroups',
  'programYears',
  'ruleCheck',
  'failingRules'
]

export function activeBarFilters(filter: AttractiveJobFilter): BarFilterKey[] {
  return activeFilterKeys(filter, BAR_FILTER_KEYS)
}

/** The filter without one chosen value (a chip's ×); a filter left with no value is dropped. */
export function withoutFilterValue(filter: AttractiveJobFilter, key: BarFilterKey, value: string | number): AttractiveJobFilter {
  return withoutListFilterValue(filter, key, value)
}

/**
 * The filter a link brought (the home screen's counts: `#/attractive-jobs?filter=…`), or null when
 * there is none or it is not one the list accepts.
 */
export function filterFromRoute(value: string | undefined): AttractiveJobFilter | null {
  return listFilterFromRoute(AttractiveJobFilter, value)
}

/** The link's form of a filter (see filterFromRoute). */
export function filterToRoute(filter: AttractiveJobFilter): string {
  return listFilterToRoute(filter)
}
