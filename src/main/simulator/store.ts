/**
 * The simulator's own SQLite store. Each record row keeps the JSON exactly as served (masked), the
 * sequence number of its last change (the change feed is "rows with seq > cursor ORDER BY seq"), and
 * a private JSON column with what only the portal knows (unmasked contact data, review checks).
 */
import Database from 'better-sqlite3'
import { randomBytes } from 'node:crypto'
import type { CollectionName } from '../../shared/portal/common'
import { COLLECTIONS } from '../../shared/portal/common'
import { nowInstant, type Clock } from './util'

export type JsonObject = Record<string, unknown>

export interface PrivateData {
  contact?: { name: string; phone: string; email?: string }
  checks?: { at: string; by: string; action: string; checks: unknown[] }[]
}

export interface StoredRow {
  collection: CollectionName
  id: string
  seq: number
  version: number
  deleted: number
  json: string
  private: string | null
  session_id: string | null
  client_ref: string | null
}

export interface SeedRow {
  collection: CollectionName
  id: string
  version: number
  json: string
  private: string | null
  sessionId: string | null
  clientRef: string | null
}

export interface FeedRow {
  seq: number
  /** The stored JSON as UTF-8 bytes (no decode/encode round trip when serving a page). */
  json: Buffer
}

export interface IdempotencyEntry {
  fingerprint: string
  status: number
  body: string
}

/** An audit event as a staff tool sent it (portal-admin-api.md §10), stored once per id. */
export interface StoredAuditEvent {
  id: string
  staff_id: string
  json: string
  received_at: string
}

export interface LoadedRecord {
  row: StoredRow
  record: JsonObject
  priv: PrivateData
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
  seq INTEGER PRIMARY KEY,
  collection TEXT NOT NULL,
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  json TEXT NOT NULL,
  private TEXT,
  session_id TEXT,
  client_ref TEXT
);
CREATE TABLE IF NOT EXISTS idempotency (
  key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS contact_log (
  n INTEGER PRIMARY KEY, at TEXT NOT NULL, staff_id TEXT NOT NULL, collection TEXT NOT NULL, record_id TEXT NOT NULL, reason TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_events (
  n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, staff_id TEXT NOT NULL, json TEXT NOT NULL, received_at TEXT NOT NULL
);
`
// Created after the bulk seed (sorting once is much faster than keeping them up row by row).
const INDEXES = `
CREATE UNIQUE INDEX IF NOT EXISTS ux_records_id ON records (collection, id);
CREATE INDEX IF NOT EXISTS ix_records_feed ON records (collection, seq);
CREATE INDEX IF NOT EXISTS ix_records_session ON records (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_records_client_ref ON records (client_ref) WHERE client_ref IS NOT NULL;
`

export class SimStore {
  readonly db: Database.Database
  private seq: number
  /** Changes whenever cursors are invalidated; includes an instance id so cursors of another store fail too. */
  private epochValue: string
  private readonly stmts: ReturnType<SimStore['prepare']>

  constructor(
    dbPath?: string,
    private readonly now: Clock = Date.now
  ) {
    this.db = new Database(dbPath ?? ':memory:')
    if (dbPath) {
      this.db.pragma('journal_mode = WAL')
      this.db.pragma('synchronous = NORMAL')
    }
    this.db.exec(SCHEMA)
    this.stmts = this.prepare()
    const instance = this.getMeta('instance') ?? randomBytes(4).toString('hex')
    this.setMeta('instance', instance)
    const epochN = Number(this.getMeta('epoch') ?? '1')
    this.epochValue = `${instance}.${epochN}`
    const max = this.db.prepare('SELECT max(seq) AS m FROM records').get() as { m: number | null }
    this.seq = max.m ?? 0
  }

  private prepare() {
    const db = this.db
    return {
      getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare<[string, string]>('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      seedInsert: db.prepare<[number, string, string, number, string, string | null, string | null]>(
        'INSERT INTO records (seq, collection, id, version, deleted, json, private, session_id, client_ref) VALUES (?, ?, ?, ?, 0, ?, ?, ?, NULL)'
      ),
      remove: db.prepare<[string, string]>('DELETE FROM records WHERE collection = ? AND id = ?'),
      insertRow: db.prepare<[number, string, string, number, number, string, string | null, string | null, string | null]>(
        'INSERT INTO records (seq, collection, id, version, deleted, json, private, session_id, client_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
      ),
      get: db.prepare<[string, string], StoredRow>('SELECT * FROM records WHERE collection = ? AND id = ?'),
      feed: db.prepare<[string, number, number, number], FeedRow>(
        'SELECT seq, CAST(json AS BLOB) AS json FROM records WHERE collection = ? AND seq > ? AND (deleted = 0 OR seq > ?) ORDER BY seq LIMIT ?'
      ),
      bySession: db.prepare<[string], StoredRow>(
        "SELECT * FROM records WHERE session_id = ? AND collection = 'reemployment-registrations' AND deleted = 0"
      ),
      byClientRef: db.prepare<[string], StoredRow>(
        "SELECT * FROM records WHERE client_ref = ? AND collection = 'reemployment-registrations' ORDER BY seq"
      ),
      clientRefs: db.prepare<[], { client_ref: string; id: string }>(
        "SELECT client_ref, id FROM records WHERE client_ref IS NOT NULL AND collection = 'reemployment-registrations'"
      ),
      counts: db.prepare<[], { collection: string; deleted: number; n: number }>(
        'SELECT collection, deleted, count(*) AS n FROM records GROUP BY collection, deleted'
      ),
      randomLive: db.prepare<[string, number], { id: string }>(
        'SELECT id FROM records WHERE collection = ? AND deleted = 0 ORDER BY random() LIMIT ?'
      ),
      idemGet: db.prepare<[string], IdempotencyEntry>('SELECT fingerprint, status, body FROM idempotency WHERE key = ?'),
      idemPut: db.prepare<[string, string, number, string, string]>(
        'INSERT OR REPLACE INTO idempotency (key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?)'
      ),
      logContact: db.prepare<[string, string, string, string, string]>(
        'INSERT INTO contact_log (at, staff_id, collection, record_id, reason) VALUES (?, ?, ?, ?, ?)'
      ),
      contactLog: db.prepare<[], { at: string; staff_id: string; collection: string; record_id: string; reason: string }>(
        'SELECT at, staff_id, collection, record_id, reason FROM contact_log ORDER BY n'
      ),
      // Each event id once: an event sent again (a retry after a lost answer) is not stored twice.
      putAuditEvent: db.prepare<[string, string, string, string]>('INSERT OR IGNORE INTO audit_events (id, staff_id, json, received_at) VALUES (?, ?, ?, ?)'),
      auditEvents: db.prepare<[], StoredAuditEvent>('SELECT id, staff_id, json, received_at FROM audit_events ORDER BY n')
    }
  }

  getMeta(key: string): string | undefined {
    return this.stmts.getMeta.get(key)?.value
  }

  setMeta(key: string, value: string): void {
    this.stmts.setMeta.run(key, value)
  }

  get epoch(): string {
    return this.epochValue
  }

  get currentSeq(): number {
    return this.seq
  }

  /** Every cursor issued so far becomes invalid (410 cursor_expired). */
  bumpEpoch(): void {
    const [instance = '', n = '1'] = this.epochValue.split('.')
    const next = Number(n) + 1
    this.setMeta('epoch', String(next))
    this.epochValue = `${instance}.${next}`
  }

  isEmpty(): boolean {
    return this.seq === 0
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)()
  }

  /** Bulk insert for seeding: one transaction, indexes created afterwards. */
  seed(rows: Iterable<SeedRow>): number {
    let n = 0
    this.db.transaction(() => {
      for (const r of rows) {
        this.seq += 1
        n += 1
        this.stmts.seedInsert.run(this.seq, r.collection, r.id, r.version, r.json, r.private, r.sessionId)
      }
    })()
    this.db.exec(INDEXES)
    return n
  }

  ensureIndexes(): void {
    this.db.exec(INDEXES)
  }

  get(collection: CollectionName, id: string): StoredRow | undefined {
    return this.stmts.get.get(collection, id)
  }

  load(collection: CollectionName, id: string): LoadedRecord | undefined {
    const row = this.get(collection, id)
    if (!row || row.deleted) return undefined
    return { row, record: JSON.parse(row.json) as JsonObject, priv: row.private ? (JSON.parse(row.private) as PrivateData) : {} }
  }

  /** Writes a record as a new change: bumps version and updated_at, takes the next seq. Returns the JSON text. */
  commit(collection: CollectionName, loaded: { record: JsonObject; priv: PrivateData; row?: StoredRow }, opts?: { keepVersion?: boolean }): string {
    const record = loaded.record
    if (!opts?.keepVersion) {
      record.version = (typeof record.version === 'number' ? record.version : 0) + 1
      record.updated_at = nowInstant(this.now)
    }
    const id = String(record.id)
    const json = JSON.stringify(record)
    this.seq += 1
    const priv = Object.keys(loaded.priv).length > 0 ? JSON.stringify(loaded.priv) : null
    const sessionId = typeof record.session_id === 'string' ? record.session_id : (loaded.row?.session_id ?? null)
    const clientRef = typeof record.client_ref === 'string' ? record.client_ref : (loaded.row?.client_ref ?? null)
    this.write(collection, id, Number(record.version), 0, json, priv, sessionId, clientRef)
    return json
  }

  /** Writes a row whose JSON is given verbatim (malformed feed items). */
  putRaw(collection: CollectionName, id: string, version: number, json: string): void {
    this.seq += 1
    this.write(collection, id, version, 0, json, null, null, null)
  }

  /** Replaces a record by a tombstone {id, version, updated_at, deleted: true}. */
  tombstone(collection: CollectionName, id: string): boolean {
    const row = this.get(collection, id)
    if (!row || row.deleted) return false
    const version = row.version + 1
    const json = JSON.stringify({ id, version, updated_at: nowInstant(this.now), deleted: true })
    this.seq += 1
    this.write(collection, id, version, 1, json, row.private, row.session_id, row.client_ref)
    return true
  }

  /** A change moves the row to the end of the sequence (seq is the rowid). */
  private write(collection: CollectionName, id: string, version: number, deleted: number, json: string, priv: string | null, sessionId: string | null, clientRef: string | null): void {
    this.stmts.remove.run(collection, id)
    this.stmts.insertRow.run(this.seq, collection, id, version, deleted, json, priv, sessionId, clientRef)
  }

  feed(collection: CollectionName, afterSeq: number, liveOnlyUpTo: number, limit: number): FeedRow[] {
    return this.stmts.feed.all(collection, afterSeq, liveOnlyUpTo, limit)
  }

  registrationsOfSession(sessionId: string): LoadedRecord[] {
    return this.stmts.bySession.all(sessionId).map((row) => ({
      row,
      record: JSON.parse(row.json) as JsonObject,
      priv: row.private ? (JSON.parse(row.private) as PrivateData) : {}
    }))
  }

  byClientRef(clientRef: string): StoredRow[] {
    return this.stmts.byClientRef.all(clientRef)
  }

  clientRefs(): Record<string, string[]> {
    const out: Record<string, string[]> = {}
    for (const { client_ref, id } of this.stmts.clientRefs.all()) (out[client_ref] ??= []).push(id)
    return out
  }

  counts(): Record<CollectionName, { live: number; deleted: number }> {
    const out = Object.fromEntries(COLLECTIONS.map((c) => [c, { live: 0, deleted: 0 }])) as Record<CollectionName, { live: number; deleted: number }>
    for (const { collection, deleted, n } of this.stmts.counts.all()) {
      const entry = out[collection as CollectionName]
      if (!entry) continue
      if (deleted) entry.deleted = n
      else entry.live = n
    }
    return out
  }

  randomLiveIds(collection: CollectionName, count: number): string[] {
    return this.stmts.randomLive.all(collection, count).map((r) => r.id)
  }

  idempotencyGet(key: string): IdempotencyEntry | undefined {
    return this.stmts.idemGet.get(key)
  }

  idempotencyPut(key: string, entry: IdempotencyEntry): void {
    this.stmts.idemPut.run(key, entry.fingerprint, entry.status, entry.body, nowInstant(this.now))
  }

  logContact(staffId: string, collection: CollectionName, recordId: string, reason: string): void {
    this.stmts.logContact.run(nowInstant(this.now), staffId, collection, recordId, reason)
  }

  contactLog(): { at: string; staff_id: string; collection: string; record_id: string; reason: string }[] {
    return this.stmts.contactLog.all()
  }

  /** Stores an audit event under its id; false when that id is already stored. */
  putAuditEvent(id: string, staffId: string, json: string): boolean {
    return this.stmts.putAuditEvent.run(id, staffId, json, nowInstant(this.now)).changes > 0
  }

  auditEvents(): StoredAuditEvent[] {
    return this.stmts.auditEvents.all()
  }

  close(): void {
    this.db.close()
  }
}
