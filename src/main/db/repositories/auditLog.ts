import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import type Database from 'better-sqlite3'
import type { Db } from '../types'
import { prepared } from '../statements'
import { AUDIT_CHAIN_GENESIS, auditEntryHash, normalizedAuditInstant, type ChainedAuditFields } from '../auditChain'

/**
 * The 접속기록 (안전성 확보조치 기준 §8), append-only and hash-chained (migration 0090): appending,
 * the readers of the old row shape, the portal's confirmations, and the chain check. The 감사 기록
 * screen's queries, review marks and the upload queue are in auditQueries.ts.
 */

export interface AuditEntry {
  /** When it happened, by this PC's clock. */
  at: string
  actorId: string | null
  /** The kind (`sign_in`, `printout`, `queued:<op>`, …). */
  action: string
  collection?: string | null
  recordId?: string | null
  reason?: string | null
  detail?: unknown
  /** The PC time of the act this entry is about, when that is not `at` (a write confirmed later). */
  deviceTime?: string | null
  /** The portal answered about this entry at this PC time (kept beside the entry, not in it). */
  syncedAt?: string | null
  /** … and gave this time of its own (the record's `updated_at`). */
  portalAt?: string | null
  /** This PC's name; tests of several PCs in one process set it. */
  host?: string
}

/** The old row shape (`audit_log`, now a view), as the record histories read it. */
export interface AuditRow {
  id: number
  at: string
  actor_id: string | null
  action: string
  collection: string | null
  record_id: string | null
  reason: string | null
  detail: string | null
  device_time: string | null
  synced_at: string | null
}

/** An entry as stored, chain fields included. */
export interface AuditEventRow {
  seq: number
  event_id: string
  kind: string
  at: string
  staff_id: string | null
  host: string
  collection: string | null
  record_id: string | null
  reason: string | null
  detail: string | null
  device_time: string | null
  prev_hash: string
  hash: string
}

const PC_NAME = hostname()

function chainedFields(row: AuditEventRow): ChainedAuditFields {
  return {
    seq: row.seq,
    eventId: row.event_id,
    kind: row.kind,
    at: row.at,
    staffId: row.staff_id,
    host: row.host,
    collection: row.collection,
    recordId: row.record_id,
    reason: row.reason,
    detail: row.detail,
    deviceTime: row.device_time
  }
}

function insertConfirmation(db: Db, eventSeq: number, portalAt: string | null, recordedAt: string): void {
  prepared(db, `INSERT INTO audit_confirmations (event_seq, portal_at, recorded_at) VALUES (?, ?, ?)`).run(eventSeq, portalAt, recordedAt)
}

function appendInTransaction(db: Db, entry: AuditEntry): number {
  // Read inside the write transaction: another connection (the CLI beside the app) cannot append
  // between this read and the insert, and UNIQUE(prev_hash) refuses a fork should anything try.
  const last = prepared(db, `SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1`).get() as { seq: number; hash: string } | undefined
  // AUTOINCREMENT remembers the highest seq ever used: after a deleted tail the next entry leaves the gap visible.
  const used = prepared(db, `SELECT seq FROM sqlite_sequence WHERE name = 'audit_events'`).get() as { seq: number } | undefined
  const fields: ChainedAuditFields = {
    seq: Math.max(last?.seq ?? 0, used?.seq ?? 0) + 1,
    eventId: randomUUID(),
    kind: entry.action,
    at: normalizedAuditInstant(entry.at),
    staffId: entry.actorId,
    host: entry.host ?? PC_NAME,
    collection: entry.collection ?? null,
    recordId: entry.recordId ?? null,
    reason: entry.reason ?? null,
    detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
    deviceTime: entry.deviceTime ?? null
  }
  const prevHash = last?.hash ?? AUDIT_CHAIN_GENESIS
  prepared(
    db,
    `INSERT INTO audit_events (seq, event_id, kind, at, staff_id, host, collection, record_id, reason, detail, device_time, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    fields.seq,
    fields.eventId,
    fields.kind,
    fields.at,
    fields.staffId,
    fields.host,
    fields.collection,
    fields.recordId,
    fields.reason,
    fields.detail,
    fields.deviceTime,
    prevHash,
    auditEntryHash(prevHash, fields)
  )
  if (entry.syncedAt) insertConfirmation(db, fields.seq, entry.portalAt ?? null, entry.syncedAt)
  return fields.seq
}

const appenders = new WeakMap<Db, Database.Transaction<(entry: AuditEntry) => number>>()

/**
 * Appends one entry (id, host and hash chain filled in) and returns its seq. Alone it takes the write
 * lock first (BEGIN IMMEDIATE), so the last entry it chains onto is the last one in the file. Inside the
 * caller's transaction it joins it (a savepoint): the app's callers write before they append, so they
 * hold the lock already; one that had only read, while another connection committed, gets SQLite's
 * BUSY_SNAPSHOT on the insert — an error, never a fork of the chain.
 */
export function appendAudit(db: Db, entry: AuditEntry): number {
  let append = appenders.get(db)
  if (!append) {
    append = db.transaction((e: AuditEntry) => appendInTransaction(db, e))
    appenders.set(db, append)
  }
  return append.immediate(entry)
}

/**
 * A view of a screen that shows people (a roster, a company card, a submission's contact block). A
 * refetch of the same screen by the same person within `windowMs` (after a sync, a check-in) is the
 * same viewing and adds nothing. Returns the new entry's seq, or null.
 */
export function appendViewAudit(db: Db, entry: Omit<AuditEntry, 'action'> & { recordId: string }, windowMs = 10 * 60_000): number | null {
  return db.transaction((): number | null => {
    const since = new Date(Date.parse(entry.at) - windowMs).toISOString()
    const recent = prepared(
      db,
      `SELECT 1 FROM audit_events WHERE collection IS ? AND record_id = ? AND kind = 'view' AND staff_id IS ? AND at >= ? LIMIT 1`
    ).get(entry.collection ?? null, entry.recordId, entry.actorId, since)
    return recent ? null : appendAudit(db, { ...entry, action: 'view' })
  }).immediate()
}

/**
 * The portal confirmed a queued write: recorded beside the write's `queued:` entry (found by the
 * outbox seq it carries), with the portal's own time when it gave one.
 */
export function confirmQueuedAudit(
  db: Db,
  confirmation: { op: string; collection: string; recordId: string; outboxSeq: number; portalAt: string | null; recordedAt: string }
): boolean {
  const queued = prepared(
    db,
    `SELECT seq FROM audit_events WHERE collection = ? AND record_id = ? AND kind = ? AND json_extract(detail, '$.seq') = ? ORDER BY seq LIMIT 1`
  ).get(confirmation.collection, confirmation.recordId, `queued:${confirmation.op}`, confirmation.outboxSeq) as { seq: number } | undefined
  if (!queued) return false
  insertConfirmation(db, queued.seq, confirmation.portalAt, confirmation.recordedAt)
  return true
}

const OLD_SHAPE = `SELECT e.seq AS id, e.at, e.staff_id AS actor_id, e.kind AS action, e.collection, e.record_id, e.reason, e.detail, e.device_time,
  (SELECT c.recorded_at FROM audit_confirmations c WHERE c.event_seq = e.seq ORDER BY c.n LIMIT 1) AS synced_at
  FROM audit_events e`

export function listAuditForRecord(db: Db, collection: string, recordId: string): AuditRow[] {
  return prepared(db, `${OLD_SHAPE} WHERE e.collection = ? AND e.record_id = ? ORDER BY e.seq`).all(collection, recordId) as AuditRow[]
}

export function listAudit(db: Db, limit = 200): AuditRow[] {
  return prepared(db, `${OLD_SHAPE} ORDER BY e.seq DESC LIMIT ?`).all(limit) as AuditRow[]
}

export interface AuditChainBreak {
  /** Where the chain breaks: the first missing entry's number, or the entry that does not fit. */
  seq: number
  /** The event id of that entry (null when it is missing). */
  eventId: string | null
  reason: string
}

export interface AuditChainCheck {
  /** Entries found intact before the first break (all of them when there is none). */
  checked: number
  broken: AuditChainBreak | null
}

function missing(from: number, to: number): string {
  return from === to ? `${from}번 기록이 없습니다 (삭제됨)` : `${from}~${to}번 기록 ${to - from + 1}건이 없습니다 (삭제됨)`
}

/**
 * Walks the chain from the first entry and reports the first broken link: a missing entry (a gap in
 * the numbers, or a tail shorter than the highest number ever given), an entry whose content no longer
 * matches its hash (edited), or one whose predecessor's hash is not the one it recorded.
 */
export function verifyAuditChain(db: Db): AuditChainCheck {
  let prev = { seq: 0, hash: AUDIT_CHAIN_GENESIS }
  let checked = 0
  for (const row of db.prepare(`SELECT * FROM audit_events ORDER BY seq`).iterate() as IterableIterator<AuditEventRow>) {
    if (row.seq !== prev.seq + 1) return { checked, broken: { seq: prev.seq + 1, eventId: null, reason: missing(prev.seq + 1, row.seq - 1) } }
    if (row.prev_hash !== prev.hash) {
      return { checked, broken: { seq: row.seq, eventId: row.event_id, reason: `${row.seq}번 기록이 가리키는 앞 기록이 ${prev.seq}번과 맞지 않습니다 (앞 기록이 바뀌었거나 바꿔치기됨)` } }
    }
    if (auditEntryHash(row.prev_hash, chainedFields(row)) !== row.hash) {
      return { checked, broken: { seq: row.seq, eventId: row.event_id, reason: `${row.seq}번 기록의 내용이 기록된 뒤 바뀌었습니다 (해시 불일치)` } }
    }
    prev = { seq: row.seq, hash: row.hash }
    checked += 1
  }
  const used = db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'audit_events'`).get() as { seq: number } | undefined
  if (used && used.seq > prev.seq) return { checked, broken: { seq: prev.seq + 1, eventId: null, reason: missing(prev.seq + 1, used.seq) } }
  return { checked, broken: null }
}
