import { randomUUID } from 'node:crypto'
import type { AnyCollectionRecord } from '../../shared/portal'
import { AppError } from '../core/errors'
import { appendAudit } from '../db/repositories/auditLog'
import { insertOutboxEntry } from '../db/repositories/outbox'
import type { Db } from '../db/types'
import type { WriteOp } from '../domains/types'
import { recordTableOf, refreshLocalView } from './view'

export interface EnqueueInput<Body> {
  /** The record the write is about; omitted for an op that creates its record (a local id is made). */
  recordId?: string | undefined
  body: Body
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
export function enqueueWrite<Body, Rec>(db: Db, typedOp: WriteOp<Body, Rec>, input: EnqueueInput<Body>): Enqueued {
  const op = typedOp as unknown as WriteOp<unknown, AnyCollectionRecord>
  const body = op.body.parse(input.body)
  const recordId = input.recordId ?? op.creates?.localId(body)
  if (!recordId) throw new AppError('validation_failed', '대상 자료가 지정되지 않았습니다.')
  const table = recordTableOf(op.collection)
  const deviceTime = input.now.toISOString()
  const idempotencyKey = randomUUID()

  return db.transaction((): Enqueued => {
    const view = table.getView(db, recordId)
    const reason = op.check(db, view, body)
    if (reason) throw new AppError('invalid_transition', reason)
    const stored = table.getStored(db, recordId)
    const seq = insertOutboxEntry(db, {
      idempotencyKey,
      collection: op.collection,
      recordId,
      op: op.name,
      baseVersion: stored ? stored.version : 0,
      body,
      deviceTime,
      actorId: input.actorId,
      createdAt: deviceTime,
      baseRecord: view ?? null
    })
    if (!stored) {
      table.insertLocal(db, op.applyLocal(db, undefined, body, { actorId: input.actorId, deviceTime, idempotencyKey }, recordId), deviceTime)
    } else {
      refreshLocalView(db, op.collection, recordId)
    }
    appendAudit(db, {
      at: deviceTime,
      actorId: input.actorId,
      action: `queued:${op.name}`,
      collection: op.collection,
      recordId,
      reason: (body as { reason?: string }).reason ?? null,
      detail: { seq, base_version: stored?.version ?? 0 },
      deviceTime
    })
    return { seq, idempotencyKey, recordId, view: table.getView(db, recordId)! }
  })()
}
