import { AttractiveJobsRules } from '../../../shared/portal'
import { withBackoff } from '../../sync/backoff'
import { PortalError } from '../../sync/errors'
import type { PortalClient } from '../../sync/portalClient'
import type { Db } from '../../db/types'
import type { DomainReference } from '../types'
import { programYearsInCache } from './repository'
import type { RulesLookup } from './checks'
import { storeRules } from './rules'
import { allCachedRules, cachedRules } from './rulesRepository'

const RETRY = { attempts: 8, baseMs: 250, maxMs: 10_000 }

async function refreshRules(db: Db, client: PortalClient, at: string, years: Set<number>): Promise<void> {
  for (const year of years) {
    try {
      storeRules(db, await withBackoff(() => client.getAttractiveJobsRules(year), RETRY), at)
    } catch (error) {
      // A year the portal has no rules for is skipped; its records show "기준 없음".
      if (error instanceof PortalError && (error.status === 404 || error.status === 422)) continue
      throw error
    }
  }
}

/** Each program year's thresholds (a change re-checks that year's records). */
export const attractiveJobsReference: DomainReference<RulesLookup> = {
  async refreshBeforePull(db, client, now) {
    const thisYear = now.getFullYear()
    await refreshRules(db, client, now.toISOString(), new Set([...programYearsInCache(db), thisYear - 1, thisYear, thisYear + 1]))
  },
  async refreshAfterPull(db, client, now) {
    const missing = programYearsInCache(db).filter((year) => cachedRules(db, year) === null)
    if (missing.length > 0) await refreshRules(db, client, now.toISOString(), new Set(missing))
  },
  snapshot: (db) => allCachedRules(db),
  fromSnapshot(snapshot) {
    const byYear = new Map(((snapshot as AttractiveJobsRules[] | undefined) ?? []).map((rules) => [rules.year, rules]))
    return (year) => byYear.get(year) ?? null
  }
}
