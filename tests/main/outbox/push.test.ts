import { afterEach, describe, expect, it } from 'vitest'
import { enqueueWrite } from '../../../src/main/outbox/queue'
import { commentOp, reviewOp } from '../../../src/main/domains/attractive-jobs/ops'
import { attendanceOp, walkInOp } from '../../../src/main/domains/reemployment/ops'
import { listInbox, reapplyEntry, discardParkedEntry } from '../../../src/main/outbox/inbox'
import { pullCollection } from '../../../src/main/sync/pull'
import { overlayPending } from '../../../src/main/outbox/view'
import { attractiveJobsTable } from '../../../src/main/domains/attractive-jobs/repository'
import { startPortalSimulator } from '../../../src/main/simulator'
import type { AttractiveJob, ReemploymentRegistration } from '../../../src/shared/portal'
import { idsWhere, outboxStates } from '../../helpers/outbox'
import { startHarness, type SimHarness } from '../../helpers/sim'

const now = () => new Date()

describe('outbox: local-first writes reach the portal exactly once', () => {
  let h: SimHarness
  afterEach(async () => h?.close())

  it('changes the cache at once, queues the write, and sends it at the next sync', async () => {
    h = await startHarness()
    await h.sync()
    const { db } = h.core.context
    const [id] = idsWhere(db, `SELECT id FROM attractive_jobs WHERE status = 'submitted' ORDER BY id LIMIT 1`)
    const actorId = h.core.context.session.requireStaff().id
    enqueueWrite(db, reviewOp, {recordId: id!, body: { action: 'start_review' }, actorId, now: now() })
    enqueueWrite(db, reviewOp, {recordId: id!, body: { action: 'approve' }, actorId, now: now() })
    enqueueWrite(db, commentOp, {recordId: id!, body: { body: '기준 충족 확인' }, actorId, now: now() })
    expect(attractiveJobsTable.getView(db, id!)).toMatchObject({ status: 'approved', decision: { outcome: 'approved', decided_by: actorId } })
    expect(outboxStates(db)).toEqual({ pending: 3 })
    expect((h.sim.control.record('attractive-jobs', id!) as AttractiveJob).status).toBe('submitted')

    const summary = await h.core.context.sync.start().done
    expect(summary).toMatchObject({ pushed: 3, conflicts: 0, rejected: 0, error: null })
    const server = h.sim.control.record('attractive-jobs', id!) as AttractiveJob
    expect(server.status).toBe('approved')
    expect(server.comments.filter((c) => c.body === '기준 충족 확인')).toHaveLength(1)
    expect(h.sim.control.stats().commentsAdded[id!]).toBe(1)
    expect(outboxStates(db)).toEqual({ done: 3 })
    // The cache now holds the portal's copy, with no local overlay left.
    const stored = attractiveJobsTable.getStored(db, id!)!
    expect(stored.local_raw).toBeNull()
    expect(stored.version).toBe(server.version)
  })

  it('refuses an impossible action locally with a Korean reason and queues nothing', async () => {
    h = await startHarness()
    await h.sync()
    const { db } = h.core.context
    const [id] = idsWhere(db, `SELECT id FROM attractive_jobs WHERE status = 'submitted' LIMIT 1`)
    expect(() =>
      enqueueWrite(db, reviewOp, {recordId: id!, body: { action: 'approve' }, actorId: 'S-1', now: now() })
    ).toThrow('접수 상태에서는 적정 처리할 수 없습니다.')
    expect(() =>
      enqueueWrite(db, reviewOp, {recordId: id!, body: { action: 'reject', reason: '짧음' } as never, actorId: 'S-1', now: now() })
    ).toThrow()
    expect(outboxStates(db)).toEqual({})
  })

  it('parks a version conflict in the inbox with both copies, and re-applies it on the current version', async () => {
    h = await startHarness()
    await h.sync()
    const { db } = h.core.context
    const [id] = idsWhere(db, `SELECT id FROM attractive_jobs WHERE status = 'in_review' LIMIT 1`)
    enqueueWrite(db, reviewOp, {recordId: id!, body: { action: 'request_revision', reason: '예산 합계가 맞지 않습니다' }, actorId: 'S-0001', now: now() })
    h.sim.control.otherStaffEdit('attractive-jobs', 1, id!)
    const summary = await h.core.context.sync.start().done
    expect(summary).toMatchObject({ pushed: 0, conflicts: 1 })
    const [item] = listInbox(db, 'S-0001')
    expect(item).toMatchObject({ recordId: id, state: 'conflict', errorCode: 'version_conflict', canReapply: true })
    expect(item!.intent).toContain('보완요청')
    expect(item!.serverVersion).toBeGreaterThan(item!.baseVersion!)
    expect(item!.changes.some((c) => c.changedOnServer)).toBe(true)
    expect(item!.changes.find((c) => c.path === 'status')).toMatchObject({ server: 'in_review', mine: 'revision_requested', changedByMe: true })
    // The cache shows the portal's current copy while the intent waits for a person.
    expect(attractiveJobsTable.getView(db, id!)!.status).toBe('in_review')

    // Nothing leaves the inbox on its own: another sync does not touch it.
    await h.core.context.sync.start().done
    expect(outboxStates(db)).toEqual({ conflict: 1 })

    reapplyEntry(db, item!.seq, 'S-0001', now())
    expect(attractiveJobsTable.getView(db, id!)!.status).toBe('revision_requested')
    const second = await h.core.context.sync.start().done
    expect(second).toMatchObject({ pushed: 1, conflicts: 0 })
    expect((h.sim.control.record('attractive-jobs', id!) as AttractiveJob).status).toBe('revision_requested')
    expect(listInbox(db, 'S-0001')).toEqual([])
  })

  it('parks a rejected write with the portal reason; discarding restores the server view', async () => {
    h = await startHarness()
    await h.sync()
    const { db } = h.core.context
    const [id] = idsWhere(db, `SELECT id FROM attractive_jobs WHERE status = 'submitted' LIMIT 1`)
    enqueueWrite(db, reviewOp, {recordId: id!, body: { action: 'start_review' }, actorId: 'S-0001', now: now() })
    enqueueWrite(db, commentOp, {recordId: id!, body: { body: '확인 바랍니다' }, actorId: 'S-0001', now: now() })
    // Another reviewer already started the review on the portal, and the cache does not know yet.
    const other = await startOtherReviewer(h, id!)
    expect(other).toBe('in_review')
    const summary = await h.core.context.sync.start().done
    expect(summary.conflicts + summary.rejected).toBe(1)
    const [item] = listInbox(db, 'S-0001')
    expect(item!.waitingBehind).toBe(1)
    expect(item!.canReapply).toBe(false)
    expect(item!.reapplyBlockedReason).toContain('검토중')
    expect(() => reapplyEntry(db, item!.seq, 'S-0001', now())).toThrow(/다시 적용할 수 없습니다/)
    expect(discardParkedEntry(db, item!.seq, 'S-0001', now())).toBe(1)
    // The comment behind it now goes through.
    const after = await h.core.context.sync.start().done
    expect(after.pushed).toBe(1)
    expect(h.sim.control.stats().commentsAdded[id!]).toBe(1)
    expect(outboxStates(db)).toEqual({ discarded: 1, done: 1 })
  })

  it('registers a walk-in offline, replaces the local id everywhere, and sends its attendance after it', async () => {
    h = await startHarness()
    await h.sync()
    const { db } = h.core.context
    // A session with a free seat, so the walk-in is registered (not waitlisted) and its attendance can follow.
    const [sessionId] = idsWhere(
      db,
      `SELECT s.id FROM reemployment_sessions s
       WHERE s.kind = 'education' AND s.status = 'open'
         AND s.capacity > (SELECT count(*) FROM reemployment_registrations r WHERE r.session_id = s.id AND r.status = 'registered')
       ORDER BY s.starts_at, s.id LIMIT 1`
    )
    expect(sessionId).toBeDefined()
    const clientRef = crypto.randomUUID()
    const walkIn = enqueueWrite(db, walkInOp, {body: { session_id: sessionId!, person: { name: '홍길동', birth_year: 1966, phone: '010-2345-6789' }, client_ref: clientRef },
      actorId: 'S-0001',
      now: now()
    })
    expect(walkIn.recordId).toBe(`local-${clientRef}`)
    const local = walkIn.view as ReemploymentRegistration
    // Until the portal answers with the member id, the walk-in's local id stands in for it.
    expect(local.person).toEqual({ id: `local-${clientRef}`, name: '홍*동', birth_year: 1966, phone: '010-****-6789', phone_last4: '6789' })
    // No unmasked value anywhere in the cache's record tables.
    expect(JSON.stringify(db.prepare(`SELECT * FROM reemployment_registrations`).all())).not.toContain('홍길동')
    expect(local.status).toBe('registered')
    enqueueWrite(db, attendanceOp, {recordId: walkIn.recordId, body: { status: 'present', checked_at: '2026-12-09T14:05:00+09:00' }, actorId: 'S-0001', now: now() })
    const summary = await h.core.context.sync.start().done
    expect(summary.error).toBeNull()
    const stats = h.sim.control.stats()
    expect(stats.walkIns[clientRef]).toHaveLength(1)
    const serverId = stats.walkIns[clientRef]![0]!
    expect(idsWhere(db, `SELECT id FROM reemployment_registrations WHERE client_ref = ?`, clientRef)).toEqual([serverId])
    expect(idsWhere(db, `SELECT record_id AS id FROM outbox`).every((rid) => rid === serverId)).toBe(true)
    // After sending, the outbox no longer holds the full name or phone.
    expect(JSON.stringify(db.prepare(`SELECT body FROM outbox`).all())).not.toMatch(/홍길동|2345-6789/)
    const server = h.sim.control.record('reemployment-registrations', serverId) as ReemploymentRegistration
    expect(server.status).toBe('registered')
    expect(server.attendance).toMatchObject({ status: 'present', checked_at: '2026-12-09T14:05:00+09:00' })
  })

  it('keeps pending local writes through a cursor expiry in the middle of a pull', async () => {
    h = await startHarness({ scale: 300 })
    await h.sync()
    const { db, session } = h.core.context
    const [approveId] = idsWhere(db, `SELECT id FROM attractive_jobs WHERE status = 'in_review' ORDER BY id LIMIT 1`)
    const [goneId] = idsWhere(db, `SELECT id FROM attractive_jobs WHERE status = 'submitted' ORDER BY id LIMIT 1`)
    enqueueWrite(db, reviewOp, {recordId: approveId!, body: { action: 'approve' }, actorId: 'S-0001', now: now() })
    enqueueWrite(db, commentOp, {recordId: goneId!, body: { body: '삭제 전 의견' }, actorId: 'S-0001', now: now() })
    // Other staff edit 40 other records (not these two: that would be a conflict, tested elsewhere).
    const others = idsWhere(db, `SELECT id FROM attractive_jobs WHERE id NOT IN (?, ?) ORDER BY id DESC LIMIT 40`, approveId, goneId)
    for (const id of others) h.sim.control.otherStaffEdit('attractive-jobs', 1, id)
    let pages = 0
    const result = await pullCollection(
      {
        db,
        client: session.requireClient(),
        pageSize: 10,
        overlay: overlayPending,
        onProgress: () => {
          pages += 1
          if (pages === 2) {
            // Deleted while the feed restarts from the beginning: the full pull simply no longer returns it.
            h.sim.control.deleteRecord('attractive-jobs', goneId!)
            h.sim.control.expireCursors()
          }
        }
      },
      'attractive-jobs'
    )
    expect(result.restarts).toBe(1)
    expect(attractiveJobsTable.getView(db, approveId!)!.status).toBe('approved')
    expect(attractiveJobsTable.getView(db, goneId!)).toBeDefined()
    expect(outboxStates(db)).toEqual({ pending: 2 })
    const summary = await h.core.context.sync.start().done
    expect(summary.pushed).toBe(1)
    expect(summary.rejected).toBe(1)
    expect(listInbox(db, 'S-0001').map((i) => i.recordId)).toEqual([goneId])
    expect((h.sim.control.record('attractive-jobs', approveId!) as AttractiveJob).status).toBe('approved')
  })

  it('sends writes queued while the portal was down once it is back (same data, same port)', async () => {
    const dbFile = `${(await import('node:os')).tmpdir()}/sim-${crypto.randomUUID()}.sqlite`
    h = await startHarness({ dbPath: dbFile })
    await h.sync()
    const { db } = h.core.context
    const [id] = idsWhere(db, `SELECT id FROM attractive_jobs WHERE status = 'in_review' LIMIT 1`)
    const port = h.sim.port
    await h.sim.close()
    enqueueWrite(db, reviewOp, {recordId: id!, body: { action: 'approve' }, actorId: 'S-0001', now: now() })
    const offline = await h.core.context.sync.start().done
    expect(offline.error?.code).toBe('portal_unreachable')
    expect(outboxStates(db)).toEqual({ pending: 1 })
    h.sim = await startPortalSimulator({ port, dbPath: dbFile })
    await h.signIn()
    const online = await h.core.context.sync.start().done
    expect(online).toMatchObject({ pushed: 1, error: null })
    expect((h.sim.control.record('attractive-jobs', id!) as AttractiveJob).status).toBe('approved')
  })
})

async function startOtherReviewer(h: SimHarness, id: string): Promise<string> {
  const base = `${h.sim.url}/admin/v1`
  const token = (await (await fetch(`${base}/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'password', username: 'reviewer', password: 'demo' }) })).json()) as { access_token: string }
  const current = (await (await fetch(`${base}/attractive-jobs/${id}`, { headers: { authorization: `Bearer ${token.access_token}` } })).json()) as AttractiveJob
  const response = await fetch(`${base}/attractive-jobs/${id}/review`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json', 'if-match': `"${current.version}"`, 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ action: 'start_review' })
  })
  return ((await response.json()) as AttractiveJob).status
}
