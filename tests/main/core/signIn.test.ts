import { afterEach, describe, expect, it } from 'vitest'
import { cacheStatus } from '../../../src/main/core/cacheStatus'
import type { IpcResult } from '../../../src/shared/ipc/result'
import type { SyncStatus } from '../../../src/shared/ipc/views'
import { startHarness, type SimHarness } from '../../helpers/sim'
import { NETWORK_FAILURE_MESSAGES } from '../../../src/main/sync/errors'
import { closedPort } from '../../helpers/network'

function failure(result: IpcResult<unknown>) {
  if (result.ok) throw new Error('expected a failure')
  return result.error
}

async function settled(h: SimHarness): Promise<SyncStatus> {
  const status = h.core.context.sync.status()
  if (!status.running) return status
  await h.core.context.sync.start().done
  return h.core.context.sync.status()
}

describe('sign-in through the core', () => {
  let h: SimHarness
  afterEach(async () => h?.close())

  it('a first wrong password says the username or password is wrong, not that a login expired', async () => {
    h = await startHarness({ scale: 20 })
    for (const attempt of [1, 2]) {
      const error = failure(await h.core.dispatch('auth:signIn', { username: 'manager', password: 'not-the-password' }))
      expect(error.code, `attempt ${attempt}`).toBe('invalid_credentials')
      expect(error.message).toContain('아이디 또는 비밀번호가 맞지 않습니다')
      expect(error.message).not.toMatch(/만료|올바르지 않거나/)
      expect(error.detail).toContain('HTTP 401 unauthorized')
    }
    expect(h.core.context.session.current().staff).toBeNull()
    const signedIn = await h.core.dispatch('auth:signIn', { username: 'manager', password: 'demo' })
    expect(signedIn).toMatchObject({ ok: true, value: { id: 'S-0001', name: '김민준' } })
  })

  it('an unknown username is told the same way (no hint which of the two was wrong)', async () => {
    h = await startHarness({ scale: 20 })
    const error = failure(await h.core.dispatch('auth:signIn', { username: 'nobody', password: 'demo' }))
    expect(error).toMatchObject({ code: 'invalid_credentials', message: expect.stringContaining('아이디 또는 비밀번호가 맞지 않습니다') })
  })

  it('a portal address that is not one says so with an example, on the 포털 주소 field', async () => {
    h = await startHarness({ scale: 20 })
    for (const portalUrl of ['job.seoul.go.kr', 'ftp://job.seoul.go.kr', 'https://']) {
      const error = failure(await h.core.dispatch('auth:signIn', { username: 'manager', password: 'demo', portalUrl }))
      expect(error.code, portalUrl).toBe('validation_failed')
      expect(error.issues).toEqual([{ path: 'portalUrl', label: '포털 주소', message: '포털 주소 형식이 올바르지 않습니다 (예: https://job.seoul.go.kr)' }])
      expect(error.message).toBe('입력한 내용을 확인하세요 — 포털 주소 형식이 올바르지 않습니다 (예: https://job.seoul.go.kr).')
    }
    await h.signIn()
    const saved = failure(await h.core.dispatch('settings:update', { portalUrl: '잘못된 주소' }))
    expect(saved.issues?.[0]).toMatchObject({ label: '포털 주소', message: '포털 주소 형식이 올바르지 않습니다 (예: https://job.seoul.go.kr)' })
  })

  it('an unreachable portal: a plain sentence for the person, the socket error in the detail and the log', async () => {
    const lines: string[] = []
    h = await startHarness({ scale: 20 }, { log: (_level, message) => lines.push(message) })
    const port = await closedPort()
    const error = failure(await h.core.dispatch('auth:signIn', { username: 'manager', password: 'demo', portalUrl: `http://127.0.0.1:${port}` }))
    expect(error.code).toBe('portal_unreachable')
    // Nothing listens there: the portal is down (no network at all is told apart).
    expect(error.message).toBe(NETWORK_FAILURE_MESSAGES.portal_down)
    expect(error.network).toBe('portal_down')
    expect(error.detail).toBeTruthy()
    expect(error.message).not.toContain(error.detail!)
    expect(lines.some((line) => line.includes('auth:signIn') && line.includes(error.detail!))).toBe(true)
  })

  it('the first sign-in on an empty cache starts the first sync at once and fills the cache', async () => {
    h = await startHarness({ scale: 30 })
    const result = await h.core.dispatch('auth:signIn', { username: 'manager', password: 'demo' })
    expect(result.ok).toBe(true)
    expect(h.core.context.sync.status().running).toBe(true)
    const status = await settled(h)
    expect(status.lastSummary?.error).toBeNull()
    expect(cacheStatus(h.core.context.db).collections['attractive-jobs']!.count).toBe(h.sim.control.stats().counts['attractive-jobs'].live)

    // Signing in again on a cache that has everything this person sees starts nothing.
    await h.core.dispatch('auth:signOut', {})
    await h.core.dispatch('auth:signIn', { username: 'manager', password: 'demo' })
    expect(h.core.context.sync.status().running).toBe(false)
  })

  it('a staff member whose roles cover a feed this cache never pulled gets a first sync of it', async () => {
    h = await startHarness({ scale: 30 })
    await h.core.dispatch('auth:signIn', { username: 'coordinator', password: 'demo' })
    await settled(h)
    expect(cacheStatus(h.core.context.db).collections['attractive-jobs']!.count).toBe(0)
    await h.core.dispatch('auth:signOut', {})
    await h.core.dispatch('auth:signIn', { username: 'reviewer', password: 'demo' })
    expect(h.core.context.sync.status().running).toBe(true)
    await settled(h)
    expect(cacheStatus(h.core.context.db).collections['attractive-jobs']!.count).toBeGreaterThan(0)
  })
})
