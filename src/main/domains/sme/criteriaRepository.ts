import { SmeCriteria } from '../../../shared/portal'
import { getReference, listReferenceKeys, putReference } from '../../db/repositories/referenceData'
import type { Db } from '../../db/types'

const CRITERIA_KEY_PREFIX = 'sme-criteria:'

/** A round's criteria as the derived columns read them: from the cache, or from a snapshot on the decode worker. */
export type CriteriaLookup = (round: string) => SmeCriteria | null

function criteriaKey(round: string): string {
  return `${CRITERIA_KEY_PREFIX}${round}`
}

/** Parsed once per connection: every record written reads its round's criteria. */
const criteriaCache = new WeakMap<Db, Map<string, SmeCriteria | null>>()

/**
 * The round's criteria as cached from `/reference/sme-criteria` (null: not fetched yet). A copy in an
 * older shape does not parse and counts as not cached: the next sync fetches the round again.
 */
export function cachedCriteria(db: Db, round: string): SmeCriteria | null {
  let byRound = criteriaCache.get(db)
  if (!byRound) {
    byRound = new Map()
    criteriaCache.set(db, byRound)
  }
  if (!byRound.has(round)) byRound.set(round, getReference(db, criteriaKey(round), SmeCriteria)?.value ?? null)
  return byRound.get(round) ?? null
}

/** Caches a round's criteria (the caller decides what changing them means for cached records). */
export function putCriteria(db: Db, criteria: SmeCriteria, fetchedAt: string): void {
  putReference(db, criteriaKey(criteria.round), criteria, fetchedAt)
  criteriaCache.get(db)?.set(criteria.round, criteria)
}

/** Every round whose criteria are cached (and parse). */
export function allCachedCriteria(db: Db): SmeCriteria[] {
  return listReferenceKeys(db, CRITERIA_KEY_PREFIX)
    .map((key) => cachedCriteria(db, key.slice(CRITERIA_KEY_PREFIX.length)))
    .filter((value): value is SmeCriteria => value !== null)
}

export function liveCriteria(db: Db): CriteriaLookup {
  return (round) => cachedCriteria(db, round)
}
