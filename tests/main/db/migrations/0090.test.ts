import type { AuditEventRow } from '../../../../src/main/db/repositories/auditLog'
import { hostname } from 'node:os'
import { describe, expect, it } from 'vitest'
import { AUDIT_CHAIN_GENESIS } from '../../../../src/main/db/auditChain'
import { migrate, schemaVersion } from '../../../../src/main/db/migrations/runner'
import { appendAudit, listAudit, verifyAuditChain } from '../../../../src/main/db/repositories/auditLog'
import { memoryCache } from '../../../helpers/schema'

const OLD_ROWS = [
  { id: 1, at: '2026-12-01T00:10:00.000Z', actor_id: 'S-0001', action: 'sign_in', collection: null, record_id: null, reason: null, detail: '{"portal":"http://127.0.0.1:4010"}', device_time: null, synced_at: null },
  {
    id: 2,
    at: '2026-12-01T00:12:00.000Z',
    actor_id: 'S-0001',
    action: 'queued:review',
    collection: 'attractive-jobs',
    record_id: 'AJ-2026-000123',
    reason: '예산 내역 보완',
    detail: '{"seq":1,"base_version":3}',
    device_time: '2026-12-01T00:12:00.000Z',
    synced_at: null
  },
  {
    id: 3,
    at: '2026-12-01T00:20:00.000Z',
    actor_id: 'S-0001',
    action: 'synced:review',
    collection: 'attractive-jobs',
    record_id: 'AJ-2026-000123',
    reason: null,
    detail: '{"seq":1,"status":200,"version":4}',
    device_time: '2026-12-01T00:12:00.000Z',
    synced_at: '2026-12-01T00:20:00.000Z'
  },
  // Written in Seoul time by the 출석부 (the same instant as 01:00Z); a gap in the old ids.
  { id: 7, at: '2026-12-01T10:00:00+09:00', actor_id: 'S-0041', action: 'printout', collection: 'reemployment-sessions', record_id: 'RS-2026-12-01', reason: '출석부 인쇄', detail: '{"document":"sign_in_sheet","rows":28,"masked":true}', device_time: '2026-12-01T10:00:00+09:00', synced_at: null }
]

function seedOldLog(db: ReturnType<typeof memoryCache>): void {
  const insert = db.prepare(
    `INSERT INTO audit_log (id, at, actor_id, action, collection, record_id, reason, detail, device_time, synced_at) VALUES (@id, @at, @actor_id, @action, @collection, @record_id, @reason, @detail, @device_time, @synced_at)`
  )
  for (const row of OLD_ROWS) insert.run(row)
}


describe('db/migrations/0090 audit-chain', () => {
  it('keeps every old entry in order, gives each an id, the host and a hash chain, and moves synced_at beside it', () => {
    const db = memoryCache(80)
    seedOldLog(db)

    migrate(db, 90)

    expect(schemaVersion(db)).toBe(90)
    const events = db.prepare(`SELECT * FROM audit_events ORDER BY seq`).all() as AuditEventRow[]
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4])
    expect(events.map((e) => [e.kind, e.staff_id, e.collection, e.record_id, e.reason, e.detail])).toEqual(
      OLD_ROWS.map((r) => [r.action, r.actor_id, r.collection, r.record_id, r.reason, r.detail])
    )
    expect(events.map((e) => e.at)).toEqual(['2026-12-01T00:10:00.000Z', '2026-12-01T00:12:00.000Z', '2026-12-01T00:20:00.000Z', '2026-12-01T01:00:00.000Z'])
    expect(events.map((e) => e.device_time)).toEqual(OLD_ROWS.map((r) => r.device_time))
    expect(events.every((e) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(e.event_id))).toBe(true)
    expect(new Set(events.map((e) => e.event_id)).size).toBe(4)
    expect(events.every((e) => e.host === hostname())).toBe(true)
    expect(events[0]!.prev_hash).toBe(AUDIT_CHAIN_GENESIS)
    for (let i = 1; i < events.length; i += 1) expect(events[i]!.prev_hash).toBe(events[i - 1]!.hash)
    expect(verifyAuditChain(db)).toEqual({ checked: 4, broken: null })

    expect(db.prepare(`SELECT event_seq, portal_at, recorded_at FROM audit_confirmations`).all()).toEqual([
      { event_seq: 3, portal_at: null, recorded_at: '2026-12-01T00:20:00.000Z' }
    ])
    // The old readers see the old columns through the view.
    expect(listAudit(db).reverse().map((row) => [row.action, row.actor_id, row.record_id, row.device_time, row.synced_at])).toEqual(
      OLD_ROWS.map((r) => [r.action, r.actor_id, r.record_id, r.device_time, r.synced_at])
    )
    expect(db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'printout' AND record_id = ?`).get('RS-2026-12-01')).toEqual({ n: 1 })
  })

  it('refuses to update or delete an entry, a confirmation, an upload acceptance or a review mark', () => {
    const db = memoryCache(80)
    seedOldLog(db)
    migrate(db, 90)
    db.prepare(`INSERT INTO audit_uploads (event_seq, batch_key, accepted_at) VALUES (1, 'k', '2026-12-02T00:00:00.000Z')`).run()
    db.prepare(`INSERT INTO audit_reviews (event_seq, reviewed_by, reviewed_at) VALUES (4, 'S-0001', '2026-12-31T09:00:00.000Z')`).run()
    const refusals = [
      `UPDATE audit_events SET reason = '고침' WHERE seq = 2`,
      `DELETE FROM audit_events WHERE seq = 4`,
      `UPDATE audit_confirmations SET recorded_at = '2027-01-01T00:00:00.000Z'`,
      `DELETE FROM audit_confirmations`,
      `UPDATE audit_uploads SET accepted_at = ''`,
      `DELETE FROM audit_uploads`,
      `UPDATE audit_reviews SET reviewed_by = 'S-0002'`,
      `DELETE FROM audit_reviews`
    ]
    for (const sql of refusals) expect(() => db.exec(sql), sql).toThrow(/append-only/)
    expect(db.prepare(`SELECT count(*) AS n FROM audit_events`).get()).toEqual({ n: 4 })
    expect(verifyAuditChain(db).broken).toBeNull()
  })

  it('new entries continue the chain after the migrated ones; an empty old log starts it at the genesis', () => {
    const db = memoryCache(80)
    seedOldLog(db)
    migrate(db, 90)
    const seq = appendAudit(db, { at: '2026-12-02T00:00:00.000Z', actorId: 'S-0001', action: 'sign_out' })
    expect(seq).toBe(5)
    expect(verifyAuditChain(db)).toEqual({ checked: 5, broken: null })

    const empty = memoryCache(80)
    migrate(empty, 90)
    expect(verifyAuditChain(empty)).toEqual({ checked: 0, broken: null })
    appendAudit(empty, { at: '2026-12-02T00:00:00.000Z', actorId: 'S-0001', action: 'sign_in' })
    expect(empty.prepare(`SELECT seq, prev_hash FROM audit_events`).all()).toEqual([{ seq: 1, prev_hash: AUDIT_CHAIN_GENESIS }])
  })
})
