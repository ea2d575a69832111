import type { AttractiveJobFilter } from '../../../shared/domains/attractive-jobs/views'
import { StaffDirectory } from '../../../shared/portal'
import type { ColumnValue } from '../../db/repositories/recordTable'
import { getReference } from '../../db/repositories/referenceData'
import { prepared } from '../../db/statements'
import type { Db } from '../../db/types'
import { reviewOp } from './ops'
import { attractiveJobsWhere } from './repository'

/** The reports' reads of the 매력일자리 cache (summary, rule-check results, the decision ledger). */

/** `where` (a list filter's WHERE clause) with one more condition. */
function whereWith(where: { sql: string }, condition: string): string {
  return where.sql ? `${where.sql} AND ${condition}` : `WHERE ${condition}`
}

/** Submissions counted by organisation, field and status, with their 모집인원 and 예산 (총사업비) summed. */
export interface SummaryCell {
  org_type: string
  org_code: string
  org_name: string
  field: string
  status: string
  count: number
  headcount: number
  budget: number
}

/**
 * One pass over the submissions matching the filter, grouped finely enough for every summary sheet:
 * the budget lives in the record's JSON (as the user sees it: a pending write included).
 */
export function summaryCells(db: Db, filter: AttractiveJobFilter): SummaryCell[] {
  const where = attractiveJobsWhere(filter)
  return prepared(
    db,
    `SELECT attractive_jobs.org_type AS org_type, attractive_jobs.org_code AS org_code, attractive_jobs.org_name AS org_name,
       attractive_jobs.field AS field, attractive_jobs.status AS status, count(*) AS count,
       coalesce(sum(attractive_jobs.headcount), 0) AS headcount,
       coalesce(sum(json_extract(coalesce(j.local_raw, j.raw), '$.budget.total')), 0) AS budget
     FROM attractive_jobs JOIN attractive_jobs_json j ON j.rowid = attractive_jobs.rowid
     ${where.sql}
     GROUP BY attractive_jobs.org_type, attractive_jobs.org_code, attractive_jobs.org_name, attractive_jobs.field, attractive_jobs.status`
  ).all(...where.params) as SummaryCell[]
}

/** 자치구 names by code, as the cached submissions of the districts name them. */
export function districtNames(db: Db): Map<string, string> {
  const rows = prepared(db, `SELECT org_code AS code, min(org_name) AS name FROM attractive_jobs WHERE org_type = 'district' GROUP BY org_code`).all() as {
    code: string
    name: string
  }[]
  return new Map(rows.map((row) => [row.code, row.name]))
}

export interface OrgRuleFailures {
  org_type: string
  org_code: string
  org_name: string
  /** Submissions of the organisation checked against their year's rules. */
  checked: number
  /** Rule code → submissions failing it. */
  failures: Map<string, number>
}

/**
 * Per organisation (type, code and name: the city's bureaus share one code), the submissions checked
 * and, per rule, those failing it — counted from the side table the list's rule filter reads.
 */
export function ruleFailuresByOrg(db: Db, filter: AttractiveJobFilter): OrgRuleFailures[] {
  const where = attractiveJobsWhere(filter)
  const key = (row: { org_type: string; org_code: string; org_name: string }) => `${row.org_type}\u0000${row.org_code}\u0000${row.org_name}`
  const checked = prepared(
    db,
    `SELECT org_type, org_code, org_name, count(*) AS n FROM attractive_jobs ${whereWith(where, 'attractive_jobs.rule_failure_count IS NOT NULL')}
     GROUP BY org_type, org_code, org_name`
  ).all(...where.params) as { org_type: string; org_code: string; org_name: string; n: number }[]
  const orgs = new Map(checked.map((row) => [key(row), { org_type: row.org_type, org_code: row.org_code, org_name: row.org_name, checked: row.n, failures: new Map<string, number>() }]))
  const failing = prepared(
    db,
    `SELECT attractive_jobs.org_type AS org_type, attractive_jobs.org_code AS org_code, attractive_jobs.org_name AS org_name, f.rule AS rule, count(*) AS n
     FROM attractive_job_rule_failures f JOIN attractive_jobs ON attractive_jobs.id = f.job_id
     ${where.sql}
     GROUP BY attractive_jobs.org_type, attractive_jobs.org_code, attractive_jobs.org_name, f.rule`
  ).all(...where.params) as { org_type: string; org_code: string; org_name: string; rule: string; n: number }[]
  for (const row of failing) orgs.get(key(row))?.failures.set(row.rule, row.n)
  return [...orgs.values()]
}

/** One decision of the ledger as read: made on this PC (its queued write), or shown only by the portal's copy. */
export interface DecisionRow {
  id: string
  title: string
  org_name: string
  outcome: 'approved' | 'rejected' | 'revision_requested'
  reason: string | null
  staff_id: string | null
  /** When it was decided on this PC (null: decided elsewhere). */
  pc_time: string | null
  /** When the portal recorded it (null: not sent yet, or refused). */
  portal_time: string | null
  source: 'here' | 'portal'
  /** The write's outbox state for a decision made here; 'done' for the portal's. */
  state: 'pending' | 'done' | 'conflict' | 'rejected' | 'discarded'
}

/**
 * Every decision (적정 · 부적정 · 보완요청) of the submissions matching the filter, oldest first:
 *
 * - made on this PC: each queued review write with an outcome (the `queued:` audit entry: who, the
 *   PC time and the reason; the outbox entry: the action and whether it was sent, is waiting, is in
 *   확인 필요 or was discarded; the portal's time from the confirmation the push recorded beside it);
 * - made elsewhere: the decision the portal's copy of the record carries (the portal keeps the latest
 *   one only), unless it is this PC's latest sent decision itself — that row then takes the portal's
 *   `decided_at` as its portal time.
 */
export function* decisionRows(db: Db, filter: AttractiveJobFilter): Generator<DecisionRow> {
  const where = attractiveJobsWhere(filter)
  const params: ColumnValue[] = [reviewOp.name, `queued:${reviewOp.name}`, ...where.params]
  const sql = `
    WITH made_here AS (
      SELECT e.seq AS event_seq, e.record_id AS job_id,
        CASE json_extract(o.body, '$.action') WHEN 'approve' THEN 'approved' WHEN 'reject' THEN 'rejected' ELSE 'revision_requested' END AS outcome,
        coalesce(e.reason, json_extract(o.body, '$.reason')) AS reason, e.staff_id AS staff_id,
        coalesce(e.device_time, e.at) AS pc_time, o.state AS state,
        (SELECT c.portal_at FROM audit_confirmations c WHERE c.event_seq = e.seq ORDER BY c.n LIMIT 1) AS confirmed_at
      FROM audit_events e JOIN outbox o ON o.seq = json_extract(e.detail, '$.seq') AND o.op = ? AND o.record_id = e.record_id
      WHERE e.kind = ? AND e.collection = 'attractive-jobs' AND json_extract(o.body, '$.action') IN ('approve', 'reject', 'request_revision')
    ),
    latest_sent AS (
      SELECT m.job_id, m.event_seq, m.outcome, m.staff_id FROM made_here m
      WHERE m.state = 'done' AND m.event_seq = (SELECT max(x.event_seq) FROM made_here x WHERE x.job_id = m.job_id AND x.state = 'done')
    ),
    on_portal AS (
      SELECT attractive_jobs.id AS job_id, attractive_jobs.title AS title, attractive_jobs.org_name AS org_name,
        json_extract(j.raw, '$.decision.outcome') AS outcome, json_extract(j.raw, '$.decision.reason') AS reason,
        json_extract(j.raw, '$.decision.decided_by') AS staff_id, json_extract(j.raw, '$.decision.decided_at') AS decided_at
      FROM attractive_jobs JOIN attractive_jobs_json j ON j.rowid = attractive_jobs.rowid
      ${where.sql}
    )
    SELECT m.job_id AS id, p.title AS title, p.org_name AS org_name, m.outcome AS outcome, m.reason AS reason, m.staff_id AS staff_id,
      m.pc_time AS pc_time,
      CASE WHEN l.event_seq IS NOT NULL AND p.outcome = m.outcome AND p.staff_id IS m.staff_id THEN p.decided_at ELSE m.confirmed_at END AS portal_time,
      'here' AS source, m.state AS state, julianday(m.pc_time) AS sort_key, m.event_seq AS event_seq
    FROM made_here m JOIN on_portal p ON p.job_id = m.job_id LEFT JOIN latest_sent l ON l.event_seq = m.event_seq
    UNION ALL
    SELECT p.job_id, p.title, p.org_name, p.outcome, p.reason, p.staff_id, NULL, p.decided_at, 'portal', 'done', julianday(p.decided_at), NULL
    FROM on_portal p
    WHERE p.outcome IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM latest_sent l WHERE l.job_id = p.job_id AND l.outcome = p.outcome AND l.staff_id IS p.staff_id)
    ORDER BY sort_key, id, event_seq`
  // Read whole (decisions are a few hundred a year): no statement stays open while the export writes its
  // file between rows, when the app's other writes must still go through.
  for (const row of prepared(db, sql).all(...params) as (DecisionRow & { sort_key: number; event_seq: number | null })[]) {
    const { sort_key: _sortKey, event_seq: _eventSeq, ...decision } = row
    yield decision
  }
}

/**
 * The staff directory cached at sync, by id (empty when none is cached). Its key is the one
 * src/main/sync/reference.ts stores it under; a domain may not import that service.
 */
export function staffNames(db: Db): Map<string, string> {
  const directory = getReference(db, 'staff', StaffDirectory)?.value ?? []
  return new Map(directory.map((entry) => [entry.id, entry.name]))
}
