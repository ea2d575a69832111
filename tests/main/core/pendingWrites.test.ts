import { afterEach, describe, expect, it } from 'vitest'
import type { AttractiveJobListResult } from '../../../src/shared/domains/attractive-jobs/views'
import type { InboxItem, PendingWrite } from '../../../src/shared/ipc/outboxViews'
import type { CacheStatus, OutboxCounts } from '../../../src/shared/ipc/views'
import { startHarness, type SimHarness } from '../../helpers/sim'
import { NETWORK_FAILURE_MESSAGES } from '../../../src/main/sync/errors'

describe('outbox:pending — why a queued write waits', () => {
  let h: SimHarness
  afterEach(async () => h?.close())

  it('a write behind a conflict of the same record names that conflict; other records are not held', async () => {
    h = await startHarness({ scale: 40 })
    await h.sync()
    const { rows } = await h.call<AttractiveJobListResult>('attractiveJobs:list', { pageSize: 2, filter: { statuses: ['in_review'] } })
    const [conflicted, other] = rows
    if (!conflicted || !other) throw new Error('two 검토중 records expected in the seed')

    await h.call('attractiveJobs:review', { id: conflicted.id, action: 'request_revision', reason: '예산 합계가 맞지 않습니다' })
    h.sim.control.otherStaffEdit('attractive-jobs', 1, conflicted.id)
    const summary = await h.sync()
    expect(summary.conflicts).toBe(1)
    const [parked] = await h.call<InboxItem[]>('inbox:list', {})
    expect(parked).toMatchObject({ recordId: conflicted.id, state: 'conflict' })

    await h.core.context.session.signOut()
    await h.call('auth:continueOffline', { username: 'manager', password: 'demo' })
    await h.call('attractiveJobs:comment', { id: conflicted.id, body: '충돌 뒤에 쓴 의견' })
    await h.call('attractiveJobs:comment', { id: other.id, body: '다른 자료의 의견' })

    const pending = await h.call<PendingWrite[]>('outbox:pending', {})
    const behind = pending.find((p) => p.recordId === conflicted.id)
    const free = pending.find((p) => p.recordId === other.id)
    expect(behind?.blockedBy).toEqual({ seq: parked!.seq, state: 'conflict' })
    expect(behind?.actorId).toBe('S-0001')
    expect(free?.blockedBy).toBeNull()

    // A sync sends the free one and holds the other, which still says why.
    await h.signIn()
    const next = await h.sync()
    expect(next.pushed).toBe(1)
    const still = await h.call<PendingWrite[]>('outbox:pending', {})
    expect(still.map((p) => [p.recordId, p.blockedBy?.state ?? null])).toEqual([[conflicted.id, 'conflict']])

    // Once the conflict is dealt with (my change discarded), nothing holds it back any more.
    await h.call('inbox:discard', { seq: parked!.seq })
    const freed = await h.call<PendingWrite[]>('outbox:pending', {})
    expect(freed).toHaveLength(1)
    expect(freed[0]!.blockedBy).toBeNull()
  })

  it('tells the last failed attempt in plain Korean, the raw error apart', async () => {
    h = await startHarness({ scale: 20 })
    await h.sync()
    const { rows } = await h.call<AttractiveJobListResult>('attractiveJobs:list', { pageSize: 1 })
    await h.call('attractiveJobs:comment', { id: rows[0]!.id, body: '나중에 보낼 의견' })
    await h.sim.close()
    const failed = await h.core.context.sync.start().done
    expect(failed.error?.code).toBe('portal_unreachable')
    const [write] = await h.call<PendingWrite[]>('outbox:pending', {})
    expect(write?.attempts).toBeGreaterThan(0)
    // Nothing listens at the portal's address: told as the portal being down, not as no network at all.
    expect(write?.lastError).toBe(NETWORK_FAILURE_MESSAGES.portal_down)
    expect(write?.lastErrorDetail).toMatch(/^unreachable: .*ECONNREFUSED/)
    expect(write?.blockedBy).toBeNull()
  })
})

describe('outbox:counts — the shell\'s 보낼 것 and 확인 필요', () => {
  let h: SimHarness
  afterEach(async () => h?.close())

  it('counts queued and parked writes as cache:status does, and follows a sync', async () => {
    h = await startHarness({ scale: 30 })
    await h.sync()
    expect(await h.call<OutboxCounts>('outbox:counts', {})).toEqual({ pending: 0, conflicts: 0, rejected: 0 })

    const { rows } = await h.call<AttractiveJobListResult>('attractiveJobs:list', { pageSize: 2, filter: { statuses: ['in_review'] } })
    const [conflicted, other] = rows
    if (!conflicted || !other) throw new Error('two 검토중 records expected in the seed')
    await h.call('attractiveJobs:review', { id: conflicted.id, action: 'request_revision', reason: '예산 합계가 맞지 않습니다' })
    await h.call('attractiveJobs:comment', { id: other.id, body: '보낼 의견' })
    expect(await h.call<OutboxCounts>('outbox:counts', {})).toEqual({ pending: 2, conflicts: 0, rejected: 0 })

    h.sim.control.otherStaffEdit('attractive-jobs', 1, conflicted.id)
    await h.sync()
    const counts = await h.call<OutboxCounts>('outbox:counts', {})
    expect(counts).toEqual({ pending: 0, conflicts: 1, rejected: 0 })
    expect(counts).toEqual((await h.call<CacheStatus>('cache:status', {})).outbox)
  })
})
