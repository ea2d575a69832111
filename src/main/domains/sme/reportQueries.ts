import { DistrictList, StaffDirectory, type SmeStage, type SmeStatus } from '../../../shared/portal'
import { getReference } from '../../db/repositories/referenceData'
import { prepared } from '../../db/statements'
import { rowsInOrder } from '../../db/rowsInOrder'
import type { Db } from '../../db/types'

/** The reports' reads of the 강소기업 cache: one round's applications with their screening or selection. */

/** The company columns every application report starts with. */
export interface CompanyRow {
  id: string
  company_name: string
  business_no: string
  district_code: string
  industry_code: string
  industry_name: string | null
  status: SmeStatus
}

export interface ScreeningRow extends CompanyRow {
  business_no_valid: number | null
  documents_missing: number
  /** Null while the round's criteria are not cached. */
  eligibility_failure_count: number | null
  /** Criterion codes that fail or have no data, comma-joined (null: none). */
  failure_list: string | null
  /** Criterion codes needing 직접 확인, comma-joined (null: none). */
  manual_list: string | null
  result: 'eligible' | 'ineligible' | null
  /** The screening's failed criteria as JSON text (an array). */
  failed_criteria: string | null
  note: string | null
  screened_by: string | null
  screened_at: string | null
}

const COMPANY = `r.id AS id, r.company_name AS company_name, r.business_no AS business_no, r.district_code AS district_code,
  r.industry_code AS industry_code, r.industry_name AS industry_name, r.status AS status`
/** The application as the user sees it (a pending write included). */
const VISIBLE = `coalesce(j.local_raw, j.raw)`
const FROM = `FROM sme_applications r JOIN sme_applications_json j ON j.rowid = r.rowid`

const SCREENING_COLUMNS = `${COMPANY}, r.business_no_valid AS business_no_valid, r.documents_missing AS documents_missing,
  r.eligibility_failure_count AS eligibility_failure_count,
  (SELECT group_concat(criterion) FROM sme_eligibility_failures f WHERE f.application_id = r.id AND f.outcome <> 'manual') AS failure_list,
  (SELECT group_concat(criterion) FROM sme_eligibility_failures f WHERE f.application_id = r.id AND f.outcome = 'manual') AS manual_list,
  json_extract(${VISIBLE}, '$.screening.result') AS result,
  json_extract(${VISIBLE}, '$.screening.failed_criteria') AS failed_criteria,
  json_extract(${VISIBLE}, '$.screening.note') AS note,
  json_extract(${VISIBLE}, '$.screening.by') AS screened_by,
  json_extract(${VISIBLE}, '$.screening.at') AS screened_at`

/** The rows of `rowids` in that order with `columns`, a chunk at a time (see rowsInOrder). */
function inOrder<T>(db: Db, rowids: readonly number[], columns: string): Generator<T> {
  return rowsInOrder<T>(db, rowids, `SELECT r.rowid AS row_number, ${columns} ${FROM} WHERE r.rowid IN (SELECT value FROM json_each(?))`)
}

/** Every application of the round in id order, with the checklist the cache derived and the screening recorded. */
export function screeningRows(db: Db, round: string): Generator<ScreeningRow> {
  const rowids = prepared(db, `SELECT r.rowid FROM sme_applications r WHERE r.round = ? ORDER BY r.id`).pluck(true).all(round) as number[]
  return inOrder<ScreeningRow>(db, rowids, SCREENING_COLUMNS)
}

export interface SelectionRow extends CompanyRow {
  stage: SmeStage | null
  /** 1 selected, 0 not selected, null undecided. */
  selected: number | null
  note: string | null
  selected_by: string | null
  selected_at: string | null
}

const SELECTION_COLUMNS = `${COMPANY}, r.stage AS stage,
  json_extract(${VISIBLE}, '$.selection.selected') AS selected,
  json_extract(${VISIBLE}, '$.selection.note') AS note,
  json_extract(${VISIBLE}, '$.selection.by') AS selected_by,
  json_extract(${VISIBLE}, '$.selection.at') AS selected_at`

/**
 * The round's applications that reached its last stage or carry a selection: the selected first,
 * then those not selected, then the undecided, each in id order.
 */
export function selectionRows(db: Db, round: string, lastStage: SmeStage): Generator<SelectionRow> {
  const rowids = prepared(
    db,
    `SELECT r.rowid ${FROM}
     WHERE r.round = ? AND (r.status IN ('selected', 'not_selected') OR (r.status = 'evaluating' AND r.stage = ?)
       OR json_extract(${VISIBLE}, '$.selection') IS NOT NULL)
     ORDER BY CASE json_extract(${VISIBLE}, '$.selection.selected') WHEN 1 THEN 0 WHEN 0 THEN 1 ELSE 2 END, r.id`
  )
    .pluck(true)
    .all(round, lastStage) as number[]
  return inOrder<SelectionRow>(db, rowids, SELECTION_COLUMNS)
}

/** How many rows `screeningRows` gives (the progress bar's total). */
export function applicationCountOfRound(db: Db, round: string): number {
  return (prepared(db, `SELECT count(*) AS n FROM sme_applications WHERE round = ?`).get(round) as { n: number }).n
}

/**
 * The staff directory and the 자치구 names cached at sync (empty when not cached). The keys are the ones
 * src/main/sync/reference.ts stores them under; a domain may not import that service.
 */
export function staffNames(db: Db): Map<string, string> {
  return new Map((getReference(db, 'staff', StaffDirectory)?.value ?? []).map((entry) => [entry.id, entry.name]))
}

export function districtNames(db: Db): Map<string, string> {
  return new Map((getReference(db, 'districts', DistrictList)?.value ?? []).map((district) => [district.code, district.name]))
}
