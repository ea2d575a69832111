import { failingAttractiveJobRules } from '../../../shared/domains/attractive-jobs/rules'
import type { AttractiveJob, AttractiveJobsRules } from '../../../shared/portal'
import type { Derived } from '../../db/repositories/recordTable'

/** The yearly thresholds the rule checks read: from the cache, or from a snapshot on the decode worker. */
export type RulesLookup = (year: number) => AttractiveJobsRules | null

/**
 * A record's rule-check result as stored with it: the failure count on the row (NULL when the year's
 * rules are not cached — unknown, not "passes") and, as side data, the failing rules for the side table.
 * Reads no database, so a feed page can be checked off the main thread.
 */
export function deriveRuleFailures(job: AttractiveJob, rules: RulesLookup): Derived {
  const yearRules = rules(job.program_year)
  const failed = yearRules ? failingAttractiveJobRules(job, yearRules) : []
  return { columns: { rule_failure_count: yearRules ? failed.length : null }, side: failed }
}
