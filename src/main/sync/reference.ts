import type Database from 'better-sqlite3'
import { DistrictList } from '../../shared/portal'
import { cachedRules, getReference, putReference } from '../db/repositories/referenceData'
import { programYearsInCache, storeRules } from '../review/rules'
import { withBackoff } from './backoff'
import { PortalError } from './errors'
import type { PortalClient } from './portalClient'

export const REFERENCE_DISTRICTS = 'districts'
const RETRY = { attempts: 8, baseMs: 250, maxMs: 10_000 }

/**
 * Refreshes the reference data the app needs offline: the 25 자치구 and each program year's
 * 매력일자리 thresholds (a change re-checks that year's records). A year the portal has no rules
 * for is skipped; its records show "기준 없음".
 */
export async function refreshReference(db: Database.Database, client: PortalClient, now: Date, withAttractiveJobs: boolean): Promise<void> {
  const at = now.toISOString()
  const districts = getReference(db, REFERENCE_DISTRICTS, DistrictList)
  if (!districts || now.getTime() - Date.parse(districts.fetchedAt) > 7 * 24 * 3600_000) {
    putReference(db, REFERENCE_DISTRICTS, await withBackoff(() => client.getDistricts(), RETRY), at)
  }
  if (!withAttractiveJobs) return
  // Before the pull, so records are checked once as they arrive rather than all over again afterwards.
  const thisYear = now.getFullYear()
  await refreshRules(db, client, at, new Set([...programYearsInCache(db), thisYear - 1, thisYear, thisYear + 1]))
}

/** After the pull: the thresholds of program years that only arrived with it (their records are checked then). */
export async function refreshMissingRules(db: Database.Database, client: PortalClient, now: Date): Promise<void> {
  const missing = programYearsInCache(db).filter((year) => cachedRules(db, year) === null)
  if (missing.length > 0) await refreshRules(db, client, now.toISOString(), new Set(missing))
}

async function refreshRules(db: Database.Database, client: PortalClient, at: string, years: Set<number>): Promise<void> {
  for (const year of years) {
    try {
      storeRules(db, await withBackoff(() => client.getAttractiveJobsRules(year), RETRY), at)
    } catch (error) {
      if (error instanceof PortalError && (error.status === 404 || error.status === 422)) continue
      throw error
    }
  }
}
