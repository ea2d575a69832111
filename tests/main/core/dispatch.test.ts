import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { CHANNELS } from '../../../src/shared/ipc/contract'
import { makeTempDir } from '../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../cacheKey'
import { rememberAccount } from '../../helpers/offlineAccount'

const MANAGER = { id: 'S-0001', name: '김민준', department: '일자리정책과', roles: ['manager' as const] }

describe('core/dispatch (IPC validation at the main boundary)', () => {
  let dir: ReturnType<typeof makeTempDir>
  let core: Core
  beforeEach(async () => {
    dir = makeTempDir()
    core = await createCore({ cacheKey: TEST_CACHE_KEY, dataDir: dir.path, log: () => undefined })
  })
  afterEach(() => {
    core.close()
    dir.remove()
  })

  /** A manager who signed in online on this PC before, now working offline. */
  async function signedInOffline(): Promise<void> {
    await rememberAccount(core.context.db, 'manager', MANAGER)
    const result = await core.dispatch('auth:continueOffline', { username: 'manager', password: 'demo' })
    expect(result.ok).toBe(true)
  }

  it('answers every channel with an IpcResult and never throws, whatever the payload', async () => {
    const payloads: unknown[] = [undefined, null, 42, 'text', [], { unexpected: true }, { page: -1 }, { id: 7 }, { __proto__: { polluted: 1 } }]
    for (const channel of CHANNELS) {
      for (const payload of payloads) {
        const result = await core.dispatch(channel, payload)
        expect(typeof result.ok).toBe('boolean')
        if (!result.ok) {
          expect(result.error.code).toMatch(/^[a-z_]+$/)
          expect(result.error.message.length).toBeGreaterThan(0)
        }
      }
    }
  })

  it('rejects a malformed payload with validation_failed, a Korean message and the issues', async () => {
    await signedInOffline()
    const result = await core.dispatch('attractiveJobs:list', { page: 0, pageSize: 10_000, filter: { statuses: ['bogus'] } })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('validation_failed')
    // Each field by the name the screens use, with a plain reason; the paths only in the detail.
    expect(result.error.message).toBe(
      '입력한 내용을 확인하세요 — 쪽 번호: 1 이상이어야 합니다; 한 쪽 건수: 500 이하여야 합니다; 상태: 허용되지 않는 값입니다 (받은 값: bogus).'
    )
    expect(result.error.issues?.map((i) => [i.path, i.label])).toEqual([
      ['page', '쪽 번호'],
      ['pageSize', '한 쪽 건수'],
      ['filter.statuses.0', '상태']
    ])
    for (const issue of result.error.issues ?? []) expect(issue.message).toMatch(/[가-힣]/)
    expect(result.error.detail).toContain('filter.statuses.0: 허용되지 않는 값입니다')
  })

  it('rejects an unknown channel, including prototype names', async () => {
    for (const channel of ['nope:nothing', 'constructor', '__proto__', 'toString']) {
      const result = await core.dispatch(channel, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    }
  })

  it('answers a well-formed call with ok and a value that matches the output schema', async () => {
    await signedInOffline()
    const result = await core.dispatch('attractiveJobs:list', { filter: { search: '돌봄' } })
    expect(result).toEqual({ ok: true, value: { rows: [], total: 0, page: 1, pageSize: 50, statusCounts: {} } })
  })

  it('reports a missing cached record as not_found in Korean', async () => {
    await signedInOffline()
    const result = await core.dispatch('attractiveJobs:get', { id: 'AJ-NOPE' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('캐시에 없습니다') } })
  })

  it('answers a read before anyone signed in with not_signed_in, and runs no handler', async () => {
    for (const channel of ['attractiveJobs:list', 'reemployment:sessions', 'cache:status', 'outbox:counts', 'outbox:pending', 'settings:get']) {
      const result = await core.dispatch(channel, {})
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'not_signed_in', message: '로그인이 필요합니다. 로그인한 뒤 다시 시도하세요.' } })
    }
  })

  it('refuses an input past the size ceilings before parsing it', async () => {
    await signedInOffline()
    const deep: Record<string, unknown> = {}
    let node = deep
    for (let i = 0; i < 40; i += 1) node = (node.next = {}) as Record<string, unknown>
    for (const input of [{ filter: { search: 'x'.repeat(30_000) } }, { filter: deep }, { ids: Array.from({ length: 60_000 }, (_, i) => i) }]) {
      expect(await core.dispatch('attractiveJobs:list', input)).toMatchObject({ ok: false, error: { code: 'validation_failed', message: expect.stringContaining('요청이 너무 큽니다') } })
    }
  })

  it('refuses to sync before sign-in with not_signed_in', async () => {
    const result = await core.dispatch('sync:start', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'not_signed_in' } })
  })

  it('cannot continue offline on a PC where nobody ever signed in', async () => {
    const result = await core.dispatch('auth:continueOffline', { username: 'manager', password: 'demo' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_signed_in', message: expect.stringContaining('온라인 로그인한 적이 없어') } })
  })

  it('rejects a sign-in to a portal URL that is not a URL', async () => {
    const result = await core.dispatch('auth:signIn', { username: 'manager', password: 'demo', portalUrl: 'not a url' })
    expect(result).toMatchObject({ ok: false, error: { code: 'validation_failed' } })
  })

  it('reports an unreachable portal in Korean without touching the cache', async () => {
    const result = await core.dispatch('auth:signIn', { username: 'manager', password: 'demo', portalUrl: 'http://127.0.0.1:9' })
    expect(result).toMatchObject({ ok: false, error: { code: 'portal_unreachable', message: expect.stringContaining('포털에 연결할 수 없습니다') } })
  })
})
