import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { registrationStatusOp } from '../../../src/main/domains/reemployment/ops'
import { listInbox } from '../../../src/main/outbox/inbox'
import { enqueueWrite } from '../../../src/main/outbox/queue'
import type { ReemploymentRegistration } from '../../../src/shared/portal'
import { idsWhere, outboxStates } from '../../helpers/outbox'
import { startHarness, type SimHarness } from '../../helpers/sim'
import { makeTempDir } from '../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../cacheKey'

describe("outbox: an op's conflict policy", () => {
  let h: SimHarness
  let other: { core: Core; dir: ReturnType<typeof makeTempDir> } | null = null
  afterEach(async () => {
    other?.core.close()
    other?.dir.remove()
    other = null
    await h?.close()
  })

  /** A second PC on the same portal, signed in and synced. */
  async function secondPc(username: string): Promise<Core> {
    const dir = makeTempDir()
    const core = await createCore({ cacheKey: TEST_CACHE_KEY, dataDir: dir.path, portalUrl: h.sim.url, log: () => undefined })
    other = { core, dir }
    await core.context.session.signIn(username, 'demo')
    await core.context.sync.start().done
    return core
  }

  it('a status change the portal already shows (another coordinator did the same) is done, not a conflict', async () => {
    h = await startHarness()
    await h.sync()
    const { db } = h.core.context
    const [id] = idsWhere(db, `SELECT id FROM reemployment_registrations WHERE status = 'registered' ORDER BY id LIMIT 1`)
    expect(id).toBeDefined()
    const pc2 = await secondPc('coordinator')

    // Both cancel the same registration on the same version; the other PC's reaches the portal first.
    enqueueWrite(db, registrationStatusOp, { recordId: id!, body: { status: 'cancelled' }, actorId: 'S-0001', now: new Date() })
    enqueueWrite(pc2.context.db, registrationStatusOp, { recordId: id!, body: { status: 'cancelled' }, actorId: 'S-0041', now: new Date() })
    expect(await pc2.context.sync.start().done).toMatchObject({ pushed: 1, conflicts: 0, error: null })
    const afterOther = h.sim.control.record('reemployment-registrations', id!) as ReemploymentRegistration

    const summary = await h.core.context.sync.start().done
    expect(summary).toMatchObject({ pushed: 1, conflicts: 0, rejected: 0, error: null })
    expect(outboxStates(db)).toEqual({ done: 1 })
    expect(listInbox(db, 'S-0001')).toEqual([])
    // Nothing was written twice: the portal's copy is the other PC's, and the cache holds it.
    const server = h.sim.control.record('reemployment-registrations', id!) as ReemploymentRegistration
    expect(server.version).toBe(afterOther.version)
    expect(server.status).toBe('cancelled')
    expect(JSON.parse((db.prepare(`SELECT detail FROM audit_log WHERE action = 'synced:registration.status'`).get() as { detail: string }).detail)).toMatchObject({
      already_applied: true,
      version: server.version
    })
  })

  it('a different status on the portal is still a conflict for a person', async () => {
    h = await startHarness()
    await h.sync()
    const { db } = h.core.context
    const [id] = idsWhere(db, `SELECT id FROM reemployment_registrations WHERE status = 'registered' ORDER BY id LIMIT 1`)
    const pc2 = await secondPc('coordinator')
    enqueueWrite(db, registrationStatusOp, { recordId: id!, body: { status: 'waitlisted' }, actorId: 'S-0001', now: new Date() })
    enqueueWrite(pc2.context.db, registrationStatusOp, { recordId: id!, body: { status: 'cancelled' }, actorId: 'S-0041', now: new Date() })
    await pc2.context.sync.start().done

    const summary = await h.core.context.sync.start().done
    expect(summary).toMatchObject({ pushed: 0, conflicts: 1 })
    expect(listInbox(db, 'S-0001')).toMatchObject([{ recordId: id, state: 'conflict', intent: '상태 변경: 대기' }])
  })
})
