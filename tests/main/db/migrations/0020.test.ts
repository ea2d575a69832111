import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../src/main/db/migrations/runner'
import { columnsOf, indexesOf, memoryCache } from '../../../helpers/schema'

/** The outbox columns as version 10 created them, in table order. */
const V10_COLUMNS = [
  'seq',
  'idempotency_key',
  'collection',
  'record_id',
  'op',
  'base_version',
  'body',
  'device_time',
  'actor_id',
  'state',
  'attempts',
  'next_attempt_at',
  'last_error',
  'server_record',
  'result',
  'created_at',
  'sent_at',
  'completed_at'
]

// Queued writes as version 10 stored them: every column set on one, the nullable ones NULL on
// another, and states across the lifecycle, so a migration that drops, reorders or rewrites
// anything shows up as a difference.
const SEEDED = [
  {
    seq: 1,
    idempotency_key: '6f1c2a7e-0c1d-4b8e-9a51-3e2f4d5c6b7a',
    collection: 'attractive-jobs',
    record_id: 'AJ-2026-000017',
    op: 'attractive_job.review',
    base_version: 3,
    body: JSON.stringify({ action: 'approve' }),
    device_time: '2026-11-30T10:15:00+09:00',
    actor_id: 'S-0007',
    state: 'done',
    attempts: 2,
    next_attempt_at: '2026-11-30T10:15:04+09:00',
    last_error: JSON.stringify({ code: 'unavailable', message: '포털 점검 중입니다.' }),
    server_record: JSON.stringify({ id: 'AJ-2026-000017', version: 4, status: 'approved' }),
    result: JSON.stringify({ status: 200, version: 4 }),
    created_at: '2026-11-30T10:15:00+09:00',
    sent_at: '2026-11-30T10:15:05+09:00',
    completed_at: '2026-11-30T10:15:06+09:00'
  },
  {
    seq: 2,
    idempotency_key: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
    collection: 'reemployment-registrations',
    record_id: 'local-5b0e9d7c-2f6a-4c1b-8e3d-7a9f0b1c2d3e',
    op: 'registration.walk_in',
    base_version: null,
    body: JSON.stringify({ session_id: 'RS-2026-12-04', person: { name: '홍길동', birth_year: 1966, phone: '010-2345-6789' } }),
    device_time: '2026-12-01T09:30:00+09:00',
    actor_id: 'S-0041',
    state: 'pending',
    attempts: 0,
    next_attempt_at: null,
    last_error: null,
    server_record: null,
    result: null,
    created_at: '2026-12-01T09:30:00+09:00',
    sent_at: null,
    completed_at: null
  },
  {
    seq: 3,
    idempotency_key: '0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a',
    collection: 'attractive-jobs',
    record_id: 'AJ-2026-000021',
    op: 'attractive_job.comment',
    base_version: 5,
    body: JSON.stringify({ body: '예산 합계 확인 바랍니다' }),
    device_time: '2026-12-01T11:02:00+09:00',
    actor_id: 'S-0001',
    state: 'conflict',
    attempts: 1,
    next_attempt_at: null,
    last_error: JSON.stringify({ code: 'version_conflict', message: '기록이 이미 변경되었습니다' }),
    server_record: JSON.stringify({ id: 'AJ-2026-000021', version: 6 }),
    result: null,
    created_at: '2026-12-01T11:02:00+09:00',
    sent_at: '2026-12-01T11:02:01+09:00',
    completed_at: null
  }
]

describe('db/migrations/0020 outbox-base-record', () => {
  it('adds a NULL base_record to every queued entry and keeps each one exactly as it was', () => {
    const db = memoryCache(10)
    expect(columnsOf(db, 'outbox')).toEqual(V10_COLUMNS)
    const insert = db.prepare(`INSERT INTO outbox (${V10_COLUMNS.join(', ')}) VALUES (${V10_COLUMNS.map((c) => `@${c}`).join(', ')})`)
    for (const row of SEEDED) insert.run(row)
    // A fourth entry that was sent and removed: AUTOINCREMENT must not hand its seq out again.
    insert.run({ ...SEEDED[0]!, seq: 4, idempotency_key: 'f4e3d2c1-b0a9-4876-9543-210fedcba987' })
    db.prepare(`DELETE FROM outbox WHERE seq = 4`).run()
    const indexesBefore = indexesOf(db, 'outbox')
    expect(indexesBefore).toHaveLength(2)

    migrate(db, 20)

    expect(schemaVersion(db)).toBe(20)
    expect(columnsOf(db, 'outbox')).toEqual([...V10_COLUMNS, 'base_record'])
    expect(db.prepare(`SELECT * FROM outbox ORDER BY seq`).all()).toEqual(SEEDED.map((row) => ({ ...row, base_record: null })))
    expect(indexesOf(db, 'outbox')).toEqual(indexesBefore)
    // The table keeps its constraints: one entry per idempotency key, seq never reused.
    expect(() => insert.run({ ...SEEDED[1]!, seq: null })).toThrow(/UNIQUE/)
    const next = db
      .prepare(`INSERT INTO outbox (idempotency_key, collection, record_id, op, body, device_time, actor_id, state, created_at, base_record)
                VALUES ('1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'attractive-jobs', 'AJ-2026-000017', 'attractive_job.review', '{}', 'x', 'S-0007', 'pending', 'x', ?)`)
      .run(JSON.stringify({ id: 'AJ-2026-000017', version: 4 }))
    expect(next.lastInsertRowid).toBe(5)
    expect(db.prepare(`SELECT base_record FROM outbox WHERE seq = 5`).get()).toEqual({ base_record: '{"id":"AJ-2026-000017","version":4}' })
  })
})
