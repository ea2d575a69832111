import type Database from 'better-sqlite3'
import { evaluateAttractiveJobRules, failingAttractiveJobRules, type RuleResult } from '../../shared/domain/attractiveJobRules'
import type { AttractiveJob, AttractiveJobsRules } from '../../shared/portal'
import { cachedRules, putRules, referenceLookup, type ReferenceLookup } from '../db/repositories/referenceData'
import { prepared } from '../db/statements'
import type { Derived } from '../db/repositories/recordTable'

type Db = Database.Database

export function checkJob(db: Db, job: AttractiveJob): RuleResult[] | null {
  const rules = referenceLookup(db).attractiveJobsRules(job.program_year)
  return rules ? evaluateAttractiveJobRules(job, rules) : null
}

/**
 * A record's rule-check result as stored with it: the failure count on the row (NULL when the year's
 * rules are not cached — unknown, not "passes") and, as tags, the failing rules for the side table.
 * Reads no database, so a feed page can be checked off the main thread.
 */
export function deriveRuleFailures(job: AttractiveJob, reference: ReferenceLookup): Derived {
  const rules = reference.attractiveJobsRules(job.program_year)
  const failed = rules ? failingAttractiveJobRules(job, rules) : []
  return { columns: { rule_failure_count: rules ? failed.length : null }, tags: failed }
}

/** One side-table row per failing rule (the rule filter and the list's failure badges read them). */
export function storeRuleFailures(db: Db, jobId: string, failed: readonly string[], replacing: boolean): void {
  if (replacing) prepared(db, `DELETE FROM attractive_job_rule_failures WHERE job_id = ?`).run(jobId)
  const insert = prepared(db, `INSERT INTO attractive_job_rule_failures (job_id, rule) VALUES (?, ?)`)
  for (const rule of failed) insert.run(jobId, rule)
}

function recheckJob(db: Db, job: AttractiveJob): void {
  const derived = deriveRuleFailures(job, referenceLookup(db))
  prepared(db, `UPDATE attractive_jobs SET rule_failure_count = ? WHERE id = ?`).run(derived.columns.rule_failure_count ?? null, job.id)
  storeRuleFailures(db, job.id, derived.tags ?? [], true)
}

export function forgetRuleFailures(db: Db, id: string): void {
  prepared(db, `DELETE FROM attractive_job_rule_failures WHERE job_id = ?`).run(id)
}

/**
 * Caches a year's thresholds; when they differ from what was cached, every record of that year is
 * checked again (the thresholds change every year and are data, not code).
 */
export function storeRules(db: Db, rules: AttractiveJobsRules, fetchedAt: string): { changed: boolean; rechecked: number } {
  const previous = cachedRules(db, rules.year)
  const changed = JSON.stringify(previous) !== JSON.stringify(rules)
  putRules(db, rules, fetchedAt)
  if (!changed) return { changed, rechecked: 0 }
  let rechecked = 0
  db.transaction(() => {
    const rows = prepared(
      db,
      `SELECT coalesce(j.local_raw, j.raw) AS json FROM attractive_jobs r JOIN attractive_jobs_json j ON j.rowid = r.rowid WHERE r.program_year = ?`
    ).all(rules.year) as { json: string }[]
    for (const row of rows) {
      recheckJob(db, JSON.parse(row.json) as AttractiveJob)
      rechecked += 1
    }
  })()
  return { changed, rechecked }
}

export function programYearsInCache(db: Db): number[] {
  return (prepared(db, `SELECT DISTINCT program_year AS y FROM attractive_jobs ORDER BY y`).all() as { y: number }[]).map((r) => r.y)
}
