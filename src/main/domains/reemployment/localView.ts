import type { ReemploymentRegistration } from '../../../shared/portal'
import { appendAudit } from '../../db/repositories/auditLog'
import { discardEntry, pendingEntriesFor, type OutboxRow } from '../../db/repositories/outbox'
import type { Db } from '../../db/types'
import type { OpMeta } from '../types'
import { reemploymentOps } from './ops'
import { reemploymentRegistrationsTable } from './registrationsRepository'

const COLLECTION = 'reemployment-registrations'

interface Replayable {
  applyLocal(db: Db, view: ReemploymentRegistration | undefined, body: unknown, meta: OpMeta, recordId: string): ReemploymentRegistration
}
const OPS = new Map<string, Replayable>(reemploymentOps.map((op) => [op.name, op as unknown as Replayable]))

/**
 * What the user sees of one registration after a queued write of it was cancelled here: the portal's
 * copy with the writes still pending replayed on top (a registration's lane holds only this domain's
 * writes, so its own ops are enough to replay it).
 */
function refreshRegistrationView(db: Db, id: string): void {
  const table = reemploymentRegistrationsTable
  const stored = table.getStored(db, id)
  if (!stored) return
  const entries = pendingEntriesFor(db, COLLECTION, id)
  const localOnly = stored.version === 0
  if (entries.length === 0) {
    if (!localOnly) table.setLocalView(db, id, null)
    return
  }
  let view: ReemploymentRegistration | undefined = localOnly ? undefined : (JSON.parse(stored.raw) as ReemploymentRegistration)
  for (const entry of entries) {
    const op = OPS.get(entry.op)
    if (!op) throw new Error(`not a 재취업 write: ${entry.op}`)
    view = op.applyLocal(db, view, JSON.parse(entry.body) as unknown, { actorId: entry.actor_id, deviceTime: entry.device_time, idempotencyKey: entry.idempotency_key }, id)
  }
  if (view) table.setLocalView(db, id, view)
}

/**
 * Drops a write of this PC's outbox: one queued and never sent (an undo — the caller has made sure
 * nothing is sending it: no attempt yet, no sync running), or one the portal refused whose refusal
 * the user was just told. The view is rebuilt from the writes still pending.
 */
export function dropQueuedWrite(db: Db, entry: OutboxRow, actorId: string, at: string, why: string): void {
  db.transaction(() => {
    discardEntry(db, entry.seq, at)
    refreshRegistrationView(db, entry.record_id)
    appendAudit(db, { at, actorId, action: `${why}:${entry.op}`, collection: COLLECTION, recordId: entry.record_id, detail: { seq: entry.seq }, deviceTime: at })
  })()
}
