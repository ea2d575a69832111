import { businessNoSearchDigits } from '../../../shared/domains/sme/company'
import { SmeListRequest as ListRequestSchema, type SmeListRequest, type SmeListResult, type SmeRow } from '../../../shared/domains/sme/views'
import { openWritesSql } from '../../db/repositories/outbox'
import type { ColumnValue } from '../../db/repositories/recordTable'
import { matchRanges, searchWords } from '../../db/search'
import { prepared, sqlId } from '../../db/statements'
import type { Db } from '../../db/types'
import { smeApplicationsTable } from './repository'

type ListFilter = ReturnType<typeof ListRequestSchema.parse>['filter']

const T = 'sme_applications'

/**
 * WHERE clause (bound parameters only) for a list filter; shared by the list and its counts.
 * `scansEveryRow`: nothing but a search no index answers, so every row is read whatever index is used.
 */
export function smeWhere(filter: ListFilter, options: { ignoreStatus?: boolean } = {}): { sql: string; params: ColumnValue[]; scansEveryRow: boolean } {
  const parts: string[] = []
  const params: ColumnValue[] = []
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return
    parts.push(`${T}.${sqlId(column)} IN (${values.map(() => '?').join(', ')})`)
    params.push(...values)
  }
  if (!options.ignoreStatus) inList('status', filter.statuses)
  inList('round', filter.rounds)
  inList('stage', filter.stages)
  inList('district_code', filter.districtCodes)
  inList('industry_code', filter.industryCodes)
  if (filter.eligibility === 'all_pass') parts.push(`${T}.eligibility_failure_count = 0 AND ${T}.eligibility_manual_count = 0`)
  if (filter.eligibility === 'has_failures') parts.push(`${T}.eligibility_failure_count > 0`)
  if (filter.eligibility === 'manual') parts.push(`${T}.eligibility_manual_count > 0`)
  if (filter.businessNoInvalid) parts.push(`${T}.business_no_valid = 0`)
  if (filter.documentsMissing) parts.push(`${T}.documents_missing > 0`)
  const columnFilters = parts.length
  let scansRows = false
  const digits = filter.search ? businessNoSearchDigits(filter.search) : null
  if (digits) {
    // Typed with or without hyphens: the digits anywhere in the 10-digit number (a prefix is the usual case).
    parts.push(`instr(${T}.business_no, ?) > 0`)
    params.push(digits)
    scansRows = true
  } else {
    const search = smeApplicationsTable.searchCondition(filter.search)
    if (search) {
      parts.push(search.sql)
      params.push(...search.params)
      scansRows = search.scansRows
    }
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params, scansEveryRow: columnFilters === 0 && scansRows }
}

const RECORD_COLUMNS = `${T}.id, ${T}.version, round, status, stage, company_name, business_no, business_no_valid, district_code,
  industry_code, industry_name, employees, insured_employees, founded_on, eligibility_failure_count,
  (SELECT group_concat(criterion) FROM sme_eligibility_failures f WHERE f.application_id = ${T}.id AND f.outcome <> 'manual') AS failure_list,
  (SELECT group_concat(criterion) FROM sme_eligibility_failures f WHERE f.application_id = ${T}.id AND f.outcome = 'manual') AS manual_list,
  documents_missing, screening_result, updated_at, pulled_at`

const ROW_COLUMNS = `${RECORD_COLUMNS},
  ${openWritesSql('sme-applications', `${T}.id`, 'open')} AS pending_writes,
  ${openWritesSql('sme-applications', `${T}.id`, 'parked')} AS needs_attention`

interface ListRow extends Omit<SmeRow, 'business_no_valid' | 'eligibility_failures' | 'eligibility_manual' | 'match'> {
  business_no_valid: number | null
  eligibility_failure_count: number | null
  failure_list: string | null
  manual_list: string | null
}

const codes = (list: string | null) => (list ? list.split(',').sort() : [])

function toRow({ business_no_valid, eligibility_failure_count, failure_list, manual_list, ...row }: ListRow): SmeRow {
  return {
    ...row,
    business_no_valid: business_no_valid === 1,
    eligibility_failures: eligibility_failure_count === null ? null : codes(failure_list),
    eligibility_manual: codes(manual_list),
    match: null
  }
}

/** Where a name search matched each row's company name (the page only); null for a 사업자등록번호 search. */
function withMatches(rows: SmeRow[], search: string | undefined): SmeRow[] {
  if (!search?.trim() || businessNoSearchDigits(search)) return rows
  const words = searchWords(search)
  if (words.length === 0) return rows
  return rows.map((row) => ({ ...row, match: { company_name: matchRanges(row.company_name, words, { choseong: true, characters: true }).ranges } }))
}

/** One page of the 강소기업 list, its total and the per-status counts for the same filter minus the status. */
export function listSmeApplications(db: Db, request: SmeListRequest): SmeListResult {
  const { page, pageSize, filter, sort } = ListRequestSchema.parse(request)
  const where = smeWhere(filter)
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC'
  const order = `${T}.${sqlId(sort.column)} ${direction}, ${T}.id ${direction}`
  const rows = prepared(db, `SELECT ${ROW_COLUMNS} FROM ${T} ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
    ...where.params,
    pageSize,
    (page - 1) * pageSize
  ) as ListRow[]
  const withoutStatus = smeWhere(filter, { ignoreStatus: true })
  const countSource = withoutStatus.scansEveryRow ? `${T} NOT INDEXED` : T
  const counts = prepared(db, `SELECT status, count(*) AS n FROM ${countSource} ${withoutStatus.sql} GROUP BY status`).all(...withoutStatus.params) as {
    status: string
    n: number
  }[]
  const statuses = filter.statuses?.length ? new Set<string>(filter.statuses) : null
  const total = counts.reduce((sum, c) => (statuses === null || statuses.has(c.status) ? sum + c.n : sum), 0)
  return {
    rows: withMatches(rows.map(toRow), filter.search),
    total,
    page,
    pageSize,
    statusCounts: Object.fromEntries(counts.map((c) => [c.status, c.n]))
  }
}

/**
 * The CLI's `list sme-applications`: every record with its failing criterion codes (null while the
 * round's criteria are not cached), the check digit and the documents missing. `onlyFailing`: with
 * an eligibility failure.
 */
export function smeSummaries(db: Db, options: { status?: string | undefined; onlyFailing: boolean }): Record<string, unknown>[] {
  const parts: string[] = []
  const params: ColumnValue[] = []
  if (options.status) {
    parts.push('status = ?')
    params.push(options.status)
  }
  if (options.onlyFailing) parts.push('eligibility_failure_count > 0')
  const rows = prepared(
    db,
    `SELECT ${RECORD_COLUMNS}
     FROM ${T} ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''} ORDER BY ${T}.id`
  ).all(...params) as ListRow[]
  return rows.map((row) => {
    const { match: _match, pending_writes: _pending, needs_attention: _parked, pulled_at: _pulled, ...summary } = toRow({ ...row, pending_writes: 0, needs_attention: 0 })
    return summary
  })
}
