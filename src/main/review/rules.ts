import type Database from 'better-sqlite3'
import { evaluateAttractiveJobRules, failedRules, type RuleResult } from '../../shared/domain/attractiveJobRules'
import { AttractiveJobsRules, type AttractiveJob } from '../../shared/portal'
import { getReference, putReference } from '../db/repositories/referenceData'
import { prepared } from '../db/statements'
import type { Derived } from '../db/repositories/recordTable'

type Db = Database.Database

const cache = new WeakMap<Db, Map<number, AttractiveJobsRules | null>>()

export function rulesKey(year: number): string {
  return `attractive-jobs-rules:${year}`
}

/** The program year's thresholds as cached from `/reference/attractive-jobs-rules` (null: not fetched yet). */
export function cachedRules(db: Db, year: number): AttractiveJobsRules | null {
  let byYear = cache.get(db)
  if (!byYear) {
    byYear = new Map()
    cache.set(db, byYear)
  }
  if (!byYear.has(year)) byYear.set(year, getReference(db, rulesKey(year), AttractiveJobsRules)?.value ?? null)
  return byYear.get(year) ?? null
}

export function checkJob(db: Db, job: AttractiveJob): RuleResult[] | null {
  const rules = cachedRules(db, job.program_year)
  return rules ? evaluateAttractiveJobRules(job, rules) : null
}

/**
 * A record's rule-check result as stored with it: the failure count on the row (NULL when the year's
 * rules are not cached — unknown, not "passes") and one side-table row per failing rule.
 */
export function deriveRuleFailures(db: Db, job: AttractiveJob): Derived {
  const results = checkJob(db, job)
  const failed = results ? failedRules(results) : []
  return {
    columns: { rule_failure_count: results ? failed.length : null },
    store(db, replacing) {
      if (replacing) prepared(db, `DELETE FROM attractive_job_rule_failures WHERE job_id = ?`).run(job.id)
      const insert = prepared(db, `INSERT INTO attractive_job_rule_failures (job_id, rule) VALUES (?, ?)`)
      for (const rule of failed) insert.run(job.id, rule)
    }
  }
}

function storeRuleFailures(db: Db, job: AttractiveJob): void {
  const derived = deriveRuleFailures(db, job)
  prepared(db, `UPDATE attractive_jobs SET rule_failure_count = ? WHERE id = ?`).run(derived.columns.rule_failure_count ?? null, job.id)
  derived.store?.(db, true)
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
  putReference(db, rulesKey(rules.year), rules, fetchedAt)
  cache.get(db)?.set(rules.year, rules)
  if (!changed) return { changed, rechecked: 0 }
  let rechecked = 0
  db.transaction(() => {
    const rows = prepared(
      db,
      `SELECT coalesce(j.local_raw, j.raw) AS json FROM attractive_jobs r JOIN attractive_jobs_json j ON j.rowid = r.rowid WHERE r.program_year = ?`
    ).all(rules.year) as { json: string }[]
    for (const row of rows) {
      storeRuleFailures(db, JSON.parse(row.json) as AttractiveJob)
      rechecked += 1
    }
  })()
  return { changed, rechecked }
}

export function programYearsInCache(db: Db): number[] {
  return (prepared(db, `SELECT DISTINCT program_year AS y FROM attractive_jobs ORDER BY y`).all() as { y: number }[]).map((r) => r.y)
}
