import { SmeCriteria } from '../../../shared/portal'
import type { Db } from '../../db/types'
import { withBackoff } from '../../sync/backoff'
import { PortalError } from '../../sync/errors'
import type { PortalClient } from '../../sync/portalClient'
import type { DomainReference } from '../types'
import { seoulYear } from './dates'
import { allCachedCriteria, cachedCriteria, putCriteria, type CriteriaLookup } from './criteriaRepository'
import { applicationIdsNeedingRepair, applicationIdsOfRound, roundsInCache, smeApplicationsTable } from './repository'

const RETRY = { attempts: 8, baseMs: 250, maxMs: 10_000 }

/**
 * Caches a round's criteria; when they differ from the cached copy (or none parsed), every cached
 * application of that round is derived again — its eligibility, sheets and computed points are data
 * of the round, not code.
 */
export function storeCriteria(db: Db, criteria: SmeCriteria, fetchedAt: string): { changed: boolean; rederived: number } {
  const previous = cachedCriteria(db, criteria.round)
  const changed = JSON.stringify(previous) !== JSON.stringify(criteria)
  let rederived = 0
  db.transaction(() => {
    putCriteria(db, criteria, fetchedAt)
    if (!changed) return
    for (const id of applicationIdsOfRound(db, criteria.round)) if (smeApplicationsTable.rederive(db, id)) rederived += 1
  })()
  return { changed, rederived }
}

async function refreshCriteria(db: Db, client: PortalClient, at: string, rounds: ReadonlySet<string>): Promise<void> {
  for (const round of rounds) {
    try {
      const criteria = await withBackoff(() => client.getJson('reference/sme-criteria', SmeCriteria, { round }), RETRY)
      storeCriteria(db, criteria, at)
    } catch (error) {
      // A round the portal has no criteria for (or not for this staff member) is skipped: its records show "기준 없음".
      if (error instanceof PortalError && (error.status === 404 || error.status === 403 || error.status === 422)) continue
      throw error
    }
  }
}

/** Each round's criteria: before the pull for the rounds cached and this year's first, after it for rounds it revealed. */
export const smeReference: DomainReference<CriteriaLookup> = {
  async refreshBeforePull(db, client, now) {
    await refreshCriteria(db, client, now.toISOString(), new Set([...roundsInCache(db), `${seoulYear(now)}-1`]))
  },
  async refreshAfterPull(db, client, now) {
    const missing = roundsInCache(db).filter((round) => cachedCriteria(db, round) === null)
    if (missing.length > 0) await refreshCriteria(db, client, now.toISOString(), new Set(missing))
  },
  snapshot: (db) => allCachedCriteria(db),
  fromSnapshot(snapshot) {
    const byRound = new Map(((snapshot as SmeCriteria[] | undefined) ?? []).map((criteria) => [criteria.round, criteria]))
    return (round) => byRound.get(round) ?? null
  }
}

/** After migration 0070: the rows it left without their check digit and eligibility are derived once. */
export function repairSmeDerived(db: Db): void {
  const ids = applicationIdsNeedingRepair(db)
  if (ids.length === 0) return
  db.transaction(() => {
    for (const id of ids) smeApplicationsTable.rederive(db, id)
  })()
}
