import { DistrictList, StaffDirectory } from '../../shared/portal'
import { getReference, putReference } from '../db/repositories/referenceData'
import type { Db } from '../db/types'
import { registeredDomains } from '../domains/registry'
import type { Domain } from '../domains/types'
import { withBackoff } from './backoff'
import { PortalError } from './errors'
import type { PortalClient } from './portalClient'

export const REFERENCE_DISTRICTS = 'districts'
export const REFERENCE_STAFF = 'staff'
const RETRY = { attempts: 8, baseMs: 250, maxMs: 10_000 }
const DISTRICTS_MAX_AGE_MS = 7 * 24 * 3600_000
/** Staff join, move and leave more often than districts change; one small request per hour at most. */
const STAFF_MAX_AGE_MS = 3600_000

function isStale(entry: { fetchedAt: string } | null, now: Date, maxAgeMs: number): boolean {
  return !entry || now.getTime() - Date.parse(entry.fetchedAt) > maxAgeMs
}

/**
 * The staff directory, so screens name who decided or commented. A portal that does not offer it
 * (an older version: 404) or not to this staff member (403) leaves the cached one, or ids, in place.
 */
async function refreshStaffDirectory(db: Db, client: PortalClient, now: Date): Promise<void> {
  if (!isStale(getReference(db, REFERENCE_STAFF, StaffDirectory), now, STAFF_MAX_AGE_MS)) return
  try {
    putReference(db, REFERENCE_STAFF, await withBackoff(() => client.getStaffDirectory(), RETRY), now.toISOString())
  } catch (error) {
    if (error instanceof PortalError && (error.status === 404 || error.status === 403)) return
    throw error
  }
}

/** Reference data as plain data for the decode worker: each domain's part under its name. */
export type ReferenceSnapshot = Record<string, unknown>

/**
 * Refreshes the reference data every screen needs offline (the 25 자치구, the staff directory), then each domain's own
 * (yearly thresholds…) before its feeds are pulled, so records are checked once as they arrive.
 */
export async function refreshReferenceBeforePull(db: Db, client: PortalClient, now: Date, domains: readonly Domain[]): Promise<void> {
  if (isStale(getReference(db, REFERENCE_DISTRICTS, DistrictList), now, DISTRICTS_MAX_AGE_MS)) {
    putReference(db, REFERENCE_DISTRICTS, await withBackoff(() => client.getDistricts(), RETRY), now.toISOString())
  }
  await refreshStaffDirectory(db, client, now)
  for (const domain of domains) await domain.reference?.refreshBeforePull?.(db, client, now)
}

/** After the pull: what only the pulled records revealed (e.g. a program year first seen). */
export async function refreshReferenceAfterPull(db: Db, client: PortalClient, now: Date, domains: readonly Domain[]): Promise<void> {
  for (const domain of domains) await domain.reference?.refreshAfterPull?.(db, client, now)
}

export function referenceSnapshot(db: Db): ReferenceSnapshot {
  return Object.fromEntries(registeredDomains().flatMap((domain) => (domain.reference ? [[domain.name, domain.reference.snapshot(db)]] : [])))
}
