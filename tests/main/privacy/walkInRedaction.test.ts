import { existsSync, statSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InboxItem, QuarantinedItem } from '../../../src/shared/ipc/outboxViews'
import type { SessionList } from '../../../src/shared/domains/reemployment/views'
import { startHarness, type SimHarness } from '../../helpers/sim'

interface OutboxBody {
  state: string
  body: { person: { name: string; phone: string; birth_year: number } }
}

describe("a walk-in's full name and phone live only in its pending outbox entry", () => {
  let h: SimHarness
  let clock: Date
  beforeEach(async () => {
    clock = new Date('2026-12-08T13:05:00+09:00')
    h = await startHarness({ scale: 200, now: () => clock.getTime() }, { now: () => clock })
    await h.signIn('coordinator')
    await h.sync()
  })
  afterEach(async () => h.close())

  const db = () => h.core.context.db
  const entry = (seq: number) => {
    const row = db().prepare(`SELECT state, body FROM outbox WHERE seq = ?`).get(seq) as { state: string; body: string }
    return { state: row.state, body: JSON.parse(row.body) } as OutboxBody
  }
  const walSize = () => {
    const wal = `${db().name}-wal`
    return existsSync(wal) ? statSync(wal).size : 0
  }
  async function openSessions(): Promise<string[]> {
    const list = await h.call<SessionList>('reemployment:sessions', { month: '2026-12', kind: 'education' })
    return list.sessions.filter((s) => s.status === 'open' && s.counts.registered < s.capacity).map((s) => s.id)
  }
  const walkIn = (sessionId: string, name: string, phone: string) =>
    h.call<{ seq: number; recordId: string }>('reemployment:checkInWalkIn', { sessionId, name, birthYear: 1964, phone })

  it('is masked once the portal confirms it, and the local copy was masked all along', async () => {
    const [sessionId] = await openSessions()
    const queued = await walkIn(sessionId!, '한결심', '010-2741-9035')
    expect(entry(queued.seq)).toEqual({ state: 'pending', body: expect.objectContaining({ person: { name: '한결심', birth_year: 1964, phone: '010-2741-9035' } }) })
    const local = db().prepare(`SELECT raw, local_raw FROM reemployment_registrations_json j JOIN reemployment_registrations r ON r.rowid = j.rowid WHERE r.id = ?`).get(queued.recordId)
    expect(JSON.stringify(local)).not.toMatch(/한결심|2741/)

    expect(await h.sync()).toMatchObject({ pushed: 1, error: null })
    expect(entry(queued.seq)).toEqual({ state: 'done', body: expect.objectContaining({ person: { name: '한*심', birth_year: 1964, phone: '010-****-9035' } }) })
  })

  it('is masked when the portal refuses it; it can no longer be sent again as it was, and discarding leaves the WAL empty', async () => {
    const [sessionId] = await openSessions()
    const queued = await walkIn(sessionId!, '도윤슬', '01063829147')
    // The portal cancels the session before the PC sends: the walk-in is refused (422) and parked.
    h.sim.control.deleteRecord('reemployment-sessions', sessionId!)
    expect(await h.sync()).toMatchObject({ rejected: 1 })
    expect(entry(queued.seq)).toEqual({ state: 'rejected', body: expect.objectContaining({ person: { name: '도*슬', birth_year: 1964, phone: '010-****-9147' } }) })

    const [item] = await h.call<InboxItem[]>('inbox:list', {})
    expect(item).toMatchObject({ seq: queued.seq, canReapply: false, reapplyBlockedReason: '개인정보를 가린 뒤라 같은 내용을 다시 보낼 수 없습니다. 삭제한 뒤 새로 입력하세요.' })
    expect(JSON.stringify(item)).not.toMatch(/도윤슬|6382/)
    expect(await h.core.dispatch('inbox:reapply', { seq: queued.seq })).toMatchObject({ ok: false, error: { code: 'invalid_transition' } })

    expect(await h.call('inbox:discard', { seq: queued.seq })).toEqual({ discarded: 1 })
    expect(entry(queued.seq).state).toBe('discarded')
    expect(walSize()).toBe(0)
    expect(db().prepare(`SELECT count(*) AS n FROM reemployment_registrations WHERE id = ?`).get(queued.recordId)).toEqual({ n: 0 })
  })

  it('masks at start a quarantined copy that an older version kept whole', async () => {
    db()
      .prepare(`INSERT INTO quarantine (collection, item_id, item_version, raw, error, received_at) VALUES (?, ?, 1, ?, ?, ?)`)
      .run(
        'reemployment-registrations',
        'RR-OLD-1',
        JSON.stringify({ id: 'RR-OLD-1', person: { name: '나래온', phone: '010-5518-2046' }, note: '연락처 naraeon@example.kr' }),
        'status: 허용되지 않는 값입니다',
        clock.toISOString()
      )
    // As an older version left the cache: no mark that the masking pass ran.
    db().prepare(`DELETE FROM settings WHERE key = 'quarantine_masked'`).run()
    await h.restart()
    await h.signIn('coordinator')
    const items = await h.call<QuarantinedItem[]>('sync:quarantine', {})
    const old = items.find((item) => item.itemId === 'RR-OLD-1')!
    expect(JSON.parse(old.raw)).toEqual({ id: 'RR-OLD-1', person: { name: '나*온', phone: '010-****-2046' }, note: '연락처 n***@example.kr' })
  })
})
