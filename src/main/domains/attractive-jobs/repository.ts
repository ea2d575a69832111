import type { Db } from '../../db/types'
import type { AttractiveJob } from '../../../shared/portal'
import type { AttractiveJobListRequest, AttractiveJobRow } from '../../../shared/domains/attractive-jobs/views'
import { AttractiveJobListRequest as ListRequestSchema } from '../../../shared/domains/attractive-jobs/views'
import { prepared, sqlId } from '../../db/statements'
import { rowsInOrder } from '../../db/rowsInOrder'
import { createRecordTable, type ColumnValue } from '../../db/repositories/recordTable'
import { openWritesSql } from '../../db/repositories/outbox'
import { deriveRuleFailures, type RulesLookup } from './checks'
import { liveRules } from './rulesRepository'
import { attractiveJobSearchMatch } from './searchMatch'

/** One side-table row per failing rule (the rule filter and the list's failure badges read them). */
function storeRuleFailures(db: Db, jobId: string, failed: readonly string[], replacing: boolean): void {
  if (replacing) prepared(db, `DELETE FROM attractive_job_rule_failures WHERE job_id = ?`).run(jobId)
  const insert = prepared(db, `INSERT INTO attractive_job_rule_failures (job_id, rule) VALUES (?, ?)`)
  for (const rule of failed) insert.run(jobId, rule)
}

function forgetRuleFailures(db: Db, id: string): void {
  prepared(db, `DELETE FROM attractive_job_rule_failures WHERE job_id = ?`).run(id)
}

export const attractiveJobsTable = createRecordTable<AttractiveJob, RulesLookup>({
  table: 'attractive_jobs',
  collection: 'attractive-jobs',
  columns: [
    'status',
    'program_year',
    'org_type',
    'org_code',
    'org_name',
    'org_department',
    'field',
    'public_type',
    'target_group',
    'title',
    'headcount',
    'hourly_wage',
    'submitted_at'
  ],
  toColumns: (job) => ({
    status: job.status,
    program_year: job.program_year,
    org_type: job.org.type,
    org_code: job.org.code,
    org_name: job.org.name,
    org_department: job.org.department,
    field: job.field,
    public_type: job.public_type,
    target_group: job.target_group,
    title: job.title,
    headcount: job.headcount,
    hourly_wage: job.hourly_wage,
    submitted_at: job.submitted_at
  }),
  searchFields: (job) => ({ short: [job.title, job.org.name, job.org.department], long: [job.duties], choseongOf: job.title }),
  likeColumns: ['title', 'org_name'],
  derivedColumns: ['rule_failure_count'],
  derive: deriveRuleFailures,
  liveReference: liveRules,
  storeSide: storeRuleFailures,
  onRemove: forgetRuleFailures
})

type ListFilter = ReturnType<typeof ListRequestSchema.parse>['filter']

/**
 * WHERE clause (bound parameters only) for a list filter; shared by the list, counts, bulk and exports.
 * `scansEveryRow`: nothing but a search no index answers (a single character or 초성), so every row
 * is read whatever index is used.
 */
export function attractiveJobsWhere(
  filter: ListFilter,
  options: { ignoreStatus?: boolean } = {}
): { sql: string; params: ColumnValue[]; scansEveryRow: boolean } {
  const parts: string[] = []
  const params: ColumnValue[] = []
  const inList = (column: string, values: readonly (string | number)[] | undefined) => {
    if (!values || values.length === 0) return
    parts.push(`attractive_jobs.${sqlId(column)} IN (${values.map(() => '?').join(', ')})`)
    params.push(...values)
  }
  if (!options.ignoreStatus) inList('status', filter.statuses)
  inList('org_type', filter.orgTypes)
  if (filter.districtCodes && filter.districtCodes.length > 0) {
    parts.push(`attractive_jobs.org_type = 'district'`)
    inList('org_code', filter.districtCodes)
  }
  inList('field', filter.fields)
  inList('public_type', filter.publicTypes)
  inList('target_group', filter.targetGroups)
  inList('program_year', filter.programYears)
  if (filter.ruleCheck === 'all_pass') parts.push(`attractive_jobs.rule_failure_count = 0`)
  if (filter.ruleCheck === 'has_failures') parts.push(`attractive_jobs.rule_failure_count > 0`)
  if (filter.failingRules && filter.failingRules.length > 0) {
    parts.push(
      `attractive_jobs.id IN (SELECT job_id FROM attractive_job_rule_failures WHERE rule IN (${filter.failingRules.map(() => '?').join(', ')}))`
    )
    params.push(...filter.failingRules)
  }
  const columnFilters = parts.length
  const search = attractiveJobsTable.searchCondition(filter.search)
  if (search) {
    parts.push(search.sql)
    params.push(...search.params)
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params, scansEveryRow: columnFilters === 0 && search?.scansRows === true }
}

const ROW_COLUMNS = `attractive_jobs.id, attractive_jobs.version, status, program_year, org_type, org_code, org_name,
  org_department, field,
  public_type, target_group, title, headcount, hourly_wage, submitted_at, updated_at, pulled_at, rule_failure_count,
  (SELECT group_concat(rule) FROM attractive_job_rule_failures f WHERE f.job_id = attractive_jobs.id) AS rule_failure_list,
  ${openWritesSql('attractive-jobs', 'attractive_jobs.id', 'open')} AS pending_writes,
  ${openWritesSql('attractive-jobs', 'attractive_jobs.id', 'parked')} AS needs_attention`

interface ListRow extends Omit<AttractiveJobRow, 'rule_failures' | 'match'> {
  rule_failure_count: number | null
  rule_failure_list: string | null
}

function toRow({ rule_failure_count, rule_failure_list, ...row }: ListRow): AttractiveJobRow {
  const failures = rule_failure_count === null ? null : rule_failure_list ? rule_failure_list.split(',').sort() : []
  return { ...row, org_department: row.org_department ?? '', rule_failures: failures as AttractiveJobRow['rule_failures'], match: null }
}

/** 직무 of the page's rows as the user sees them (only a searched page reads them: they live in the JSON). */
function dutiesOf(db: Db, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map()
  const rows = prepared(
    db,
    `SELECT r.id AS id, json_extract(coalesce(j.local_raw, j.raw), '$.duties') AS duties
     FROM attractive_jobs r JOIN attractive_jobs_json j ON j.rowid = r.rowid WHERE r.id IN (${ids.map(() => '?').join(', ')})`
  ).all(...ids) as { id: string; duties: string | null }[]
  return new Map(rows.map((r) => [r.id, r.duties ?? '']))
}

/** Each row of a searched page with why it matched (the page only, so a search costs what it did). */
function withMatches(db: Db, rows: AttractiveJobRow[], search: string | undefined): AttractiveJobRow[] {
  if (!search?.trim() || rows.length === 0) return rows
  const duties = dutiesOf(db, rows.map((r) => r.id))
  return rows.map((row) => ({ ...row, match: attractiveJobSearchMatch(search, { ...row, duties: duties.get(row.id) ?? '' }) }))
}

type ListSort = ReturnType<typeof ListRequestSchema.parse>['sort']

/** The list's query for a filter in its order, unpaged, selecting `select`: the list pages it, an export reads it whole. */
function orderedListSql(filter: ListFilter, sort: ListSort, select = ROW_COLUMNS): { sql: string; params: ColumnValue[] } {
  const where = attractiveJobsWhere(filter)
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC'
  const order = `${sqlId(sort.column)} ${direction}, attractive_jobs.id ${direction}`
  // A common search word matches tens of thousands of rows; looking each up to sort them costs far more
  // than walking the recency index until a page is found, which is what a search by recency asks for.
  const source = filter.search && sort.column === 'updated_at' ? 'attractive_jobs INDEXED BY attractive_jobs_by_updated' : 'attractive_jobs'
  return { sql: `SELECT ${select} FROM ${source} ${where.sql} ORDER BY ${order}`, params: where.params }
}

/**
 * Every row the list shows for a filter and sort, in its order (no page, no cap): the rows its pages
 * hold one after another. The order is read first as rowids only; the rows follow a chunk at a time
 * (rowsInOrder), so an export can write its file and look up contacts between them.
 */
export function* allAttractiveJobRows(db: Db, filter: ListFilter, sort: ListSort): Generator<AttractiveJobRow> {
  const order = orderedListSql(filter, sort, 'attractive_jobs.rowid')
  const rowids = prepared(db, order.sql).pluck(true).all(...order.params) as number[]
  const chunkSql = `SELECT attractive_jobs.rowid AS row_number, ${ROW_COLUMNS} FROM attractive_jobs WHERE attractive_jobs.rowid IN (SELECT value FROM json_each(?))`
  for (const row of rowsInOrder<ListRow>(db, rowids, chunkSql)) yield toRow(row)
}

/** One page of the list, its total and the per-status counts for the same filter minus the status. */
export function listAttractiveJobs(db: Db, request: AttractiveJobListRequest) {
  const { page, pageSize, filter, sort } = ListRequestSchema.parse(request)
  const query = orderedListSql(filter, sort)
  const rows = prepared(db, `${query.sql} LIMIT ? OFFSET ?`).all(...query.params, pageSize, (page - 1) * pageSize) as ListRow[]
  const withoutStatus = attractiveJobsWhere(filter, { ignoreStatus: true })
  // Walking the status index to group would look up every row to test it: a plain scan is 3× faster.
  const countSource = withoutStatus.scansEveryRow ? 'attractive_jobs NOT INDEXED' : 'attractive_jobs'
  const counts = prepared(db, `SELECT status, count(*) AS n FROM ${countSource} ${withoutStatus.sql} GROUP BY status`).all(
    ...withoutStatus.params
  ) as { status: string; n: number }[]
  // The status filter is the only difference between the two, so the total is a sum, not another count.
  const statuses = filter.statuses?.length ? new Set<string>(filter.statuses) : null
  const total = counts.reduce((sum, c) => (statuses === null || statuses.has(c.status) ? sum + c.n : sum), 0)
  return {
    rows: withMatches(db, rows.map(toRow), filter.search),
    total,
    page,
    pageSize,
    statusCounts: Object.fromEntries(counts.map((c) => [c.status, c.n]))
  }
}

/** Ids, titles and statuses of every record matching a filter (bulk actions, "select all matching"). */
export function matchingAttractiveJobs(db: Db, filter: ListFilter): { id: string; title: string; status: string }[] {
  const where = attractiveJobsWhere(filter)
  return prepared(db, `SELECT id, title, status FROM attractive_jobs ${where.sql} ORDER BY id`).all(...where.params) as {
    id: string
    title: string
    status: string
  }[]
}

export function ruleFailuresOf(db: Db, id: string): string[] | null {
  const row = prepared(db, `SELECT rule_failure_count AS n FROM attractive_jobs WHERE id = ?`).get(id) as { n: number | null } | undefined
  if (!row || row.n === null) return null
  return (prepared(db, `SELECT rule FROM attractive_job_rule_failures WHERE job_id = ? ORDER BY rule`).all(id) as { rule: string }[]).map((r) => r.rule)
}

/** The CLI's `list attractive-jobs`: every record with its failing rule codes (null: the year's rules are not cached). */
export function attractiveJobSummaries(db: Db, options: { status?: string | undefined; failing?: boolean }) {
  const parts: string[] = []
  const params: ColumnValue[] = []
  if (options.status) {
    parts.push('status = ?')
    params.push(options.status)
  }
  if (options.failing) parts.push('rule_failure_count > 0')
  const where = parts.length ? `WHERE ${parts.join(' AND ')}` : ''
  const rows = prepared(
    db,
    `SELECT id, version, status, program_year, org_type, org_code, org_name, field, public_type, target_group, title,
       headcount, hourly_wage, submitted_at, updated_at, rule_failure_count,
       (SELECT group_concat(rule) FROM attractive_job_rule_failures f WHERE f.job_id = attractive_jobs.id) AS rule_failure_list
     FROM attractive_jobs ${where} ORDER BY id`
  ).all(...params) as (Record<string, ColumnValue> & { rule_failure_count: number | null; rule_failure_list: string | null })[]
  return rows.map(({ rule_failure_count, rule_failure_list, ...row }) => ({
    ...row,
    rule_failures: rule_failure_count === null ? null : rule_failure_list ? rule_failure_list.split(',').sort() : []
  }))
}

/** A record's rule-check result after the year's thresholds changed. */
export function setRuleFailures(db: Db, jobId: string, count: number | null, failed: readonly string[]): void {
  prepared(db, `UPDATE attractive_jobs SET rule_failure_count = ? WHERE id = ?`).run(count, jobId)
  storeRuleFailures(db, jobId, failed, true)
}

/** Every cached record of a program year as the user sees it (local view if writes are pending). */
export function jobsOfProgramYear(db: Db, year: number): AttractiveJob[] {
  const rows = prepared(
    db,
    `SELECT coalesce(j.local_raw, j.raw) AS json FROM attractive_jobs r JOIN attractive_jobs_json j ON j.rowid = r.rowid WHERE r.program_year = ?`
  ).all(year) as { json: string }[]
  return rows.map((row) => JSON.parse(row.json) as AttractiveJob)
}

export function programYearsInCache(db: Db): number[] {
  return (prepared(db, `SELECT DISTINCT program_year AS y FROM attractive_jobs ORDER BY y`).all() as { y: number }[]).map((r) => r.y)
}

/** Title and status of one record, for bulk previews (undefined: not cached). */
export function jobHeadline(db: Db, id: string): { id: string; title: string; status: string } | undefined {
  return prepared(db, `SELECT id, title, status FROM attractive_jobs WHERE id = ?`).get(id) as { id: string; title: string; status: string } | undefined
}

/** The counts behind the home screen's tile. */
export function dashboardCounts(db: Db) {
  const countBy = (column: 'status' | 'org_type') =>
    Object.fromEntries(
      (prepared(db, `SELECT ${column} AS k, count(*) AS n FROM attractive_jobs GROUP BY ${column}`).all() as { k: string; n: number }[]).map((r) => [r.k, r.n])
    )
  const failures = prepared(db, `SELECT rule, count(*) AS n FROM attractive_job_rule_failures GROUP BY rule`).all() as { rule: string; n: number }[]
  return {
    total: (prepared(db, `SELECT count(*) AS n FROM attractive_jobs`).get() as { n: number }).n,
    byStatus: countBy('status'),
    byOrgType: countBy('org_type'),
    byStatusAndOrgType: prepared(db, `SELECT status, org_type AS orgType, count(*) AS count FROM attractive_jobs GROUP BY status, org_type ORDER BY status, org_type`).all() as {
      status: string
      orgType: string
      count: number
    }[],
    ruleFailures: Object.fromEntries(failures.map((f) => [f.rule, f.n])),
    withFailures: (prepared(db, `SELECT count(*) AS n FROM attractive_jobs WHERE rule_failure_count > 0`).get() as { n: number }).n
  }
}
