import { afterEach, describe, expect, it } from 'vitest'
import type { PendingWrite } from '../../../src/shared/ipc/outboxViews'
import type { CacheStatus } from '../../../src/shared/ipc/views'
import type { IpcResult } from '../../../src/shared/ipc/result'
import { TEST_CACHE_KEY } from '../../cacheKey'
import { startHarness, type SimHarness } from '../../helpers/sim'

function failure(result: IpcResult<unknown>) {
  if (result.ok) throw new Error('expected a failure')
  return result.error
}

describe('two staff members on one PC: what each sees, and whose token sends what', () => {
  let h: SimHarness
  afterEach(async () => h?.close())

  it('a coordinator after a manager sees no 매력일자리, and the manager’s queued review waits for the manager', async () => {
    h = await startHarness({ scale: 30 }, { cacheKey: TEST_CACHE_KEY })
    await h.call('auth:signIn', { username: 'manager', password: 'demo' })
    await h.core.context.sync.start().done
    const { rows } = await h.call<{ rows: { id: string; status: string }[] }>('attractiveJobs:list', { filter: { statuses: ['submitted'] } })
    const target = rows[0]!.id
    await h.call('attractiveJobs:review', { id: target, action: 'start_review' })
    const managerCounts = await h.call<CacheStatus>('cache:status', {})
    expect(managerCounts.collections['attractive-jobs']!.count).toBeGreaterThan(1)
    await h.call('auth:signOut', {})

    await h.call('auth:signIn', { username: 'coordinator', password: 'demo' })
    // What the coordinator's roles do not cover has left the cache, but the record with the queued write.
    const counts = await h.call<CacheStatus>('cache:status', {})
    expect(counts.collections['attractive-jobs']).toMatchObject({ count: 1, last_pulled_at: null })
    expect(counts.collections['sme-applications']!.count).toBe(0)
    expect(failure(await h.core.dispatch('attractiveJobs:list', {})).code).toBe('forbidden')
    expect(failure(await h.core.dispatch('attractiveJobs:get', { id: target })).code).toBe('forbidden')
    expect(failure(await h.core.dispatch('records:summaries', { collection: 'attractive-jobs' })).code).toBe('forbidden')
    expect(failure(await h.core.dispatch('records:refresh', { collection: 'attractive-jobs', id: target })).code).toBe('forbidden')
    expect((await h.core.dispatch('records:summaries', { collection: 'reemployment-sessions' })).ok).toBe(true)

    const summary = await h.core.context.sync.start().done
    expect(summary.error).toBeNull()
    expect(summary.pushed).toBe(0)
    expect((h.sim.control.record('attractive-jobs', target) as { status: string }).status).toBe('submitted')
    const pending = await h.call<PendingWrite[]>('outbox:pending', {})
    expect(pending).toEqual([
      expect.objectContaining({ actorId: 'S-0001', waitingForAuthor: true, recordId: '', recordTitle: '다른 업무의 작업', intent: '' })
    ])
    await h.call('auth:signOut', {})

    // The manager again: a full pull brings 매력일자리 back, and the review goes out once, under the manager's token.
    await h.call('auth:signIn', { username: 'manager', password: 'demo' })
    const back = await h.core.context.sync.start().done
    expect(back.error).toBeNull()
    expect(back.pushed).toBe(1)
    expect((h.sim.control.record('attractive-jobs', target) as { status: string }).status).toBe('in_review')
    expect(await h.call<PendingWrite[]>('outbox:pending', {})).toEqual([])
    const again = await h.call<CacheStatus>('cache:status', {})
    expect(again.collections['attractive-jobs']!.count).toBe(managerCounts.collections['attractive-jobs']!.count)
  })

  it('a write queued offline by one staff member is not sent when another signs in online', async () => {
    h = await startHarness({ scale: 30 }, { cacheKey: TEST_CACHE_KEY })
    await h.call('auth:signIn', { username: 'reviewer', password: 'demo' })
    await h.core.context.sync.start().done
    await h.call('auth:signIn', { username: 'manager', password: 'demo' })
    await h.core.context.sync.start().done
    await h.call('auth:signOut', {})
    await h.call('auth:continueOffline', { username: 'reviewer', password: 'demo' })
    const { rows } = await h.call<{ rows: { id: string }[] }>('attractiveJobs:list', { filter: { statuses: ['submitted'] } })
    await h.call('attractiveJobs:review', { id: rows[0]!.id, action: 'start_review' })
    await h.call('auth:signOut', {})

    await h.call('auth:signIn', { username: 'manager', password: 'demo' })
    expect((await h.core.context.sync.start().done).pushed).toBe(0)
    const [waiting] = await h.call<PendingWrite[]>('outbox:pending', {})
    // The manager's roles cover the record: they see what waits, and that it waits for its author.
    expect(waiting).toMatchObject({ actorId: 'S-0007', waitingForAuthor: true, recordId: rows[0]!.id })
    await h.call('auth:signOut', {})
    await h.call('auth:signIn', { username: 'reviewer', password: 'demo' })
    expect((await h.core.context.sync.start().done).pushed).toBe(1)
  })
})
