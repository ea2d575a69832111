import type { DataTableSortStatus } from 'mantine-datatable'
import { SME_STAGE_LABELS } from '../../../../shared/domains/sme/labels'
import { SME_ELIGIBILITY_FILTER_LABELS, SME_FILTER_LABELS } from '../../../../shared/domains/sme/viewLabels'
import {
  SME_LIST_COLUMNS,
  SmeFilter,
  type SmeListColumn,
  type SmeRow,
  type SmeSort,
  type SmeSortColumn,
  type SmeViewDefinition
} from '../../../../shared/domains/sme/views'
import type { SmeStage } from '../../../../shared/portal'
import type { ChosenFilterValue } from '../../components/FilterChips'
import {
  activeFilterKeys,
  cleanFilter,
  filterFromRoute,
  filterToRoute,
  filterValuesOf,
  normalizeColumns,
  normalizeListView,
  sameListView
} from '../../lib/listView'

/** 상태 (its badge opens nothing) and 기업명 (with the 전송 대기/확인 필요 markers) are always shown. */
export const SME_REQUIRED_COLUMNS: readonly SmeListColumn[] = ['status', 'company_name']

/** Display order: status first, then the contract's order. */
export const SME_COLUMN_ORDER: readonly SmeListColumn[] = ['status', ...SME_LIST_COLUMNS.filter((c) => c !== 'status')]

export const SME_DEFAULT_COLUMNS: SmeListColumn[] = [
  'status',
  'company_name',
  'business_no',
  'stage',
  'district_code',
  'industry',
  'insured_employees',
  'founded_on',
  'eligibility',
  'documents_missing'
]

export const SME_PAGE_SIZE_OPTIONS = [25, 50, 100]

export const SME_DEFAULT_SORT: SmeSort = { column: 'updated_at', direction: 'desc' }

export const SME_DEFAULT_VIEW: SmeViewDefinition = { filter: {}, sort: SME_DEFAULT_SORT, columns: SME_DEFAULT_COLUMNS, pageSize: 50 }

/** The sort column of each sortable list column (업종 sorts by its code, 자격요건 by the number of failures). */
export const SME_SORT_COLUMN_OF: Partial<Record<SmeListColumn, SmeSortColumn>> = {
  company_name: 'company_name',
  round: 'round',
  status: 'status',
  stage: 'stage',
  district_code: 'district_code',
  industry: 'industry_code',
  employees: 'employees',
  insured_employees: 'insured_employees',
  founded_on: 'founded_on',
  eligibility: 'eligibility_failure_count',
  documents_missing: 'documents_missing',
  updated_at: 'updated_at'
}

export function toSmeSortStatus(sort: SmeSort): DataTableSortStatus<SmeRow> {
  const accessor = SME_COLUMN_ORDER.find((c) => SME_SORT_COLUMN_OF[c] === sort.column) ?? sort.column
  return { columnAccessor: accessor, direction: sort.direction }
}

export function fromSmeSortStatus(status: DataTableSortStatus<SmeRow>): SmeSort {
  const column = SME_SORT_COLUMN_OF[status.columnAccessor as SmeListColumn] ?? SME_DEFAULT_SORT.column
  return { column, direction: status.direction }
}

export function normalizeSmeColumns(columns: readonly string[]): SmeListColumn[] {
  return normalizeColumns(SME_COLUMN_ORDER, SME_REQUIRED_COLUMNS, columns)
}

export function normalizeSmeView(definition: SmeViewDefinition): SmeViewDefinition {
  return normalizeListView(
    { filter: definition.filter, sort: definition.sort, columns: definition.columns, pageSize: definition.pageSize },
    SME_COLUMN_ORDER,
    SME_REQUIRED_COLUMNS
  )
}

export function sameSmeView(a: SmeViewDefinition, b: SmeViewDefinition): boolean {
  return sameListView(a, b, SME_COLUMN_ORDER, SME_REQUIRED_COLUMNS)
}

/** The filters the 필터 control counts and its chips show: all but 상태 (the chips) and the search (its box). */
export type SmeBarFilterKey = Exclude<keyof SmeFilter, 'statuses' | 'search'>

export const SME_BAR_FILTER_KEYS: readonly SmeBarFilterKey[] = [
  'rounds',
  'stages',
  'districtCodes',
  'industryCodes',
  'eligibility',
  'businessNoInvalid',
  'documentsMissing'
]

export function activeSmeBarFilters(filter: SmeFilter): SmeBarFilterKey[] {
  return activeFilterKeys(filter, SME_BAR_FILTER_KEYS)
}

/** Names the chips need that the filter itself does not carry. */
export interface SmeFilterNames {
  districts: ReadonlyMap<string, string>
  industries: ReadonlyMap<string, string | null>
}

function valueLabel(key: SmeBarFilterKey, value: string | number | boolean, names: SmeFilterNames): string {
  const text = String(value)
  switch (key) {
    case 'rounds':
      return text
    case 'stages':
      return SME_STAGE_LABELS[text as SmeStage] ?? text
    case 'districtCodes':
      return names.districts.get(text) ?? text
    case 'industryCodes': {
      const name = names.industries.get(text)
      return name ? `${text} ${name}` : text
    }
    case 'eligibility':
      return SME_ELIGIBILITY_FILTER_LABELS[text as keyof typeof SME_ELIGIBILITY_FILTER_LABELS] ?? text
    case 'businessNoInvalid':
    case 'documentsMissing':
      return ''
  }
}

/** Every value chosen in the filter bar, in the bar's order: "차수: 2026-1", a flag by its own name. */
export function chosenSmeFilterValues(filter: SmeFilter, names: SmeFilterNames): ChosenFilterValue<SmeBarFilterKey>[] {
  return activeSmeBarFilters(filter).flatMap((key) =>
    filterValuesOf(filter, key).map((value) => {
      const label = valueLabel(key, value, names)
      return { key, value, label: label ? `${SME_FILTER_LABELS[key]}: ${label}` : SME_FILTER_LABELS[key] }
    })
  )
}

export function cleanSmeFilter(filter: SmeFilter): SmeFilter {
  return cleanFilter(filter)
}

/** The filter a link brought (`#/sme?filter=…`, the home tile's counts), or null. */
export function smeFilterFromRoute(value: string | undefined): SmeFilter | null {
  return filterFromRoute(SmeFilter, value)
}

export function smeFilterToRoute(filter: SmeFilter): string {
  return filterToRoute(filter)
}
