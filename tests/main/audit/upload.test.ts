import { afterEach, describe, expect, it } from 'vitest'
import { appendAudit } from '../../../src/main/db/repositories/auditLog'
import { auditUploadsWaitingForOthers } from '../../../src/main/db/repositories/auditQueries'
import type { Db } from '../../../src/main/db/types'
import { AUDIT_KINDS_KEPT_ON_PC, PORTAL_AUDIT_KINDS } from '../../../src/main/sync/auditUpload'
import { AUDIT_KIND_LABELS } from '../../../src/shared/domain/auditLabels'
import { AUDIT_EVENTS_PER_CALL } from '../../../src/shared/portal'
import { startHarness, type SimHarness } from '../../helpers/sim'

const MANAGER = 'S-0001'
const COORDINATOR = 'S-0041'

function printouts(db: Db, staffId: string, count: number): void {
  for (let i = 0; i < count; i += 1) {
    appendAudit(db, {
      at: new Date(Date.parse('2026-12-09T01:00:00.000Z') + i * 1000).toISOString(),
      actorId: staffId,
      action: 'printout',
      collection: 'reemployment-sessions',
      recordId: `RS-2026-12-${String(i % 28 + 1).padStart(2, '0')}`,
      reason: '출석부 인쇄',
      detail: { document: 'sign_in_sheet', rows: 20 + (i % 10), masked: true }
    })
  }
}

/** The local entries the portal should hold: a staff member's PC-only kinds. */
function pcOnlyIds(db: Db, staffId: string): string[] {
  const kinds = PORTAL_AUDIT_KINDS.map(() => '?').join(', ')
  return (db.prepare(`SELECT event_id FROM audit_events WHERE staff_id = ? AND kind IN (${kinds}) ORDER BY seq`).all(staffId, ...PORTAL_AUDIT_KINDS) as { event_id: string }[]).map(
    (row) => row.event_id
  )
}

const uploads = (db: Db) => db.prepare(`SELECT batch_key, count(*) AS n FROM audit_uploads GROUP BY batch_key ORDER BY min(event_seq)`).all() as { batch_key: string; n: number }[]

describe('which kinds are sent', () => {
  it('every kind of the 접속기록 is either sent or kept on the PC for a stated reason, never both', () => {
    const sent = new Set<string>(PORTAL_AUDIT_KINDS)
    const kept = Object.keys(AUDIT_KINDS_KEPT_ON_PC)
    expect(kept.filter((kind) => sent.has(kind))).toEqual([])
    expect([...sent, ...kept].sort()).toEqual(Object.keys(AUDIT_KIND_LABELS).sort())
  })
})

describe('audit events go to the portal exactly once (POST /audit/events over HTTP)', () => {
  let h: SimHarness | null = null
  afterEach(async () => {
    await h?.close()
    h = null
  })

  it('sends the signed-in staff member’s PC-only events after the push, ≤ 500 per call, each once — not the writes', async () => {
    h = await startHarness({ scale: 40 })
    await h.signIn('manager')
    const { db } = h.core.context
    printouts(db, MANAGER, 1_100)
    // A decision reaches the portal as the write itself: its entry is not an audit event there.
    appendAudit(db, { at: new Date().toISOString(), actorId: MANAGER, action: 'queued:review', collection: 'attractive-jobs', recordId: 'AJ-2026-000001', detail: { seq: 1 } })

    const summary = await h.core.context.sync.start().done
    expect(summary.error).toBeNull()

    const received = h.sim.control.auditEvents()
    expect(received.map((e) => e.id)).toEqual(pcOnlyIds(db, MANAGER))
    expect(received.some((e) => e.kind === 'sign_in')).toBe(true)
    expect(received.every((e) => e.staff_id === MANAGER && !e.kind.includes(':'))).toBe(true)
    expect(received.find((e) => e.kind === 'printout')).toMatchObject({
      record: { collection: 'reemployment-sessions', id: 'RS-2026-12-01' },
      reason: '출석부 인쇄',
      detail: { document: 'sign_in_sheet', rows: 20, masked: true, host: expect.any(String) }
    })
    const batches = uploads(db)
    expect(batches.map((b) => b.n)).toEqual([AUDIT_EVENTS_PER_CALL, AUDIT_EVENTS_PER_CALL, received.length - 2 * AUDIT_EVENTS_PER_CALL])

    // The next sync sends nothing again.
    await h.core.context.sync.start().done
    expect(h.sim.control.auditEvents()).toHaveLength(received.length)
    expect(uploads(db)).toEqual(batches)
  })

  it('keeps each call’s body small: long details are split over more calls, each accepted', async () => {
    h = await startHarness({ scale: 40 })
    await h.signIn('manager')
    const { db } = h.core.context
    const note = '설정 변경 내용 '.repeat(250)
    for (let i = 0; i < 300; i += 1) appendAudit(db, { at: new Date().toISOString(), actorId: MANAGER, action: 'settings_change', detail: { note, i } })

    expect((await h.core.context.sync.start().done).error).toBeNull()
    expect(h.sim.control.auditEvents().map((e) => e.id)).toEqual(pcOnlyIds(db, MANAGER))
    const batches = uploads(db)
    expect(batches.length).toBeGreaterThan(2)
    expect(batches.reduce((n, b) => n + b.n, 0)).toBe(pcOnlyIds(db, MANAGER).length)
  })

  it('a lost answer: the next sync repeats the same request, and the portal holds each event once', async () => {
    h = await startHarness({ scale: 40 })
    await h.signIn('manager')
    const { db } = h.core.context
    printouts(db, MANAGER, 3)
    const expected = pcOnlyIds(db, MANAGER)

    // Every call dropped; some after the portal handled them. Sync until one of those has happened.
    h.sim.faults.set({ dropRate: 1 })
    for (let attempt = 0; attempt < 40 && h.sim.control.auditEvents().length === 0; attempt += 1) {
      const failed = await h.core.context.sync.start().done
      expect(failed.error).not.toBeNull()
    }
    expect(h.sim.control.auditEvents().map((e) => e.id)).toEqual(expected)
    // This PC never heard the answer.
    expect(uploads(db)).toEqual([])

    h.sim.faults.set({ dropRate: 0 })
    const replaysBefore = h.sim.control.stats().idempotentReplays
    expect((await h.core.context.sync.start().done).error).toBeNull()
    expect(h.sim.control.stats().idempotentReplays).toBe(replaysBefore + 1)
    expect(h.sim.control.auditEvents().map((e) => e.id)).toEqual(expected)
    expect(uploads(db).map((b) => b.n)).toEqual([expected.length])
  })

  it('never sends another staff member’s events under this token: they wait until their author signs in online', async () => {
    h = await startHarness({ scale: 40 })
    // The coordinator signs in here once (so their account exists on this PC), then worked on; the manager signs in next.
    await h.signIn('coordinator')
    const { db, session } = h.core.context
    session.signOut()
    printouts(db, COORDINATOR, 5)
    await h.signIn('manager')
    printouts(db, MANAGER, 2)

    expect((await h.core.context.sync.start().done).error).toBeNull()
    const afterManager = h.sim.control.auditEvents()
    expect(afterManager.map((e) => e.id)).toEqual(pcOnlyIds(db, MANAGER))
    expect(afterManager.every((e) => e.staff_id === MANAGER)).toBe(true)
    expect(auditUploadsWaitingForOthers(db, MANAGER, PORTAL_AUDIT_KINDS)).toBe(pcOnlyIds(db, COORDINATOR).length)

    session.signOut()
    await h.signIn('coordinator')
    expect((await h.core.context.sync.start().done).error).toBeNull()
    const all = h.sim.control.auditEvents()
    expect(all.filter((e) => e.staff_id === COORDINATOR).map((e) => e.id)).toEqual(pcOnlyIds(db, COORDINATOR))
    expect(all.filter((e) => e.staff_id === MANAGER).map((e) => e.id)).toEqual(pcOnlyIds(db, MANAGER).filter((id) => afterManager.some((e) => e.id === id)))
    expect(auditUploadsWaitingForOthers(db, COORDINATOR, PORTAL_AUDIT_KINDS)).toBe(pcOnlyIds(db, MANAGER).length - afterManager.length)
  })
})
