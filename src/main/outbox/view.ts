import type Database from 'better-sqlite3'
import type { AnyCollectionRecord, CollectionName } from '../../shared/portal'
import { RECORD_TABLES } from '../db/repositories/collections'
import { pendingEntriesFor, type OutboxRow } from '../db/repositories/outbox'
import { prepared } from '../db/statements'
import { OPS, isOpName, type OpDefinition, type OpEnv } from './ops'

type Db = Database.Database
type AnyOp = OpDefinition<unknown, AnyCollectionRecord>

export function opOf(name: string): AnyOp {
  if (!isOpName(name)) throw new Error(`unknown outbox op: ${name}`)
  return OPS[name] as unknown as AnyOp
}

export function recordTableOf(collection: CollectionName) {
  return RECORD_TABLES[collection] as unknown as {
    getStored: (typeof RECORD_TABLES)['attractive-jobs']['getStored']
    getView(db: Db, id: string): AnyCollectionRecord | undefined
    setLocalView(db: Db, id: string, local: AnyCollectionRecord | null): void
    insertLocal(db: Db, local: AnyCollectionRecord, createdAt: string): void
    upsert(db: Db, input: { record: AnyCollectionRecord; raw: string; local: AnyCollectionRecord | null; pulledAt: string; generation: number }): string
    remove(db: Db, id: string): boolean
  }
}

export function opEnv(db: Db): OpEnv {
  return {
    sessionLoad(sessionId) {
      const session = prepared(db, `SELECT capacity FROM reemployment_sessions WHERE id = ?`).get(sessionId) as
        | { capacity: number }
        | undefined
      if (!session) return null
      const load = prepared(
        db,
        `SELECT count(*) FILTER (WHERE status = 'registered') AS registered, coalesce(max(waitlist_rank) FILTER (WHERE status = 'waitlisted'), 0) AS lastRank
         FROM reemployment_registrations WHERE session_id = ?`
      ).get(sessionId) as { registered: number; lastRank: number }
      return { capacity: session.capacity, registered: load.registered, lastRank: load.lastRank }
    }
  }
}

function replay(db: Db, base: AnyCollectionRecord | undefined, entries: OutboxRow[], recordId: string): AnyCollectionRecord | undefined {
  const env = opEnv(db)
  let view = base
  for (const entry of entries) {
    const op = opOf(entry.op)
    const body = JSON.parse(entry.body) as unknown
    // A pending intent that no longer fits the newer server copy is still shown; the portal decides on send.
    view = op.applyLocal(view, body, { actorId: entry.actor_id, deviceTime: entry.device_time, idempotencyKey: entry.idempotency_key }, recordId, env)
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
    if (localOnly) {
      // A walk-in made offline that will never be sent (discarded) leaves nothing behind.
      const open = prepared(db, `SELECT 1 FROM outbox WHERE collection = ? AND record_id = ? AND state IN ('conflict','rejected') LIMIT 1`).get(collection, recordId)
      if (!open) table.remove(db, recordId)
      return
    }
    table.setLocalView(db, recordId, null)
    return
  }
  const view = replay(db, base, entries, recordId)
  if (view) table.setLocalView(db, recordId, view)
}
