import type { Db } from '../types'
import type { CollectionName } from '../../../shared/portal'
import { prepared } from '../statements'

export interface SyncStateRow {
  collection: CollectionName
  cursor: string | null
  last_pulled_at: string | null
  generation: number
  full_pull_in_progress: 0 | 1
  /** 1 while a bulk load runs: its search documents wait to be indexed, its versions seen to be recorded. */
  bulk_load_in_progress: 0 | 1
  deferred_indexes: string | null
}


export function getSyncState(db: Db, collection: CollectionName): SyncStateRow {
  prepared(db, `INSERT INTO sync_state (collection) VALUES (?) ON CONFLICT (collection) DO NOTHING`).run(collection)
  return prepared(db, `SELECT * FROM sync_state WHERE collection = ?`).get(collection) as SyncStateRow
}

export function listSyncStates(db: Db): SyncStateRow[] {
  return prepared(db, `SELECT * FROM sync_state ORDER BY collection`).all() as SyncStateRow[]
}

/**
 * Starts a full pull from the beginning of the feed: a new generation marks what it returns. `bulk`
 * (the table is empty) makes it a bulk load: search indexing and versions seen are done once at the
 * end (an unfinished bulk load stays one through cursor restarts).
 */
export function beginFullPull(db: Db, collection: CollectionName, options: { bulk: boolean }): number {
  const state = getSyncState(db, collection)
  const generation = state.generation + 1
  prepared(
    db,
    `UPDATE sync_state SET cursor = NULL, generation = ?, full_pull_in_progress = 1, bulk_load_in_progress = max(bulk_load_in_progress, ?) WHERE collection = ?`
  ).run(generation, options.bulk ? 1 : 0, collection)
  return generation
}

/** Called in the same transaction as the page's records, so the cursor never runs ahead of the data. */
export function saveCursor(db: Db, collection: CollectionName, cursor: string, pulledAt: string): void {
  prepared(db, `UPDATE sync_state SET cursor = ?, last_pulled_at = ? WHERE collection = ?`).run(cursor, pulledAt, collection)
}

export function finishFullPull(db: Db, collection: CollectionName): void {
  prepared(db, `UPDATE sync_state SET full_pull_in_progress = 0 WHERE collection = ?`).run(collection)
}

export function finishBulkLoad(db: Db, collection: CollectionName): void {
  prepared(db, `UPDATE sync_state SET bulk_load_in_progress = 0 WHERE collection = ?`).run(collection)
}

/** When any feed last stored a page (the sync indicator's "last synced" after a failed run). */
export function lastPulledAt(db: Db): string | null {
  return (prepared(db, `SELECT max(last_pulled_at) AS at FROM sync_state`).get() as { at: string | null }).at
}

/**
 * Forgets how far a feed was pulled (its records were removed from this cache): the next sync pulls
 * it from the beginning, and the screens treat it as never synced until then.
 */
export function forgetFeed(db: Db, collection: CollectionName): void {
  getSyncState(db, collection)
  prepared(db, `UPDATE sync_state SET cursor = NULL, last_pulled_at = NULL, full_pull_in_progress = 0 WHERE collection = ?`).run(collection)
}
