import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { AnyCollectionRecord } from '../../shared/portal'
import { appendAudit } from '../db/repositories/auditLog'
import { insertOutboxEntry } from '../db/repositories/outbox'
import { AppError } from '../core/errors'
import { localWalkInId, type OpBody, type OpName } from './ops'
import { opEnv, opOf, recordTableOf, refreshLocalView } from './view'

export interface EnqueueInput<N extends OpName> {
  op: N
  /** The record the write is about; for a walk-in, omitted (a local id is made from client_ref). */
  recordId?: string
  body: OpBody<N>
  actorId: string
  now: Date
}

export interface Enqueued {
  seq: number
  idempotencyKey: string
  recordId: string
  view: AnyCollectionRecord
}

/**
 * Local first: checks the action against what the user sees, changes the cached view and appends
 * the outbox entry in one transaction. The portal hears of it at the next sync, exactly once.
 */
export function enqueueWrite<N extends OpName>(db: Database.Database, input: EnqueueInput<N>): Enqueued {
  const op = opOf(input.op)
  const body = op.body.parse(input.body)
  const recordId =
    input.recordId ?? (input.op === 'registration.walk_in' ? localWalkInId((body as { client_ref: string }).client_ref) : undefined)
  if (!recordId) throw new AppError('validation_failed', '대상 자료가 지정되지 않았습니다.')
  const table = recordTableOf(op.collection)
  const deviceTime = input.now.toISOString()
  const idempotencyKey = randomUUID()

  return db.transaction((): Enqueued => {
    const env = opEnv(db)
    const view = table.getView(db, recordId)
    const reason = op.check(view, body, env)
    if (reason) throw new AppError('invalid_transition', reason)
    const stored = table.getStored(db, recordId)
    const seq = insertOutboxEntry(db, {
      idempotencyKey,
      collection: op.collection,
      recordId,
      op: input.op,
      baseVersion: stored ? stored.version : 0,
      body,
      deviceTime,
      actorId: input.actorId,
      createdAt: deviceTime,
      baseRecord: view ?? null
    })
    if (!stored) {
      table.insertLocal(db, op.applyLocal(undefined, body, { actorId: input.actorId, deviceTime, idempotencyKey }, recordId, env), deviceTime)
    } else {
      refreshLocalView(db, op.collection, recordId)
    }
    appendAudit(db, {
      at: deviceTime,
      actorId: input.actorId,
      action: `queued:${input.op}`,
      collection: op.collection,
      recordId,
      reason: (body as { reason?: string }).reason ?? null,
      detail: { seq, base_version: stored?.version ?? 0 },
      deviceTime
    })
    return { seq, idempotencyKey, recordId, view: table.getView(db, recordId)! }
  })()
}
