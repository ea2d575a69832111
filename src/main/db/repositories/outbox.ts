import type { Db } from '../types'
import type { CollectionName } from '../../../shared/portal'
import { prepared } from '../statements'
import type { OutboxCounts } from '../../../shared/ipc/views'


export const OUTBOX_STATES = ['pending', 'done', 'conflict', 'rejected', 'discarded'] as const
export type OutboxState = (typeof OUTBOX_STATES)[number]

/** Waiting for a person in 확인 필요: the portal found a conflict or refused the write. */
export const PARKED_STATES = ['conflict', 'rejected'] as const satisfies readonly OutboxState[]
/** Not finished: still to be sent (pending) or waiting for a person (parked). */
export const OPEN_STATES = ['pending', ...PARKED_STATES] as const satisfies readonly OutboxState[]

// Written into SQL text from the constants above (never from input), so the states are named once.
const inList = (states: readonly OutboxState[]) => `(${states.map((state) => `'${state}'`).join(', ')})`
const OPEN = inList(OPEN_STATES)
const PARKED = inList(PARKED_STATES)

/**
 * A correlated subquery counting one record's open (or parked) writes, for a repository's list
 * query: `collection` is a collection name of ours and `idColumn` a column reference, never input.
 */
export function openWritesSql(collection: CollectionName, idColumn: string, which: 'open' | 'parked'): string {
  if (!/^[a-z_]+\.[a-z_]+$/.test(idColumn) || !/^[a-z-]+$/.test(collection)) throw new Error(`not an identifier: ${idColumn}`)
  return `(SELECT count(*) FROM outbox o WHERE o.collection = '${collection}' AND o.record_id = ${idColumn} AND o.state IN ${which === 'open' ? OPEN : PARKED})`
}

/** One record's open writes and, of those, the ones waiting for a person. */
export function writeCountsFor(db: Db, collection: CollectionName, recordId: string): { open: number; parked: number } {
  return prepared(
    db,
    `SELECT count(*) FILTER (WHERE state IN ${OPEN}) AS open, count(*) FILTER (WHERE state IN ${PARKED}) AS parked
     FROM outbox WHERE collection = ? AND record_id = ?`
  ).get(collection, recordId) as { open: number; parked: number }
}

export function hasParkedEntries(db: Db, collection: CollectionName, recordId: string): boolean {
  return prepared(db, `SELECT 1 FROM outbox WHERE collection = ? AND record_id = ? AND state IN ${PARKED} LIMIT 1`).get(collection, recordId) !== undefined
}

export interface OutboxRow {
  seq: number
  idempotency_key: string
  collection: CollectionName
  record_id: string
  op: string
  base_version: number | null
  body: string
  device_time: string
  actor_id: string
  state: OutboxState
  attempts: number
  next_attempt_at: string | null
  last_error: string | null
  server_record: string | null
  result: string | null
  created_at: string
  sent_at: string | null
  completed_at: string | null
  base_record: string | null
}

export function outboxCounts(db: Db): OutboxCounts {
  const rows = prepared(db, `SELECT state, count(*) AS n FROM outbox WHERE state IN ${OPEN} GROUP BY state`).all() as {
    state: OutboxState
    n: number
  }[]
  const count = (state: OutboxState) => rows.find((r) => r.state === state)?.n ?? 0
  return { pending: count('pending'), conflicts: count('conflict'), rejected: count('rejected') }
}

/** Records with writes still waiting (pending) or waiting for a person (conflict, rejected). */
export function recordIdsWithOpenWrites(db: Db, collection: CollectionName): Set<string> {
  const rows = prepared(
    db,
    `SELECT DISTINCT record_id FROM outbox WHERE collection = ? AND state IN ${OPEN}`
  ).all(collection) as { record_id: string }[]
  return new Set(rows.map((r) => r.record_id))
}

export function hasOpenWrites(db: Db, collection: CollectionName): boolean {
  return (
    prepared(db, `SELECT 1 FROM outbox WHERE collection = ? AND state IN ${OPEN} LIMIT 1`).get(
      collection
    ) !== undefined
  )
}

export interface NewOutboxEntry {
  idempotencyKey: string
  collection: CollectionName
  recordId: string
  op: string
  baseVersion: number | null
  body: unknown
  deviceTime: string
  actorId: string
  createdAt: string
  /** The record as the user saw it (local view), for the conflict inbox. */
  baseRecord: unknown
}

export function insertOutboxEntry(db: Db, entry: NewOutboxEntry): number {
  const info = prepared(
    db,
    `INSERT INTO outbox (idempotency_key, collection, record_id, op, base_version, body, device_time, actor_id, state, created_at, next_attempt_at, base_record)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)`
  ).run(
    entry.idempotencyKey,
    entry.collection,
    entry.recordId,
    entry.op,
    entry.baseVersion,
    JSON.stringify(entry.body),
    entry.deviceTime,
    entry.actorId,
    entry.createdAt,
    entry.createdAt,
    entry.baseRecord === undefined || entry.baseRecord === null ? null : JSON.stringify(entry.baseRecord)
  )
  return Number(info.lastInsertRowid)
}

export function getOutboxEntry(db: Db, seq: number): OutboxRow | undefined {
  return prepared(db, `SELECT * FROM outbox WHERE seq = ?`).get(seq) as OutboxRow | undefined
}

/** Pending entries of one record, oldest first: the order they are replayed locally and sent. */
export function pendingEntriesFor(db: Db, collection: CollectionName, recordId: string): OutboxRow[] {
  return prepared(db, `SELECT * FROM outbox WHERE collection = ? AND record_id = ? AND state = 'pending' ORDER BY seq`).all(
    collection,
    recordId
  ) as OutboxRow[]
}

export function openEntriesFor(db: Db, collection: CollectionName, recordId: string): OutboxRow[] {
  return prepared(
    db,
    `SELECT * FROM outbox WHERE collection = ? AND record_id = ? AND state IN ${OPEN} ORDER BY seq`
  ).all(collection, recordId) as OutboxRow[]
}

/**
 * The first open entry of every record ("lane") whose head is pending, due and written by `authorId`.
 * A lane whose head is in conflict or rejected waits for a person, one whose head another staff
 * member wrote waits for them to sign in (a write is only ever sent under its author's token); other
 * lanes go on.
 */
export function dueLaneHeads(db: Db, nowIso: string, limit: number, authorId: string): OutboxRow[] {
  return prepared(
    db,
    `SELECT o.* FROM outbox o
     JOIN (SELECT collection, record_id, min(seq) AS head FROM outbox
           WHERE state IN ${OPEN} GROUP BY collection, record_id) lanes
       ON lanes.head = o.seq
     WHERE o.state = 'pending' AND o.actor_id = ? AND coalesce(o.next_attempt_at, '') <= ?
     ORDER BY o.seq LIMIT ?`
  ).all(authorId, nowIso, limit) as OutboxRow[]
}

/** The earliest time a pending lane head of `authorId` may be tried again (null: nothing pending for them). */
export function nextDueAt(db: Db, authorId: string): string | null {
  const row = prepared(
    db,
    `SELECT min(o.next_attempt_at) AS at FROM outbox o
     JOIN (SELECT collection, record_id, min(seq) AS head FROM outbox
           WHERE state IN ${OPEN} GROUP BY collection, record_id) lanes
       ON lanes.head = o.seq
     WHERE o.state = 'pending' AND o.actor_id = ?`
  ).get(authorId) as { at: string | null }
  return row.at
}

export function markAttempt(db: Db, seq: number, sentAt: string): void {
  prepared(db, `UPDATE outbox SET attempts = attempts + 1, sent_at = ? WHERE seq = ?`).run(sentAt, seq)
}

export function scheduleRetry(db: Db, seq: number, nextAttemptAt: string, error: unknown): void {
  prepared(db, `UPDATE outbox SET next_attempt_at = ?, last_error = ? WHERE seq = ?`).run(nextAttemptAt, JSON.stringify(error), seq)
}

export function completeEntry(db: Db, seq: number, completedAt: string, result: unknown, redactedBody?: unknown): void {
  prepared(
    db,
    `UPDATE outbox SET state = 'done', completed_at = ?, result = ?, last_error = NULL,
       body = coalesce(?, body) WHERE seq = ?`
  ).run(completedAt, JSON.stringify(result), redactedBody === undefined ? null : JSON.stringify(redactedBody), seq)
}

/**
 * `redactedBody`: the body with its personal data masked (the op's redaction) — a write that is no
 * longer waiting to be sent keeps no full values; a parked one can then no longer be sent again.
 */
export function parkEntry(
  db: Db,
  seq: number,
  state: 'conflict' | 'rejected',
  error: unknown,
  serverRecord: unknown,
  at: string,
  redactedBody?: unknown
): void {
  prepared(db, `UPDATE outbox SET state = ?, last_error = ?, server_record = ?, completed_at = ?, body = coalesce(?, body) WHERE seq = ?`).run(
    state,
    JSON.stringify(error),
    serverRecord === undefined || serverRecord === null ? null : JSON.stringify(serverRecord),
    at,
    redactedBody === undefined ? null : JSON.stringify(redactedBody),
    seq
  )
}

export function discardEntry(db: Db, seq: number, at: string, redactedBody?: unknown): void {
  prepared(db, `UPDATE outbox SET state = 'discarded', completed_at = ?, body = coalesce(?, body) WHERE seq = ?`).run(
    at,
    redactedBody === undefined ? null : JSON.stringify(redactedBody),
    seq
  )
}

/** 파기 of a record: its finished writes (sent or discarded) go with it; open ones are never removed here. */
export function removeFinishedEntries(db: Db, collection: CollectionName, recordId: string): number {
  return prepared(db, `DELETE FROM outbox WHERE collection = ? AND record_id = ? AND state IN ('done', 'discarded')`).run(collection, recordId).changes
}

/** Puts a parked entry back in the queue as a new request (new key) on the version now current. */
export function requeueEntry(db: Db, seq: number, newKey: string, baseVersion: number | null, at: string): void {
  prepared(
    db,
    `UPDATE outbox SET state = 'pending', idempotency_key = ?, base_version = ?, attempts = 0, next_attempt_at = ?,
       last_error = NULL, server_record = NULL, completed_at = NULL WHERE seq = ?`
  ).run(newKey, baseVersion, at, seq)
}

/** After a write succeeded on version `from` and produced exactly `from + 1`, later intents made on `from` follow it. */
export function rebaseLane(db: Db, collection: CollectionName, recordId: string, afterSeq: number, from: number, to: number): void {
  prepared(
    db,
    `UPDATE outbox SET base_version = ? WHERE collection = ? AND record_id = ? AND seq > ? AND state = 'pending' AND base_version = ?`
  ).run(to, collection, recordId, afterSeq, from)
}

/** A walk-in created offline got its server id: every later entry of that lane follows the new id. */
export function renameLane(db: Db, collection: CollectionName, fromId: string, toId: string): void {
  prepared(db, `UPDATE outbox SET record_id = ? WHERE collection = ? AND record_id = ?`).run(toId, collection, fromId)
}

export function listParked(db: Db): OutboxRow[] {
  return prepared(db, `SELECT * FROM outbox WHERE state IN ${PARKED} ORDER BY seq`).all() as OutboxRow[]
}

export function listPending(db: Db, limit = 500): OutboxRow[] {
  return prepared(db, `SELECT * FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?`).all(limit) as OutboxRow[]
}
