import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { AUDIT_CHAIN_GENESIS, auditEntryHash, normalizedAuditInstant } from '../auditChain'
import type { Migration } from './index'

interface OldAuditRow {
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

/** Refuses UPDATE and DELETE on a table: what is written there stays as written. */
function insertOnly(table: string): string {
  return `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '접속기록은 추가만 할 수 있습니다: 고치거나 지울 수 없습니다 (${table} is append-only)'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '접속기록은 추가만 할 수 있습니다: 고치거나 지울 수 없습니다 (${table} is append-only)'); END;
  `
}

/**
 * The 접속기록 (안전성 확보조치 기준 §8) becomes append-only and tamper-evident.
 *
 * `audit_events` holds each entry as it was recorded: a client-made UUID (`event_id`, the portal stores
 * a repeated upload once), the kind (the old `action`), PC time, staff id, this PC's host name, the
 * record, reason and detail, and `prev_hash`/`hash` (auditChain.ts). What becomes known later is kept
 * beside it in insert-only tables, so the chained entry is never updated: the portal's confirmation of
 * the write an entry is about (`audit_confirmations`), the portal's acceptance of the uploaded event
 * (`audit_uploads`), the manager's monthly review mark (`audit_reviews`). Triggers refuse UPDATE and
 * DELETE on all four. Nothing deletes audit rows — the law asks for ≥ 2 years (≥ 1 year, 2 years for
 * 고유식별정보 or ≥ 50,000 people), and the cache keeps them for as long as the file lives.
 *
 * Every existing row is kept, in its order (renumbered 1..n: nothing referred to the old ids), given an
 * event id and this PC's host name (the cache never left it), and chained. Its PC time is normalised to
 * UTC (the same instant) so date filters compare text; an old `synced_at` moves to `audit_confirmations`.
 * `audit_log` stays as a read-only view with the old columns for the readers that use them.
 */
export const migration0090: Migration = {
  version: 90,
  name: 'audit-chain',
  up(db) {
    const old = db.prepare(`SELECT * FROM audit_log ORDER BY id`).all() as OldAuditRow[]
    db.exec(`
      DROP TABLE audit_log;
      CREATE TABLE audit_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        staff_id TEXT,
        host TEXT NOT NULL,
        collection TEXT,
        record_id TEXT,
        reason TEXT,
        detail TEXT,
        device_time TEXT,
        -- UNIQUE: two entries can never claim the same predecessor, so the chain cannot fork.
        prev_hash TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_events_by_record ON audit_events (collection, record_id, seq);
      CREATE INDEX audit_events_by_record_id ON audit_events (record_id) WHERE record_id IS NOT NULL;
      CREATE INDEX audit_events_by_at ON audit_events (at);
      CREATE INDEX audit_events_by_kind ON audit_events (kind, at);
      CREATE INDEX audit_events_by_staff ON audit_events (staff_id, seq);

      CREATE TABLE audit_confirmations (
        n INTEGER PRIMARY KEY,
        event_seq INTEGER NOT NULL REFERENCES audit_events (seq),
        -- The portal's own time (the updated_at it answered with), when it gave one.
        portal_at TEXT,
        -- This PC's time when the answer arrived.
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_confirmations_by_event ON audit_confirmations (event_seq);

      CREATE TABLE audit_uploads (
        event_seq INTEGER PRIMARY KEY REFERENCES audit_events (seq),
        batch_key TEXT NOT NULL,
        accepted_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_reviews (
        event_seq INTEGER PRIMARY KEY REFERENCES audit_events (seq),
        reviewed_by TEXT NOT NULL,
        reviewed_at TEXT NOT NULL
      ) STRICT;
    `)
    const insert = db.prepare(
      `INSERT INTO audit_events (seq, event_id, kind, at, staff_id, host, collection, record_id, reason, detail, device_time, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    const confirm = db.prepare(`INSERT INTO audit_confirmations (event_seq, portal_at, recorded_at) VALUES (?, NULL, ?)`)
    const host = hostname()
    let prevHash = AUDIT_CHAIN_GENESIS
    old.forEach((row, index) => {
      const fields = {
        seq: index + 1,
        eventId: randomUUID(),
        kind: row.action,
        at: normalizedAuditInstant(row.at),
        staffId: row.actor_id,
        host,
        collection: row.collection,
        recordId: row.record_id,
        reason: row.reason,
        detail: row.detail,
        deviceTime: row.device_time
      }
      const hash = auditEntryHash(prevHash, fields)
      insert.run(fields.seq, fields.eventId, fields.kind, fields.at, fields.staffId, host, fields.collection, fields.recordId, fields.reason, fields.detail, fields.deviceTime, prevHash, hash)
      if (row.synced_at) confirm.run(fields.seq, row.synced_at)
      prevHash = hash
    })
    db.exec(`
      ${insertOnly('audit_events')}
      ${insertOnly('audit_confirmations')}
      ${insertOnly('audit_uploads')}
      ${insertOnly('audit_reviews')}
      CREATE VIEW audit_log AS
        SELECT e.seq AS id, e.at, e.staff_id AS actor_id, e.kind AS action, e.collection, e.record_id, e.reason, e.detail, e.device_time,
          (SELECT c.recorded_at FROM audit_confirmations c WHERE c.event_seq = e.seq ORDER BY c.n LIMIT 1) AS synced_at
        FROM audit_events e;
    `)
  }
}
