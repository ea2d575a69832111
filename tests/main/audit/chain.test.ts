import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { auditEntryHash } from '../../../src/main/db/auditChain'
import { applyCacheKey } from '../../../src/main/db/cacheKey'
import { CACHE_FILE_NAME } from '../../../src/main/db/connection'
import { appendAudit, verifyAuditChain, type AuditEventRow } from '../../../src/main/db/repositories/auditLog'
import { TEST_CACHE_KEY } from '../../cacheKey'
import { makeTempDir } from '../../helpers/tempDir'

const ENTRIES = 50

/** Entries of every shape the app writes: sign-ins, queued writes with reasons, printouts with detail. */
function fillLog(core: Core): void {
  const start = Date.parse('2026-12-01T00:00:00.000Z')
  for (let i = 0; i < ENTRIES; i += 1) {
    const at = new Date(start + i * 60_000).toISOString()
    if (i % 3 === 0) appendAudit(core.context.db, { at, actorId: 'S-0001', action: 'sign_in', detail: { portal: 'http://127.0.0.1:4010' } })
    else if (i % 3 === 1) appendAudit(core.context.db, { at, actorId: 'S-0041', action: 'queued:registration.attendance', collection: 'reemployment-registrations', recordId: `RR-${i}`, reason: null, detail: { seq: i }, deviceTime: at })
    else appendAudit(core.context.db, { at, actorId: 'S-0041', action: 'printout', collection: 'reemployment-sessions', recordId: `RS-${i}`, reason: '출석부 인쇄', detail: { document: 'sign_in_sheet', rows: i, masked: true } })
  }
}

/** Another program on the cache file, as an attacker with the key would: triggers dropped, then `sql`. */
function tamper(core: Core, sql: (raw: Database.Database) => void): void {
  const raw = new Database(join(core.context.dataDir, CACHE_FILE_NAME))
  try {
    applyCacheKey(raw, TEST_CACHE_KEY)
    raw.exec(`DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;`)
    sql(raw)
  } finally {
    raw.close()
  }
}

describe('audit trail: the hash chain reports the first broken link', () => {
  let dir: ReturnType<typeof makeTempDir> | null = null
  let core: Core | null = null
  afterEach(() => {
    core?.close()
    dir?.remove()
    core = null
    dir = null
  })

  async function openFilled(): Promise<Core> {
    dir = makeTempDir()
    core = await createCore({ dataDir: dir.path, cacheKey: TEST_CACHE_KEY, log: () => undefined })
    fillLog(core)
    expect(verifyAuditChain(core.context.db)).toEqual({ checked: ENTRIES, broken: null })
    return core
  }

  it('refuses UPDATE and DELETE through the app’s own connection', async () => {
    const { db } = (await openFilled()).context
    expect(() => db.prepare(`UPDATE audit_events SET reason = '없던 일' WHERE seq = 3`).run()).toThrow(/append-only/)
    expect(() => db.prepare(`DELETE FROM audit_events WHERE seq = 3`).run()).toThrow(/append-only/)
    expect(verifyAuditChain(db)).toEqual({ checked: ENTRIES, broken: null })
  })

  it('an edited entry: the entry itself no longer matches its hash', async () => {
    const opened = await openFilled()
    const target = opened.context.db.prepare(`SELECT event_id FROM audit_events WHERE seq = 20`).get() as { event_id: string }
    tamper(opened, (raw) => raw.prepare(`UPDATE audit_events SET reason = '사유 없음', detail = '{"rows":1}' WHERE seq = 20`).run())
    expect(verifyAuditChain(opened.context.db)).toEqual({ checked: 19, broken: { seq: 20, eventId: target.event_id, reason: expect.stringMatching(/20번 기록의 내용이 기록된 뒤 바뀌었습니다/) } })
  })

  it('an edited entry whose hash was computed again: the next entry no longer points at it', async () => {
    const opened = await openFilled()
    tamper(opened, (raw) => {
      const row = raw.prepare(`SELECT * FROM audit_events WHERE seq = 20`).get() as AuditEventRow
      const edited = { ...row, staff_id: 'S-0099' }
      const hash = auditEntryHash(row.prev_hash, {
        seq: edited.seq,
        eventId: edited.event_id,
        kind: edited.kind,
        at: edited.at,
        staffId: edited.staff_id,
        host: edited.host,
        collection: edited.collection,
        recordId: edited.record_id,
        reason: edited.reason,
        detail: edited.detail,
        deviceTime: edited.device_time
      })
      raw.prepare(`UPDATE audit_events SET staff_id = ?, hash = ? WHERE seq = 20`).run(edited.staff_id, hash)
    })
    const result = verifyAuditChain(opened.context.db)
    expect(result).toMatchObject({ checked: 20, broken: { seq: 21, reason: expect.stringMatching(/21번 기록이 가리키는 앞 기록이 20번과 맞지 않습니다/) } })
  })

  it('a deleted entry: a gap in the numbers where it was', async () => {
    const opened = await openFilled()
    tamper(opened, (raw) => raw.prepare(`DELETE FROM audit_events WHERE seq = 20`).run())
    expect(verifyAuditChain(opened.context.db)).toEqual({ checked: 19, broken: { seq: 20, eventId: null, reason: '20번 기록이 없습니다 (삭제됨)' } })
  })

  it('a deleted tail stays visible, also after the app appends again', async () => {
    const opened = await openFilled()
    tamper(opened, (raw) => raw.prepare(`DELETE FROM audit_events WHERE seq > ?`).run(ENTRIES - 3))
    expect(verifyAuditChain(opened.context.db)).toEqual({ checked: ENTRIES - 3, broken: { seq: ENTRIES - 2, eventId: null, reason: `${ENTRIES - 2}~${ENTRIES}번 기록 3건이 없습니다 (삭제됨)` } })
    const seq = appendAudit(opened.context.db, { at: '2026-12-02T00:00:00.000Z', actorId: 'S-0001', action: 'sign_out' })
    expect(seq).toBe(ENTRIES + 1)
    expect(verifyAuditChain(opened.context.db).broken).toMatchObject({ seq: ENTRIES - 2, eventId: null })
  })
})
