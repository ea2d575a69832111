import type Database from 'better-sqlite3'
import type { AttractiveJob } from '../../../shared/portal'
import type { AttractiveJobListRequest, AttractiveJobRow } from '../../../shared/ipc/views'
import { AttractiveJobListRequest as ListRequestSchema } from '../../../shared/ipc/views'
import { prepared, sqlId } from '../statements'
import { createRecordTable, type ColumnValue } from './recordTable'

export const attractiveJobsTable = createRecordTable<AttractiveJob>({
  table: 'attractive_jobs',
  collection: 'attractive-jobs',
  columns: [
    'status',
    'program_year',
    'org_type',
    'org_code',
    'org_name',
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
    field: job.field,
    public_type: job.public_type,
    target_group: job.target_group,
    title: job.title,
    headcount: job.headcount,
    hourly_wage: job.hourly_wage,
    submitted_at: job.submitted_at
  }),
  searchFields: (job) => ({ fields: [job.title, job.org.name, job.org.department, job.duties], choseongOf: job.title }),
  likeColumns: ['title', 'org_name']
})

type Db = Database.Database

interface AttractiveJobRowData extends Omit<AttractiveJobRow, 'pending_writes'> {
  pending_writes: number
}

function whereClause(filter: ReturnType<typeof ListRequestSchema.parse>['filter']): { sql: string; params: ColumnValue[] } {
  const parts: string[] = []
  const params: ColumnValue[] = []
  const inList = (column: string, values: readonly (string | number)[] | undefined) => {
    if (!values || values.length === 0) return
    parts.push(`attractive_jobs.${sqlId(column)} IN (${values.map(() => '?').join(', ')})`)
    params.push(...values)
  }
  inList('status', filter.statuses)
  inList('org_type', filter.orgTypes)
  if (filter.districtCodes && filter.districtCodes.length > 0) {
    parts.push(`attractive_jobs.org_type = 'district'`)
    inList('org_code', filter.districtCodes)
  }
  inList('field', filter.fields)
  inList('public_type', filter.publicTypes)
  inList('target_group', filter.targetGroups)
  inList('program_year', filter.programYears)
  const search = attractiveJobsTable.searchCondition(filter.search)
  if (search) {
    parts.push(search.sql)
    params.push(...search.params)
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params }
}

const ROW_COLUMNS = `attractive_jobs.id, attractive_jobs.version, status, program_year, org_type, org_code, org_name, field,
  public_type, target_group, title, headcount, hourly_wage, submitted_at, updated_at, pulled_at,
  (SELECT count(*) FROM outbox o WHERE o.collection = 'attractive-jobs' AND o.record_id = attractive_jobs.id
     AND o.state IN ('pending', 'conflict', 'rejected')) AS pending_writes`

/** One page of the list, its total and the per-status counts for the same filter minus the status. */
export function listAttractiveJobs(db: Db, request: AttractiveJobListRequest) {
  const { page, pageSize, filter, sort } = ListRequestSchema.parse(request)
  const where = whereClause(filter)
  const order = `${sqlId(sort.column)} ${sort.direction === 'asc' ? 'ASC' : 'DESC'}, attractive_jobs.id ${sort.direction === 'asc' ? 'ASC' : 'DESC'}`
  const rows = prepared(
    db,
    `SELECT ${ROW_COLUMNS} FROM attractive_jobs ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`
  ).all(...where.params, pageSize, (page - 1) * pageSize) as AttractiveJobRowData[]
  const total = (prepared(db, `SELECT count(*) AS n FROM attractive_jobs ${where.sql}`).get(...where.params) as { n: number }).n
  const withoutStatus = whereClause({ ...filter, statuses: undefined })
  const counts = prepared(
    db,
    `SELECT status, count(*) AS n FROM attractive_jobs ${withoutStatus.sql} GROUP BY status`
  ).all(...withoutStatus.params) as { status: string; n: number }[]
  return {
    rows,
    total,
    page,
    pageSize,
    statusCounts: Object.fromEntries(counts.map((c) => [c.status, c.n]))
  }
}

export function listAttractiveJobIds(db: Db, status?: string): { id: string; version: number; status: string }[] {
  if (status) {
    return prepared(db, `SELECT id, version, status FROM attractive_jobs WHERE status = ? ORDER BY id`).all(status) as {
      id: string
      version: number
      status: string
    }[]
  }
  return prepared(db, `SELECT id, version, status FROM attractive_jobs ORDER BY id`).all() as {
    id: string
    version: number
    status: string
  }[]
}
