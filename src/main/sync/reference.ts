import type Database from 'better-sqlite3'
import { DistrictList } from '../../shared/portal'
import { getReference, putReference } from '../db/repositories/referenceData'
import { programYearsInCache, storeRules } from '../review/rules'
import { PortalError } from './errors'
import type { PortalClient } from './portalClient'

export const REFERENCE_DISTRICTS = 'districts'

/**
 * Refreshes the reference data the app needs offline: the 25 자치구 and each program year's
 * 매력일자리 thresholds (a change re-checks that year's records). A year the portal has no rules
 * for is skipped; its records show "기준 없음".
 */
export async function refreshReference(db: Database.Database, client: PortalClient, now: Date, withAttractiveJobs: boolean): Promise<void> {
  const at = now.toISOString()
  const districts = getReference(db, REFERENCE_DISTRICTS, DistrictList)
  if (!districts || now.getTime() - Date.parse(districts.fetchedAt) > 7 * 24 * 3600_000) {
    putReference(db, REFERENCE_DISTRICTS, await client.getDistricts(), at)
  }
  if (!withAttractiveJobs) return
  const years = new Set([...programYearsInCache(db), now.getFullYear()])
  for (const year of years) {
    try {
      storeRules(db, await client.getAttractiveJobsRules(year), at)
    } catch (error) {
      if (error instanceof PortalError && (error.status === 404 || error.status === 422)) continue
      throw error
    }
  }
}
