import type Database from 'better-sqlite3'
import { COLLECTIONS } from '../../shared/portal'
import type { CacheStatus } from '../../shared/ipc/views'
import { RECORD_TABLES } from '../db/repositories/collections'
import { outboxCounts } from '../db/repositories/outbox'
import { countQuarantine } from '../db/repositories/quarantine'
import { listSyncStates } from '../db/repositories/syncState'

/** Counts per collection, outbox and quarantine — the CLI's `status --json` and the 동기화 screen. */
export function cacheStatus(db: Database.Database): CacheStatus {
  const states = new Map(listSyncStates(db).map((s) => [s.collection, s]))
  return {
    collections: Object.fromEntries(
      COLLECTIONS.map((c) => [c, { count: RECORD_TABLES[c].count(db), last_pulled_at: states.get(c)?.last_pulled_at ?? null }])
    ),
    outbox: outboxCounts(db),
    quarantine: countQuarantine(db)
  }
}
