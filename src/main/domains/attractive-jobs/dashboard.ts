import type Database from 'better-sqlite3'
import type { AttractiveJobDashboard } from '../../shared/ipc/attractiveJobViews'
import { prepared } from '../db/statements'
import { programYearsInCache } from './rules'

const countBy = (db: Database.Database, column: 'status' | 'org_type') =>
  Object.fromEntries(
    (prepared(db, `SELECT ${column} AS k, count(*) AS n FROM attractive_jobs GROUP BY ${column}`).all() as { k: string; n: number }[]).map((r) => [r.k, r.n])
  )

/** The home screen's 매력일자리 tile: submissions by status and by 기관구분, and rule-failure counts. */
export function attractiveJobDashboard(db: Database.Database): AttractiveJobDashboard {
  const failures = prepared(db, `SELECT rule, count(*) AS n FROM attractive_job_rule_failures GROUP BY rule`).all() as { rule: string; n: number }[]
  return {
    total: (prepared(db, `SELECT count(*) AS n FROM attractive_jobs`).get() as { n: number }).n,
    byStatus: countBy(db, 'status'),
    byOrgType: countBy(db, 'org_type'),
    ruleFailures: Object.fromEntries(failures.map((f) => [f.rule, f.n])),
    withFailures: (prepared(db, `SELECT count(*) AS n FROM attractive_jobs WHERE rule_failure_count > 0`).get() as { n: number }).n,
    programYears: programYearsInCache(db)
  }
}
