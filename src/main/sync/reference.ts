import { DistrictList } from '../../shared/portal'
import { getReference, putReference } from '../db/repositories/referenceData'
import type { Db } from '../db/types'
import { registeredDomains } from '../domains/registry'
import type { Domain } from '../domains/types'
import { withBackoff } from './backoff'
import type { PortalClient } from './portalClient'

export const REFERENCE_DISTRICTS = 'districts'
const RETRY = { attempts: 8, baseMs: 250, maxMs: 10_000 }
const DISTRICTS_MAX_AGE_MS = 7 * 24 * 3600_000

/** Reference data as plain data for the decode worker: each domain's part under its name. */
export type ReferenceSnapshot = Record<string, unknown>

/**
 * Refreshes the reference data every screen needs offline (the 25 자치구), then each domain's own
 * (yearly thresholds…) before its feeds are pulled, so records are checked once as they arrive.
 */
export async function refreshReferenceBeforePull(db: Db, client: PortalClient, now: Date, domains: readonly Domain[]): Promise<void> {
  const districts = getReference(db, REFERENCE_DISTRICTS, DistrictList)
  if (!districts || now.getTime() - Date.parse(districts.fetchedAt) > DISTRICTS_MAX_AGE_MS) {
    putReference(db, REFERENCE_DISTRICTS, await withBackoff(() => client.getDistricts(), RETRY), now.toISOString())
  }
  for (const domain of domains) await domain.reference?.refreshBeforePull?.(db, client, now)
}

/** After the pull: what only the pulled records revealed (e.g. a program year first seen). */
export async function refreshReferenceAfterPull(db: Db, client: PortalClient, now: Date, domains: readonly Domain[]): Promise<void> {
  for (const domain of domains) await domain.reference?.refreshAfterPull?.(db, client, now)
}

export function referenceSnapshot(db: Db): ReferenceSnapshot {
  return Object.fromEntries(registeredDomains().flatMap((domain) => (domain.reference ? [[domain.name, domain.reference.snapshot(db)]] : [])))
}
