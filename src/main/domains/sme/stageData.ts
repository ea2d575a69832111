import type { StageApplicationInput } from '../../../shared/domains/sme/ranking'
import type { SheetState } from '../../../shared/domains/sme/views'
import type { SmeCriteria, SmeStage } from '../../../shared/portal'
import { prepared } from '../../db/statements'
import type { Db } from '../../db/types'
import { applicationsWrittenSince, sideTablesVersion, type SideTablesVersion } from './repository'

interface KeptInputs {
  version: SideTablesVersion
  inputs: readonly StageApplicationInput[]
}

/** Parsed stage inputs per connection (rankStage only reads them), with the side-table version they were read at. */
const readInputs = new WeakMap<Db, Map<string, KeptInputs>>()
const KEPT_STAGES = 4
/** Up to this many applications written since, the kept inputs are patched; beyond, the stage is read again. */
const PATCH_AT_MOST = 500

function readStage(db: Db, round: string, stage: SmeStage): StageApplicationInput[] {
  const rows = prepared(db, `SELECT input FROM sme_stage_inputs WHERE round = ? AND stage = ?`).pluck(true).all(round, stage) as string[]
  return rows.map((input) => JSON.parse(input) as StageApplicationInput)
}

const byId = (a: StageApplicationInput, b: StageApplicationInput) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The kept inputs with the applications written since re-read (replaced, gone or new), still in id
 * order as the stage's rows are read: sums over a stage then run in the same order either way.
 */
function patched(db: Db, round: string, stage: SmeStage, kept: readonly StageApplicationInput[], changed: readonly string[]): StageApplicationInput[] {
  const at = new Map(kept.map((input, index) => [input.id, index]))
  const inputs: (StageApplicationInput | null)[] = [...kept]
  const added: StageApplicationInput[] = []
  const one = prepared(db, `SELECT input FROM sme_stage_inputs WHERE round = ? AND stage = ? AND application_id = ?`).pluck(true)
  for (const id of changed) {
    const text = one.get(round, stage, id) as string | undefined
    const input = text === undefined ? null : (JSON.parse(text) as StageApplicationInput)
    const index = at.get(id)
    if (index !== undefined) inputs[index] = input
    else if (input) added.push(input)
  }
  const remaining = inputs.filter((input): input is StageApplicationInput => input !== null)
  return added.length === 0 ? remaining : [...remaining, ...added].sort(byId)
}

/**
 * What ranking a stage reads: each application of the round that is, or was, in that stage with its
 * computed points, its sheets (complete or not) and its abstentions there — derived with the record
 * (sme_stage_inputs), so ranking reads one row per application and no record JSON. The committee
 * view, the ranking and the batch previews of one stage follow each other, with a sheet saved or a
 * sync in between: the parsed inputs are kept, and only the applications written since are read again.
 */
export function stageInputs(db: Db, criteria: SmeCriteria, stage: SmeStage): readonly StageApplicationInput[] {
  // Inside a transaction what is read may still be rolled back: nothing is kept from it.
  if (db.inTransaction) return readStage(db, criteria.round, stage)
  let kept = readInputs.get(db)
  if (!kept) {
    kept = new Map()
    readInputs.set(db, kept)
  }
  const key = `${criteria.round}\u0000${stage}`
  const version = sideTablesVersion(db)
  const hit = kept.get(key)
  const changed = hit ? applicationsWrittenSince(db, hit.version) : null
  const inputs =
    hit && changed !== null && changed.length <= PATCH_AT_MOST
      ? changed.length === 0
        ? hit.inputs
        : patched(db, criteria.round, stage, hit.inputs, changed)
      : readStage(db, criteria.round, stage)
  kept.delete(key)
  kept.set(key, { version, inputs })
  // The stages looked at lately (a committee goes back and forth between a few); the oldest goes first.
  if (kept.size > KEPT_STAGES) kept.delete(kept.keys().next().value!)
  return inputs
}

/** The stage's evaluators: everyone assigned to it in the round, and anyone who scored or abstained there. */
export function stageEvaluators(db: Db, round: string, stage: SmeStage): string[] {
  return (
    prepared(
      db,
      `SELECT evaluator_id FROM sme_assignments WHERE round = ? AND stage = ?
       UNION SELECT evaluator_id FROM sme_sheets WHERE round = ? AND stage = ?
       UNION SELECT evaluator_id FROM sme_abstentions WHERE round = ? AND stage = ?
       ORDER BY evaluator_id`
    ).all(round, stage, round, stage, round, stage) as { evaluator_id: string }[]
  ).map((r) => r.evaluator_id)
}

export interface StageCell {
  state: SheetState
  total: number | null
}

function sheetState(complete: number | null, scored: number | null, kind: string | null): SheetState {
  if (kind) return kind as SheetState
  if (complete === 1) return 'complete'
  return scored !== null && scored > 0 ? 'partial' : 'missing'
}

/**
 * Each application's cells of the committee matrix: per evaluator assigned (or who wrote a sheet or
 * abstained), the sheet's state and, when complete, its total.
 */
export function stageCells(db: Db, round: string, stage: SmeStage): Map<string, Record<string, StageCell>> {
  const rows = prepared(
    db,
    `SELECT p.application_id, p.evaluator_id, s.complete, s.scored_items, s.total, ab.kind
     FROM (SELECT application_id, evaluator_id FROM sme_assignments WHERE round = ? AND stage = ?
           UNION SELECT application_id, evaluator_id FROM sme_sheets WHERE round = ? AND stage = ?
           UNION SELECT application_id, evaluator_id FROM sme_abstentions WHERE round = ? AND stage = ?) p
     LEFT JOIN sme_sheets s ON s.application_id = p.application_id AND s.stage = ? AND s.evaluator_id = p.evaluator_id
     LEFT JOIN sme_abstentions ab ON ab.application_id = p.application_id AND ab.stage = ? AND ab.evaluator_id = p.evaluator_id`
  )
    .raw(true)
    .all(round, stage, round, stage, round, stage, stage, stage) as [string, string, number | null, number | null, number | null, string | null][]
  const cells = new Map<string, Record<string, StageCell>>()
  for (const [appId, evaluatorId, complete, scored, total, kind] of rows) {
    let row = cells.get(appId)
    if (!row) {
      row = {}
      cells.set(appId, row)
    }
    const state = sheetState(complete, scored, kind)
    row[evaluatorId] = { state, total: state === 'complete' ? total : null }
  }
  return cells
}

export interface MySheetData {
  id: string
  company_name: string
  round: string
  stage: SmeStage
  state: SheetState
  total: number | null
}

/** The rounds an evaluator is assigned in, newest first. */
export function roundsAssignedTo(db: Db, evaluatorId: string): string[] {
  return (prepared(db, `SELECT DISTINCT round FROM sme_assignments WHERE evaluator_id = ? ORDER BY round DESC`).all(evaluatorId) as { round: string }[]).map(
    (r) => r.round
  )
}

/** The evaluator's assigned applications of a round that are in the assigned stage now, with their sheet's state. */
export function sheetsAssignedTo(db: Db, evaluatorId: string, round: string, stage: SmeStage | undefined): MySheetData[] {
  const rows = prepared(
    db,
    `SELECT r.id AS id, r.company_name AS company_name, r.round AS round, a.stage AS stage, s.complete AS complete, s.scored_items AS scored,
       s.total AS total, ab.kind AS kind
     FROM sme_assignments a JOIN sme_applications r ON r.id = a.application_id
     LEFT JOIN sme_sheets s ON s.application_id = a.application_id AND s.stage = a.stage AND s.evaluator_id = a.evaluator_id
     LEFT JOIN sme_abstentions ab ON ab.application_id = a.application_id AND ab.stage = a.stage AND ab.evaluator_id = a.evaluator_id
     WHERE a.evaluator_id = ? AND a.round = ? AND r.status = 'evaluating' AND r.stage = a.stage AND (? IS NULL OR a.stage = ?)
     ORDER BY r.id`
  ).all(evaluatorId, round, stage ?? null, stage ?? null) as (Omit<MySheetData, 'state'> & { complete: number | null; scored: number | null; kind: string | null })[]
  return rows.map(({ complete, scored, kind, total, ...row }) => ({ ...row, state: sheetState(complete, scored, kind), total: kind ? null : total }))
}

/** Whether an application has at least one complete sheet in the stage. */
export function hasCompleteSheet(db: Db, id: string, stage: SmeStage): boolean {
  return prepared(db, `SELECT 1 FROM sme_sheets WHERE application_id = ? AND stage = ? AND complete = 1 LIMIT 1`).get(id, stage) !== undefined
}

/** Whether the evaluator is assigned to score the application in the stage. */
export function isAssigned(db: Db, id: string, evaluatorId: string, stage: SmeStage): boolean {
  return prepared(db, `SELECT 1 FROM sme_assignments WHERE application_id = ? AND stage = ? AND evaluator_id = ?`).get(id, stage, evaluatorId) !== undefined
}

/** The home tile's counts: per status, evaluating per stage, and sheets still missing per evaluator. */
export function dashboardCounts(db: Db) {
  const countBy = (sql: string) => Object.fromEntries((prepared(db, sql).all() as { k: string; n: number }[]).map((r) => [r.k, r.n]))
  const missingSheets = prepared(
    db,
    `SELECT a.evaluator_id AS evaluator_id,
       sum(CASE WHEN ab.kind IS NULL AND coalesce(s.complete, 0) = 0 THEN 1 ELSE 0 END) AS missing
     FROM sme_assignments a JOIN sme_applications r ON r.id = a.application_id AND r.status = 'evaluating' AND r.stage = a.stage
     LEFT JOIN sme_sheets s ON s.application_id = a.application_id AND s.stage = a.stage AND s.evaluator_id = a.evaluator_id
     LEFT JOIN sme_abstentions ab ON ab.application_id = a.application_id AND ab.stage = a.stage AND ab.evaluator_id = a.evaluator_id
     GROUP BY a.evaluator_id ORDER BY a.evaluator_id`
  ).all() as { evaluator_id: string; missing: number }[]
  return {
    total: (prepared(db, `SELECT count(*) AS n FROM sme_applications`).get() as { n: number }).n,
    byStatus: countBy(`SELECT status AS k, count(*) AS n FROM sme_applications GROUP BY status`),
    byStage: countBy(`SELECT stage AS k, count(*) AS n FROM sme_applications WHERE status = 'evaluating' AND stage IS NOT NULL GROUP BY stage`),
    missingSheets
  }
}
