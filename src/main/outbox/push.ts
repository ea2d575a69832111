import type { Db } from '../db/types'
import type { AnyCollectionRecord, CollectionName } from '../../shared/portal'
import { appendAudit, confirmQueuedAudit } from '../db/repositories/auditLog'
import {
  completeEntry,
  dueLaneHeads,
  markAttempt,
  nextDueAt,
  parkEntry,
  rebaseLane,
  renameLane,
  scheduleRetry,
  type OutboxRow
} from '../db/repositories/outbox'
import { getSyncState } from '../db/repositories/syncState'
import { scrubWal } from '../db/walScrub'
import { backoffDelay, defaultSleep } from '../sync/backoff'
import { isOffline, PortalError, PortalUnreachableError } from '../sync/errors'
import type { PortalClient } from '../sync/portalClient'
import { createCommitBatcher } from './commitBatcher'
import { collectionSpec, writeOp } from '../domains/registry'
import type { AnyWriteOp } from '../domains/types'
import { overlayPending, recordTableOf, refreshLocalView } from './view'


export interface PushOptions {
  db: Db
  client: PortalClient
  /** The staff member whose token `client` holds: only their writes are sent. */
  authorId: string
  now?: () => Date
  /** Lanes sent at the same time. */
  concurrency?: number
  /** How long one run keeps waiting for retries before leaving the rest for the next sync. */
  maxWaitMs?: number
  backoff?: { baseMs: number; maxMs: number }
  sleep?: (ms: number) => Promise<void>
  log?: (message: string) => void
  onProgress?: (progress: PushResult) => void
}

export interface PushResult {
  pushed: number
  conflicts: number
  rejected: number
  retried: number
  /** Why the run stopped early (offline, signed out), or null. */
  stoppedBy: 'offline' | 'auth' | null
}

/**
 * How often one run moves a write onto a newer version by the op's rebase policy before leaving it
 * in 확인 필요: a record others keep changing that fast needs a person to look at it.
 */
export const MAX_REBASES_PER_ENTRY = 3

class StopRun extends Error {
  constructor(readonly reason: 'offline' | 'auth') {
    super(reason)
  }
}

function parseRecord(collection: CollectionName, value: unknown): AnyCollectionRecord | null {
  const parsed = collectionSpec(collection).schema.safeParse(value)
  return parsed.success ? (parsed.data as AnyCollectionRecord) : null
}

/**
 * Stores a server copy the portal handed back (response or 409 `current`) with the writes still
 * pending replayed on top, in one row write; an older copy than the cached one only re-derives the view.
 */
function storeServerCopy(db: Db, collection: CollectionName, record: AnyCollectionRecord, raw: unknown, at: string): void {
  const table = recordTableOf(collection)
  const outcome = table.upsert(db, {
    record,
    raw: JSON.stringify(raw),
    local: overlayPending(db, collection, record),
    pulledAt: at,
    generation: getSyncState(db, collection).generation
  })
  if (outcome === 'stale') refreshLocalView(db, collection, record.id)
}

function problemSummary(error: PortalError) {
  return {
    status: error.status,
    code: error.code,
    message: error.problem?.detail ?? error.problem?.title ?? error.message,
    errors: error.problem?.errors ?? []
  }
}

/**
 * Sends the outbox. Each record is a lane: its entries go strictly in order, lanes go side by
 * side, and a lane waiting for a person (conflict, rejection) never holds up the others. A retry
 * reuses the entry's idempotency key, so an answer lost on the wire never applies twice.
 */
export async function pushOutbox(options: PushOptions): Promise<PushResult> {
  const { db, client } = options
  const now = options.now ?? (() => new Date())
  const sleep = options.sleep ?? defaultSleep
  const concurrency = options.concurrency ?? 8
  const backoff = options.backoff ?? { baseMs: 500, maxMs: 30_000 }
  const deadline = Date.now() + (options.maxWaitMs ?? 20_000)
  const result: PushResult = { pushed: 0, conflicts: 0, rejected: 0, retried: 0, stoppedBy: null }
  let refusedInARow = 0
  const commit = createCommitBatcher(db)
  const rebases = new Map<number, number>()
  let redactions = 0
  /** The body as kept once it is no longer waiting to be sent: personal data masked by the op (a walk-in's name, phone). */
  const redactedBody = (op: AnyWriteOp, body: unknown): unknown => {
    if (!op.redact) return undefined
    redactions += 1
    return op.redact(body)
  }

  async function send(first: OutboxRow): Promise<void> {
    let entry = first
    const op = writeOp(entry.op)
    const body = JSON.parse(entry.body) as unknown
    const { method, path, query, headers } = op.request(entry.record_id, body)
    const payload = op.payload ? op.payload(body) : body
    let response
    for (;;) {
      markAttempt(db, entry.seq, now().toISOString())
      try {
        response = await client.write(method, path, payload, {
          idempotencyKey: entry.idempotency_key,
          ifMatch: op.ifMatch ? entry.base_version : null,
          query,
          headers
        })
        break
      } catch (error) {
        const rebased = rebaseIfIndependent(entry, op, body, error)
        if (rebased) {
          // The same key again: the portal stores only accepted answers, and this one was refused.
          entry = rebased
          continue
        }
        handleFailure(entry, error)
        return
      }
    }
    refusedInARow = 0
    const at = now().toISOString()
    const record = op.answer === 'record' ? parseRecord(op.collection, response.body) : null
    await commit(() => {
      completeEntry(db, entry.seq, at, response.body, redactedBody(op, body))
      let recordId = entry.record_id
      if (record) {
        if (record.id !== entry.record_id) {
          // A record made offline (e.g. a walk-in): the local id gives way to the portal's everywhere.
          recordTableOf(op.collection).remove(db, entry.record_id)
          renameLane(db, op.collection, entry.record_id, record.id)
          recordId = record.id
        }
        storeServerCopy(db, op.collection, record, response.body, at)
        const base = entry.base_version ?? 0
        if (base === 0 || record.version === base + 1) rebaseLane(db, op.collection, recordId, entry.seq, base, record.version)
      } else {
        refreshLocalView(db, op.collection, recordId)
      }
      appendAudit(db, {
        at,
        actorId: entry.actor_id,
        action: `synced:${entry.op}`,
        collection: op.collection,
        recordId,
        detail: { seq: entry.seq, status: response.status, version: record?.version ?? null },
        deviceTime: entry.device_time,
        syncedAt: at,
        portalAt: record?.updated_at ?? null
      })
      // The 접속기록 of the queued write gets the portal's confirmation beside it (its own updated_at).
      confirmQueuedAudit(db, { op: entry.op, collection: op.collection, recordId: entry.record_id, outboxSeq: entry.seq, portalAt: record?.updated_at ?? null, recordedAt: at })
    })
    result.pushed += 1
    if (op.answer === 'other') await refetchRecord(op, entry)
  }

  /** The answer was not the record (a comment): fetch the record so the cache and later If-Match follow. */
  async function refetchRecord(op: AnyWriteOp, entry: OutboxRow): Promise<void> {
    try {
      const body = await client.getRecord(op.collection, entry.record_id)
      const record = parseRecord(op.collection, body)
      if (!record) return
      await commit(() => {
        storeServerCopy(db, op.collection, record, body, now().toISOString())
        const base = entry.base_version ?? 0
        if (record.version === base + 1) rebaseLane(db, op.collection, entry.record_id, entry.seq, base, record.version)
      })
    } catch {
      // The next pull brings the record; a later write on a stale version lands in 확인 필요.
    }
  }

  /** The portal's copy already shows what the user wanted: done, and later writes of the lane follow that copy. */
  function settleAsAlreadyApplied(entry: OutboxRow, op: AnyWriteOp, body: unknown, record: AnyCollectionRecord, raw: unknown, at: string): void {
    db.transaction(() => {
      completeEntry(db, entry.seq, at, raw, redactedBody(op, body))
      storeServerCopy(db, op.collection, record, raw, at)
      if (entry.base_version !== null) rebaseLane(db, op.collection, entry.record_id, entry.seq, entry.base_version, record.version)
      appendAudit(db, {
        at,
        actorId: entry.actor_id,
        action: `synced:${entry.op}`,
        collection: op.collection,
        recordId: entry.record_id,
        detail: { seq: entry.seq, status: 409, version: record.version, already_applied: true },
        deviceTime: entry.device_time,
        syncedAt: at,
        portalAt: record.updated_at
      })
      confirmQueuedAudit(db, { op: entry.op, collection: op.collection, recordId: entry.record_id, outboxSeq: entry.seq, portalAt: record.updated_at, recordedAt: at })
    })()
    result.pushed += 1
  }

  /**
   * A `409 version_conflict` the op calls independent of what changed (another evaluator's sheet):
   * the portal's copy is stored, the entry and the later ones of its lane move onto its version,
   * and the entry is returned to be sent again. Null: anything else (the caller parks or retries).
   */
  function rebaseIfIndependent(entry: OutboxRow, op: AnyWriteOp, body: unknown, error: unknown): OutboxRow | null {
    if (!(error instanceof PortalError) || error.code !== 'version_conflict' || !op.rebaseOnConflict || entry.base_version === null) return null
    const count = rebases.get(entry.seq) ?? 0
    if (count >= MAX_REBASES_PER_ENTRY) return null
    const current = error.problem?.current
    const currentRecord = current === undefined ? null : parseRecord(op.collection, current)
    if (!currentRecord || currentRecord.version <= entry.base_version) return null
    if (op.alreadyApplied?.(currentRecord, body)) return null
    const stored = recordTableOf(op.collection).getStored(db, entry.record_id)
    const lastSeen = stored && stored.version > 0 ? parseRecord(op.collection, JSON.parse(stored.raw)) : null
    if (!op.rebaseOnConflict(currentRecord, lastSeen, body)) return null
    rebases.set(entry.seq, count + 1)
    const at = now().toISOString()
    db.transaction(() => {
      // The entry is still pending, so "after the one before it" moves it and the later ones made on the same version.
      rebaseLane(db, op.collection, entry.record_id, entry.seq - 1, entry.base_version!, currentRecord.version)
      storeServerCopy(db, op.collection, currentRecord, current, at)
      appendAudit(db, {
        at,
        actorId: entry.actor_id,
        action: `rebased:${entry.op}`,
        collection: op.collection,
        recordId: entry.record_id,
        detail: { seq: entry.seq, from_version: entry.base_version, to_version: currentRecord.version, attempt: count + 1 },
        deviceTime: entry.device_time,
        syncedAt: at
      })
    })()
    return { ...entry, base_version: currentRecord.version }
  }

  function handleFailure(entry: OutboxRow, error: unknown): void {
    const at = now()
    const op = writeOp(entry.op)
    if (error instanceof PortalError && (error.code === 'unauthorized' || error.code === 'token_expired')) throw new StopRun('auth')
    const retryable = error instanceof PortalUnreachableError || (error instanceof PortalError && (error.status === 429 || error.status >= 500))
    if (retryable) {
      if (isOffline(error)) refusedInARow += 1
      const retryAfter = error instanceof PortalError ? error.retryAfterMs : null
      const delay = backoffDelay(entry.attempts + 1, backoff, retryAfter)
      scheduleRetry(db, entry.seq, new Date(at.getTime() + delay).toISOString(), {
        code: error instanceof PortalError ? error.code : 'unreachable',
        message: error instanceof Error ? error.message : String(error)
      })
      result.retried += 1
      if (refusedInARow >= 3) throw new StopRun('offline')
      return
    }
    if (!(error instanceof PortalError)) throw error
    const current = error.problem?.current
    const currentRecord = current === undefined ? null : parseRecord(op.collection, current)
    const body = JSON.parse(entry.body) as unknown
    if (error.code === 'version_conflict' && currentRecord && op.alreadyApplied?.(currentRecord, body)) {
      settleAsAlreadyApplied(entry, op, body, currentRecord, current, at.toISOString())
      return
    }
    db.transaction(() => {
      // Anything else the portal refuses (REJECTING_CODES and other 4xx) waits for a person as well.
      const state = error.code === 'version_conflict' ? 'conflict' : 'rejected'
      parkEntry(db, entry.seq, state, problemSummary(error), current ?? null, at.toISOString(), redactedBody(op, body))
      if (currentRecord) storeServerCopy(db, op.collection, currentRecord, current, at.toISOString())
      else refreshLocalView(db, op.collection, entry.record_id)
      appendAudit(db, {
        at: at.toISOString(),
        actorId: entry.actor_id,
        action: `${state}:${entry.op}`,
        collection: op.collection,
        recordId: entry.record_id,
        detail: problemSummary(error),
        deviceTime: entry.device_time,
        syncedAt: at.toISOString()
      })
      if (state === 'conflict') result.conflicts += 1
      else result.rejected += 1
    })()
  }

  try {
    for (;;) {
      const heads = dueLaneHeads(db, now().toISOString(), concurrency * 16, options.authorId)
      if (heads.length === 0) {
        const next = nextDueAt(db, options.authorId)
        if (!next) break
        const wait = Math.max(0, Date.parse(next) - now().getTime())
        if (Date.now() + wait > deadline) break
        await sleep(Math.min(wait, 5_000))
        continue
      }
      let index = 0
      let stop: StopRun | null = null
      const worker = async () => {
        while (index < heads.length && !stop) {
          const entry = heads[index]!
          index += 1
          try {
            await send(entry)
          } catch (error) {
            if (error instanceof StopRun) stop = error
            else throw error
          }
        }
      }
      await Promise.all(Array.from({ length: Math.min(concurrency, heads.length) }, worker))
      if (stop) throw stop
      options.onProgress?.({ ...result })
    }
  } catch (error) {
    if (!(error instanceof StopRun)) throw error
    result.stoppedBy = error.reason
    options.log?.(`push stopped: ${error.reason}`)
  }
  // No copy of a redacted body may outlive it in the WAL.
  if (redactions > 0) scrubWal(db)
  return result
}
