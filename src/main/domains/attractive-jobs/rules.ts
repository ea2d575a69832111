import { evaluateAttractiveJobRules, type RuleResult } from '../../../shared/domains/attractive-jobs/rules'
import type { AttractiveJob, AttractiveJobsRules } from '../../../shared/portal'
import type { Db } from '../../db/types'
import { deriveRuleFailures } from './checks'
import { jobsOfProgramYear, setRuleFailures } from './repository'
import { cachedRules, liveRules, putRules } from './rulesRepository'

export function checkJob(db: Db, job: AttractiveJob): RuleResult[] | null {
  const rules = cachedRules(db, job.program_year)
  return rules ? evaluateAttractiveJobRules(job, rules) : null
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
    for (const job of jobsOfProgramYear(db, rules.year)) {
      const derived = deriveRuleFailures(job, liveRules(db))
      setRuleFailures(db, job.id, (derived.columns.rule_failure_count as number | null | undefined) ?? null, derived.side ?? [])
      rechecked += 1
    }
  })()
  return { changed, rechecked }
}
