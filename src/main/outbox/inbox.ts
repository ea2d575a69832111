import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { ATTENDANCE_STATUS_LABELS, REGISTRATION_STATUS_LABELS, REVIEW_ACTION_LABELS } from '../../shared/domain/labels'
import { changedPaths, valueAt } from '../../shared/domain/recordDiff'
import { OUTBOX_OP_LABELS, type InboxItem } from '../../shared/ipc/outboxViews'
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
import { describePortalError, PortalError } from '../sync/errors'
import { opEnv, opOf, recordTableOf, refreshLocalView } from './view'

type Db = Database.Database

export function opLabel(op: string): string {
  return (OUTBOX_OP_LABELS as Record<string, string>)[op] ?? op
}

/** A Korean one-liner of what the user asked for. */
export function describeIntent(op: string, body: unknown): string {
  const b = (body ?? {}) as Record<string, unknown>
  switch (op) {
    case 'attractive_job.review': {
      const action = REVIEW_ACTION_LABELS[b.action as keyof typeof REVIEW_ACTION_LABELS] ?? String(b.action)
      return b.reason ? `${action} — 사유: ${String(b.reason)}` : action
    }
    case 'attractive_job.comment':
      return `의견: ${String(b.body ?? '')}`
    case 'registration.attendance':
      return `출석 기록: ${ATTENDANCE_STATUS_LABELS[b.status as keyof typeof ATTENDANCE_STATUS_LABELS] ?? String(b.status)}`
    case 'registration.status':
      return `상태 변경: ${REGISTRATION_STATUS_LABELS[b.status as keyof typeof REGISTRATION_STATUS_LABELS] ?? String(b.status)}`
    case 'registration.walk_in':
      return '현장 접수 등록'
    default:
      return op
  }
}

/** A name a person recognises for a record: its title, company name, or participant and session. */
export function titleOf(record: unknown, fallback: string): string {
  const r = (record ?? {}) as Record<string, unknown>
  if (typeof r.title === 'string') return r.title
  const company = r.company as { name?: unknown } | undefined
  if (company && typeof company.name === 'string') return company.name
  const person = r.person as { name?: unknown } | undefined
  if (person && typeof person.name === 'string') return `${person.name} (${String(r.session_id ?? '')})`
  return fallback
}

function reasonOf(entry: OutboxRow): { reason: string; code: string } {
  const error = entry.last_error ? (JSON.parse(entry.last_error) as { status?: number; code?: string; message?: string }) : {}
  const code = error.code ?? 'unknown'
  const described = describePortalError(new PortalError(error.status ?? 409, code, null, null))
  return { reason: error.message && error.message !== described ? `${described} (${error.message})` : described, code }
}

function currentServerCopy(db: Db, entry: OutboxRow): AnyCollectionRecord | null {
  if (entry.server_record) return JSON.parse(entry.server_record) as AnyCollectionRecord
  const stored = recordTableOf(entry.collection).getStored(db, entry.record_id)
  return stored && stored.version > 0 ? (JSON.parse(stored.raw) as AnyCollectionRecord) : null
}

export function toInboxItem(db: Db, entry: OutboxRow): InboxItem {
  const op = opOf(entry.op)
  const body = JSON.parse(entry.body) as unknown
  const base = entry.base_record ? (JSON.parse(entry.base_record) as AnyCollectionRecord) : null
  const server = currentServerCopy(db, entry)
  const meta = { actorId: entry.actor_id, deviceTime: entry.device_time, idempotencyKey: entry.idempotency_key }
  const env = opEnv(db)
  const blocked = server ? op.check(server, body, env) : entry.op === 'registration.walk_in' ? null : '포털의 현재 자료가 없습니다.'
  let mine: AnyCollectionRecord | null = null
  try {
    mine = server || entry.op === 'registration.walk_in' ? op.applyLocal(server ?? undefined, body, meta, entry.record_id, env) : null
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
    recordTitle: titleOf(server ?? base ?? mine, entry.record_id),
    state: entry.state as 'conflict' | 'rejected',
    reason,
    errorCode: code,
    intent: describeIntent(entry.op, body),
    body: entry.op === 'registration.walk_in' ? null : body,
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

export function listInbox(db: Db): InboxItem[] {
  return listParked(db).map((entry) => toInboxItem(db, entry))
}

function parkedEntry(db: Db, seq: number): OutboxRow {
  const entry = getOutboxEntry(db, seq)
  if (!entry || (entry.state !== 'conflict' && entry.state !== 'rejected')) {
    throw new AppError('not_found', '확인 필요 목록에 없는 항목입니다. 이미 처리되었을 수 있습니다.')
  }
  return entry
}

/** Sends the same intent again, as a new request on the portal's current version. */
export function reapplyEntry(db: Db, seq: number, actorId: string, now: Date): void {
  db.transaction(() => {
    const entry = parkedEntry(db, seq)
    const op = opOf(entry.op)
    const server = currentServerCopy(db, entry)
    const blocked = server ? op.check(server, JSON.parse(entry.body), opEnv(db)) : entry.op === 'registration.walk_in' ? null : '포털의 현재 자료가 없습니다.'
    if (blocked) throw new AppError('invalid_transition', `다시 적용할 수 없습니다: ${blocked}`)
    const at = now.toISOString()
    const newBase = server?.version ?? entry.base_version
    requeueEntry(db, seq, randomUUID(), newBase, at)
    if (entry.base_version !== null && newBase !== null) rebaseLane(db, entry.collection, entry.record_id, seq, entry.base_version, newBase)
    refreshLocalView(db, entry.collection, entry.record_id)
    appendAudit(db, { at, actorId, action: `reapplied:${entry.op}`, collection: entry.collection, recordId: entry.record_id, detail: { seq, base_version: newBase } })
  })()
}

/** Drops the user's intent (after the UI asked for confirmation). A discarded walk-in takes its later writes with it. */
export function discardParkedEntry(db: Db, seq: number, actorId: string, now: Date): number {
  return db.transaction(() => {
    const entry = parkedEntry(db, seq)
    const at = now.toISOString()
    const lane = entry.op === 'registration.walk_in' ? openEntriesFor(db, entry.collection, entry.record_id) : [entry]
    for (const e of lane) discardEntry(db, e.seq, at)
    refreshLocalView(db, entry.collection as CollectionName, entry.record_id)
    appendAudit(db, { at, actorId, action: `discarded:${entry.op}`, collection: entry.collection, recordId: entry.record_id, detail: { seq, discarded: lane.map((e) => e.seq) } })
    return lane.length
  })()
}
