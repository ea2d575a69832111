import type Database from 'better-sqlite3'
import type { z } from 'zod'
import { AttractiveJobsRules } from '../../../shared/portal'
import { prepared } from '../statements'

type Db = Database.Database

/** Reference data from the portal (districts, yearly rules…), cached so it is there offline. */
export function getReference<S extends z.ZodType>(
  db: Db,
  key: string,
  schema: S
): { value: z.output<S>; fetchedAt: string } | null {
  const row = prepared(db, `SELECT value, fetched_at FROM reference_data WHERE key = ?`).get(key) as
    | { value: string; fetched_at: string }
    | undefined
  if (!row) return null
  const parsed = schema.safeParse(JSON.parse(row.value))
  return parsed.success ? { value: parsed.data, fetchedAt: row.fetched_at } : null
}

export function putReference(db: Db, key: string, value: unknown, fetchedAt: string): void {
  prepared(
    db,
    `INSERT INTO reference_data (key, value, fetched_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, fetched_at = excluded.fetched_at`
  ).run(key, JSON.stringify(value), fetchedAt)
}

const RULES_KEY_PREFIX = 'attractive-jobs-rules:'

export function rulesKey(year: number): string {
  return `${RULES_KEY_PREFIX}${year}`
}

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

/**
 * The reference data that derived columns read (today: the yearly 매력일자리 thresholds). An
 * interface rather than the database, so a feed page can be prepared off the main thread.
 */
export interface ReferenceLookup {
  attractiveJobsRules(year: number): AttractiveJobsRules | null
}

export function referenceLookup(db: Db): ReferenceLookup {
  return { attractiveJobsRules: (year) => cachedRules(db, year) }
}

/** Everything a ReferenceLookup can answer, as plain data that can be posted to a worker thread. */
export interface ReferenceSnapshot {
  attractiveJobsRules: AttractiveJobsRules[]
}

export function referenceSnapshot(db: Db): ReferenceSnapshot {
  const rows = prepared(db, `SELECT key FROM reference_data WHERE substr(key, 1, ?) = ? ORDER BY key`).all(
    RULES_KEY_PREFIX.length,
    RULES_KEY_PREFIX
  ) as { key: string }[]
  const rules = rows
    .map((row) => cachedRules(db, Number(row.key.slice(RULES_KEY_PREFIX.length))))
    .filter((value): value is AttractiveJobsRules => value !== null)
  return { attractiveJobsRules: rules }
}

export function lookupFromSnapshot(snapshot: ReferenceSnapshot): ReferenceLookup {
  const byYear = new Map(snapshot.attractiveJobsRules.map((rules) => [rules.year, rules]))
  return { attractiveJobsRules: (year) => byYear.get(year) ?? null }
}
