import { AttractiveJobsRules } from '../../../shared/portal'
import { getReference, listReferenceKeys, putReference } from '../../db/repositories/referenceData'
import type { Db } from '../../db/types'
import type { RulesLookup } from './checks'

const RULES_KEY_PREFIX = 'attractive-jobs-rules:'

function rulesKey(year: number): string {
  return `${RULES_KEY_PREFIX}${year}`
}

/** Parsed once per connection: derived columns read the thresholds for every record written. */
const rulesCache = new WeakMap<Db, Map<number, AttractiveJobsRules | null>>()

/** The program year's thresholds as cached from `/reference/attractive-jobs-rules` (null: not fetched yet). */
export function cachedRules(db: Db, year: number): AttractiveJobsRules | null {
  let byYear = rulesCache.get(db)
  if (!byYear) {
    byYear = new Map()
    rulesCache.set(db, byYear)
  }
  if (!byYear.has(year)) byYear.set(year, getReference(db, rulesKey(year), AttractiveJobsRules)?.value ?? null)
  return byYear.get(year) ?? null
}

/** Caches a year's thresholds (the caller decides what changing them means for cached records). */
export function putRules(db: Db, rules: AttractiveJobsRules, fetchedAt: string): void {
  putReference(db, rulesKey(rules.year), rules, fetchedAt)
  rulesCache.get(db)?.set(rules.year, rules)
}

/** Every year whose thresholds are cached. */
export function allCachedRules(db: Db): AttractiveJobsRules[] {
  return listReferenceKeys(db, RULES_KEY_PREFIX)
    .map((key) => cachedRules(db, Number(key.slice(RULES_KEY_PREFIX.length))))
    .filter((value): value is AttractiveJobsRules => value !== null)
}

export function liveRules(db: Db): RulesLookup {
  return (year) => cachedRules(db, year)
}
