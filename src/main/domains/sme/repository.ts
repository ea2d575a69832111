import type { SmeApplication } from '../../../shared/portal'
import { createRecordTable } from '../../db/repositories/recordTable'
import { prepared } from '../../db/statements'
import type { Db } from '../../db/types'
import { liveCriteria, type CriteriaLookup } from './criteriaRepository'
import { deriveSme, type SmeSide } from './derive'

/** The side tables of an application, each keyed by `application_id` (migration 0070). */
const SIDE_TABLES = ['sme_eligibility_failures', 'sme_sheets', 'sme_abstentions', 'sme_assignments', 'sme_stage_inputs'] as const

/**
 * This connection's writes to the side tables: how many, and which application each touched last, so
 * what is read from them can be kept and brought up to date by re-reading only what changed.
 */
interface SideWrites {
  count: number
  lastWriteOf: Map<string, number>
  /** Writes up to this one are no longer listed (the list is bounded). */
  forgottenThrough: number
}

const SIDE_WRITES_LISTED = 2_000
const sideWrites = new WeakMap<Db, SideWrites>()

function sideWritesOf(db: Db): SideWrites {
  let writes = sideWrites.get(db)
  if (!writes) {
    writes = { count: 0, lastWriteOf: new Map(), forgottenThrough: 0 }
    sideWrites.set(db, writes)
  }
  return writes
}

function noteSideWrite(db: Db, id: string): void {
  const writes = sideWritesOf(db)
  writes.count += 1
  if (writes.lastWriteOf.size >= SIDE_WRITES_LISTED && !writes.lastWriteOf.has(id)) {
    writes.lastWriteOf.clear()
    writes.forgottenThrough = writes.count - 1
  }
  writes.lastWriteOf.delete(id)
  writes.lastWriteOf.set(id, writes.count)
}

export interface SideTablesVersion {
  /** SQLite's data_version: changes when another connection (the CLI beside the app) commits. */
  dataVersion: number
  /** This connection's side-table writes so far. */
  writes: number
}

export function sideTablesVersion(db: Db): SideTablesVersion {
  return { dataVersion: db.pragma('data_version', { simple: true }) as number, writes: sideWritesOf(db).count }
}

/**
 * The applications whose side rows this connection wrote after `version` (rolled-back writes
 * included: re-reading those is harmless); null when that is not known any more — another
 * connection committed, or too many were written since — and everything must be read again.
 */
export function applicationsWrittenSince(db: Db, version: SideTablesVersion): string[] | null {
  const now = sideTablesVersion(db)
  const writes = sideWritesOf(db)
  if (now.dataVersion !== version.dataVersion || version.writes < writes.forgottenThrough) return null
  const ids: string[] = []
  // Listed in the order of their last write: the newest at the end.
  for (const [id, write] of [...writes.lastWriteOf].reverse()) {
    if (write <= version.writes) break
    ids.push(id)
  }
  return ids
}

function forgetSide(db: Db, id: string): void {
  noteSideWrite(db, id)
  for (const table of SIDE_TABLES) prepared(db, `DELETE FROM ${table} WHERE application_id = ?`).run(id)
}

/** Writes what `deriveSme` produced for one application (its earlier rows go first when `replacing`). */
function storeSide(db: Db, id: string, side: SmeSide, replacing: boolean): void {
  if (replacing) forgetSide(db, id)
  else noteSideWrite(db, id)
  const { round } = side
  if (side.failures.length > 0) {
    const insert = prepared(db, `INSERT OR REPLACE INTO sme_eligibility_failures (application_id, criterion, outcome) VALUES (?, ?, ?)`)
    for (const [criterion, outcome] of side.failures) insert.run(id, criterion, outcome)
  }
  if (side.sheets.length > 0) {
    const insert = prepared(
      db,
      `INSERT OR REPLACE INTO sme_sheets (round, stage, application_id, evaluator_id, scored_items, total, complete, has_comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    )
    for (const [stage, evaluatorId, scored, total, complete, hasComment] of side.sheets) insert.run(round, stage, id, evaluatorId, scored, total, complete, hasComment)
  }
  if (side.abstentions.length > 0) {
    const insert = prepared(db, `INSERT OR REPLACE INTO sme_abstentions (application_id, round, stage, evaluator_id, kind) VALUES (?, ?, ?, ?, ?)`)
    for (const [stage, evaluatorId, kind] of side.abstentions) insert.run(id, round, stage, evaluatorId, kind)
  }
  if (side.assignments.length > 0) {
    const insert = prepared(db, `INSERT OR REPLACE INTO sme_assignments (application_id, round, stage, evaluator_id) VALUES (?, ?, ?, ?)`)
    for (const [stage, evaluatorId] of side.assignments) insert.run(id, round, stage, evaluatorId)
  }
  if (side.stageInputs.length > 0) {
    const insert = prepared(db, `INSERT OR REPLACE INTO sme_stage_inputs (round, stage, application_id, input) VALUES (?, ?, ?, ?)`)
    for (const [stage, input] of side.stageInputs) insert.run(round, stage, id, input)
  }
}

export const smeApplicationsTable = createRecordTable<SmeApplication, CriteriaLookup, SmeSide>({
  table: 'sme_applications',
  collection: 'sme-applications',
  columns: [
    'status',
    'stage',
    'round',
    'company_name',
    'business_no',
    'district_code',
    'industry_code',
    'industry_name',
    'founded_on',
    'employees',
    'insured_employees',
    'documents_missing',
    'screening_result'
  ],
  toColumns: (app) => ({
    status: app.status,
    stage: app.stage,
    round: app.round,
    company_name: app.company.name,
    business_no: app.company.business_no,
    district_code: app.company.district_code,
    industry_code: app.company.industry_code,
    industry_name: app.company.industry_name ?? null,
    founded_on: app.company.founded_on,
    employees: app.company.employees,
    insured_employees: app.company.insured_employees,
    documents_missing: app.documents.filter((d) => !d.received).length,
    screening_result: app.screening?.result ?? null
  }),
  searchFields: (app) => ({ short: [app.company.name, app.company.business_no], long: [app.company.address], choseongOf: app.company.name }),
  likeColumns: ['company_name'],
  derivedColumns: ['business_no_valid', 'eligibility_failure_count', 'eligibility_manual_count'],
  derive: deriveSme,
  liveReference: liveCriteria,
  storeSide,
  onRemove: forgetSide
})

/** Ids of the round's cached applications (to derive them again when its criteria change). */
export function applicationIdsOfRound(db: Db, round: string): string[] {
  return (prepared(db, `SELECT id FROM sme_applications WHERE round = ? ORDER BY id`).all(round) as { id: string }[]).map((r) => r.id)
}

export function roundsInCache(db: Db): string[] {
  return (prepared(db, `SELECT DISTINCT round FROM sme_applications ORDER BY round DESC`).all() as { round: string }[]).map((r) => r.round)
}

/** Rows a migration left for code to derive (their check digit is not known yet). */
export function applicationIdsNeedingRepair(db: Db): string[] {
  return (prepared(db, `SELECT id FROM sme_applications WHERE business_no_valid IS NULL`).all() as { id: string }[]).map(
    (r) => r.id
  )
}
