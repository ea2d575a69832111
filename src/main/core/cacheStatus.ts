import type { Db } from '../db/types'
import type { CacheStatus } from '../../shared/ipc/views'
import { registeredCollections } from '../domains/registry'
import { outboxCounts } from '../db/repositories/outbox'
import { countQuarantine } from '../db/repositories/quarantine'
import { listSyncStates } from '../db/repositories/syncState'

/** Counts per collection, outbox and quarantine — the CLI's `status --json` and the 동기화 screen. */
export function cacheStatus(db: Db): CacheStatus {
  const states = new Map(listSyncStates(db).map((s) => [s.collection, s]))
  return {
    collections: Object.fromEntries(
      registeredCollections().map((c) => [c.name, { count: c.table.count(db), last_pulled_at: states.get(c.name)?.last_pulled_at ?? null }])
    ),
    outbox: outboxCounts(db),
    quarantine: countQuarantine(db)
  }
}
