import { randomUUID } from 'node:crypto'
import type { Db } from '../db/types'
import { changedPaths, valueAt } from '../../shared/domain/recordDiff'
import type { InboxItem } from '../../shared/ipc/outboxViews'
import type { AnyCollectionRecord, CollectionName } from '../../shared/portal'
import { appendAudit } from '../db/repositories/auditLog'
import {
  discardEntry,
  getOutboxEntry,
  listParked,
  openEntriesFor,
  rebaseLane,
  requeueEntry,
  type OutboxRow
} from '../db/repositories/outbox'
import { AppError } from '../core/errors'
import { scrubWal } from '../db/walScrub'
import { explainStoredFailure, type StoredFailure } from '../sync/errors'
import { opLabel, titleOfRecord, writeOp } from '../domains/registry'
import { recordTableOf, refreshLocalView } from './view'


function reasonOf(entry: OutboxRow): { reason: string; code: string } {
  const stored: StoredFailure = entry.last_error ? (JSON.parse(entry.last_error) as StoredFailure) : {}
  // A parked entry without a stored status came back as a conflict.
  const { code, message } = explainStoredFailure(stored, 409)
  return { reason: stored.message && stored.message !== message ? `${message} (${stored.message})` : message, code }
}

function currentServerCopy(db: Db, entry: OutboxRow): AnyCollectionRecord | null {
  if (entry.server_record) return JSON.parse(entry.server_record) as AnyCollectionRecord
  const stored = recordTableOf(entry.collection).getStored(db, entry.record_id)
  return stored && stored.version > 0 ? (JSON.parse(stored.raw) as AnyCollectionRecord) : null
}

/** Why the intent cannot be sent again on the portal's current copy (null: it can). */
function reapplyBlocked(db: Db, entry: OutboxRow, server: AnyCollectionRecord | null, body: unknown): string | null {
  const op = writeOp(entry.op)
  // Its personal data was masked when the portal refused it (a walk-in): the masked values cannot go out as the person's.
  if (op.redact && !op.body.safeParse(body).success) return '개인정보를 가린 뒤라 같은 내용을 다시 보낼 수 없습니다. 삭제한 뒤 새로 입력하세요.'
  if (server) return op.check(db, server, body)
  // A record made here has no portal copy to compare with.
  return op.creates ? null : '포털의 현재 자료가 없습니다.'
}

export function toInboxItem(db: Db, entry: OutboxRow): InboxItem {
  const op = writeOp(entry.op)
  const body = JSON.parse(entry.body) as unknown
  const base = entry.base_record ? (JSON.parse(entry.base_record) as AnyCollectionRecord) : null
  const server = currentServerCopy(db, entry)
  const meta = { actorId: entry.actor_id, deviceTime: entry.device_time, idempotencyKey: entry.idempotency_key }
  const blocked = reapplyBlocked(db, entry, server, body)
  let mine: AnyCollectionRecord | null = null
  try {
    mine = server || op.creates ? op.applyLocal(db, server ?? undefined, body, meta, entry.record_id) : null
  } catch {
    mine = null
  }
  const serverChanged = new Set(changedPaths(base, server))
  const mineChanged = new Set(changedPaths(server, mine))
  const paths = [...new Set([...serverChanged, ...mineChanged])].sort()
  const { reason, code } = reasonOf(entry)
  const behind = openEntriesFor(db, entry.collection, entry.record_id).filter((e) => e.seq > entry.seq).length
  return {
    seq: entry.seq,
    op: entry.op,
    opLabel: opLabel(entry.op),
    collection: entry.collection,
    recordId: entry.record_id,
    recordTitle: titleOfRecord(entry.collection, server ?? base ?? mine, entry.record_id),
    state: entry.state as 'conflict' | 'rejected',
    reason,
    errorCode: code,
    intent: op.intent(body),
    // Personal data (a walk-in's name and phone) is shown masked, as the cache holds it.
    body: op.redact ? op.redact(body) : body,
    deviceTime: entry.device_time,
    actorId: entry.actor_id,
    baseVersion: entry.base_version,
    serverVersion: server?.version ?? null,
    base,
    server,
    mine,
    changes: paths.map((path) => ({
      path,
      base: valueAt(base, path),
      server: valueAt(server, path),
      mine: valueAt(mine, path),
      changedOnServer: serverChanged.has(path),
      changedByMe: mineChanged.has(path)
    })),
    canReapply: blocked === null,
    reapplyBlockedReason: blocked,
    waitingBehind: behind
  }
}

/** The parked writes of `authorId`: each staff member settles their own (others' wait for them). */
export function listInbox(db: Db, authorId: string): InboxItem[] {
  return listParked(db)
    .filter((entry) => entry.actor_id === authorId)
    .map((entry) => toInboxItem(db, entry))
}

function parkedEntry(db: Db, seq: number, actorId: string): OutboxRow {
  const entry = getOutboxEntry(db, seq)
  if (!entry || (entry.state !== 'conflict' && entry.state !== 'rejected')) {
    throw new AppError('not_found', '확인 필요 목록에 없는 항목입니다. 이미 처리되었을 수 있습니다.')
  }
  // Re-applying would send it under this staff member's token: only its author may settle it.
  if (entry.actor_id !== actorId) throw new AppError('forbidden', '다른 직원이 만든 작업입니다. 작성한 직원이 로그인해 처리해야 합니다.')
  return entry
}

/** Sends the same intent again, as a new request on the portal's current version. */
export function reapplyEntry(db: Db, seq: number, actorId: string, now: Date): void {
  db.transaction(() => {
    const entry = parkedEntry(db, seq, actorId)
    const server = currentServerCopy(db, entry)
    const blocked = reapplyBlocked(db, entry, server, JSON.parse(entry.body))
    if (blocked) throw new AppError('invalid_transition', `다시 적용할 수 없습니다: ${blocked}`)
    const at = now.toISOString()
    const newBase = server?.version ?? entry.base_version
    requeueEntry(db, seq, randomUUID(), newBase, at)
    if (entry.base_version !== null && newBase !== null) rebaseLane(db, entry.collection, entry.record_id, seq, entry.base_version, newBase)
    refreshLocalView(db, entry.collection, entry.record_id)
    appendAudit(db, { at, actorId, action: `reapplied:${entry.op}`, collection: entry.collection, recordId: entry.record_id, detail: { seq, base_version: newBase } })
  })()
}

/** Drops the user's intent (after the UI asked for confirmation). A discarded record made here takes its later writes with it. */
export function discardParkedEntry(db: Db, seq: number, actorId: string, now: Date): number {
  let redacted = false
  const discarded = db.transaction(() => {
    const entry = parkedEntry(db, seq, actorId)
    const at = now.toISOString()
    const lane = writeOp(entry.op).creates ? openEntriesFor(db, entry.collection, entry.record_id) : [entry]
    for (const e of lane) {
      // A write that will never be sent keeps no personal data in full (a walk-in's name and phone).
      const op = writeOp(e.op)
      if (op.redact) redacted = true
      discardEntry(db, e.seq, at, op.redact?.(JSON.parse(e.body) as unknown))
    }
    refreshLocalView(db, entry.collection as CollectionName, entry.record_id)
    appendAudit(db, { at, actorId, action: `discarded:${entry.op}`, collection: entry.collection, recordId: entry.record_id, detail: { seq, discarded: lane.map((e) => e.seq) } })
    return lane.length
  })()
  if (redacted) scrubWal(db)
  return discarded
}
