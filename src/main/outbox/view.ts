import type { AnyCollectionRecord, CollectionName } from '../../shared/portal'
import { hasParkedEntries, pendingEntriesFor, type OutboxRow } from '../db/repositories/outbox'
import type { Db } from '../db/types'
import { collectionSpec, writeOp } from '../domains/registry'

export function recordTableOf(collection: CollectionName) {
  return collectionSpec(collection).table
}

function replay(db: Db, base: AnyCollectionRecord | undefined, entries: OutboxRow[], recordId: string): AnyCollectionRecord | undefined {
  let view = base
  for (const entry of entries) {
    const op = writeOp(entry.op)
    const body = JSON.parse(entry.body) as unknown
    // A pending intent that no longer fits the newer server copy is still shown; the portal decides on send.
    view = op.applyLocal(db, view, body, { actorId: entry.actor_id, deviceTime: entry.device_time, idempotencyKey: entry.idempotency_key }, recordId)
  }
  return view
}

/** The local view of a server record with its pending writes replayed on top (null: nothing pending). */
export function overlayPending(db: Db, collection: CollectionName, server: AnyCollectionRecord): AnyCollectionRecord | null {
  const entries = pendingEntriesFor(db, collection, server.id)
  if (entries.length === 0) return null
  return replay(db, server, entries, server.id) ?? null
}

/** Recomputes what the user sees for one record after its queue changed. */
export function refreshLocalView(db: Db, collection: CollectionName, recordId: string): void {
  const table = recordTableOf(collection)
  const stored = table.getStored(db, recordId)
  if (!stored) return
  const entries = pendingEntriesFor(db, collection, recordId)
  const localOnly = stored.version === 0
  const base = localOnly ? undefined : (JSON.parse(stored.raw) as AnyCollectionRecord)
  if (entries.length === 0) {
    // A record made here that will never be sent (discarded) leaves nothing behind.
    if (localOnly && !hasParkedEntries(db, collection, recordId)) table.remove(db, recordId)
    else if (!localOnly) table.setLocalView(db, recordId, null)
    return
  }
  const view = replay(db, base, entries, recordId)
  if (view) table.setLocalView(db, recordId, view)
}
