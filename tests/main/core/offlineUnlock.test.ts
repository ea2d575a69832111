import { afterEach, describe, expect, it } from 'vitest'
import type { IpcResult } from '../../../src/shared/ipc/result'
import type { Session } from '../../../src/shared/ipc/views'
import { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from '../../../src/main/core/session'
import { listAudit } from '../../../src/main/db/repositories/auditLog'
import { TEST_CACHE_KEY } from '../../cacheKey'
import { startHarness, type SimHarness } from '../../helpers/sim'

function failure(result: IpcResult<unknown>) {
  if (result.ok) throw new Error('expected a failure')
  return result.error
}

/** A clock the test moves: the idle lock and the lockout read it. */
function testClock(start = '2026-12-03T09:00:00+09:00') {
  let at = Date.parse(start)
  return { now: () => new Date(at), advanceMinutes: (minutes: number) => (at += minutes * 60_000) }
}

describe('offline unlock, lockout and the idle lock', () => {
  let h: SimHarness
  afterEach(async () => h?.close())

  it('goes on offline only with the password verified at the last online sign-in, with the roles of then', async () => {
    const clock = testClock()
    h = await startHarness({ scale: 20 }, { now: clock.now, cacheKey: TEST_CACHE_KEY })
    expect(failure(await h.core.dispatch('auth:continueOffline', { username: 'coordinator', password: 'demo' })).code).toBe('not_signed_in')
    await h.call('auth:signIn', { username: 'coordinator', password: 'demo' })
    await h.call('auth:signOut', {})
    // A restart: nothing of the online session is left but the verifier.
    await h.restart({ now: clock.now, portalUrl: 'http://127.0.0.1:9', cacheKey: TEST_CACHE_KEY })
    const before = await h.call<Session>('auth:session', {})
    expect(before.staff).toBeNull()
    expect(before.offlineAccounts).toEqual([{ username: 'coordinator', staffId: 'S-0041', name: '정하은' }])

    const wrong = failure(await h.core.dispatch('auth:continueOffline', { username: 'coordinator', password: 'wrong' }))
    expect(wrong.code).toBe('offline_unlock_failed')
    expect(wrong.message).toContain(`${MAX_FAILED_ATTEMPTS - 1}번 더 틀리면`)
    expect(failure(await h.core.dispatch('reemployment:dashboard', {})).code).toBe('not_signed_in')

    const session = await h.call<Session>('auth:continueOffline', { username: 'Coordinator', password: 'demo' })
    expect(session).toMatchObject({ online: false, locked: false, staff: { id: 'S-0041', roles: ['reemployment_coordinator'] } })
    expect((await h.core.dispatch('reemployment:dashboard', {})).ok).toBe(true)
    expect(failure(await h.core.dispatch('attractiveJobs:dashboard', {})).code).toBe('forbidden')
    const kinds = listAudit(h.core.context.db).map((row) => row.action)
    expect(kinds).toEqual(expect.arrayContaining(['sign_in', 'sign_out', 'offline_unlock_failed', 'offline_unlock']))
  })

  it(`refuses offline use for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_ATTEMPTS} wrong passwords; an online sign-in ends it`, async () => {
    const clock = testClock()
    h = await startHarness({ scale: 20 }, { now: clock.now, cacheKey: TEST_CACHE_KEY })
    await h.call('auth:signIn', { username: 'reviewer', password: 'demo' })
    await h.call('auth:signOut', {})
    for (let attempt = 1; attempt < MAX_FAILED_ATTEMPTS; attempt += 1) {
      expect(failure(await h.core.dispatch('auth:continueOffline', { username: 'reviewer', password: `guess-${attempt}` })).code).toBe('offline_unlock_failed')
    }
    expect(failure(await h.core.dispatch('auth:continueOffline', { username: 'reviewer', password: 'guess-last' })).code).toBe('locked_out')
    // Locked out: even the right password is refused, and a restart does not reset the count.
    await h.restart({ now: clock.now, cacheKey: TEST_CACHE_KEY })
    expect(failure(await h.core.dispatch('auth:continueOffline', { username: 'reviewer', password: 'demo' })).code).toBe('locked_out')
    clock.advanceMinutes(LOCKOUT_MINUTES + 1)
    expect((await h.core.dispatch('auth:continueOffline', { username: 'reviewer', password: 'demo' })).ok).toBe(true)

    // Locked out again, then an online sign-in (the portal checked the password) clears it at once.
    await h.call('auth:signOut', {})
    for (let attempt = 0; attempt < MAX_FAILED_ATTEMPTS; attempt += 1) await h.core.dispatch('auth:continueOffline', { username: 'reviewer', password: 'x' })
    expect(failure(await h.core.dispatch('auth:continueOffline', { username: 'reviewer', password: 'demo' })).code).toBe('locked_out')
    await h.call('auth:signIn', { username: 'reviewer', password: 'demo' })
    await h.call('auth:signOut', {})
    expect((await h.core.dispatch('auth:continueOffline', { username: 'reviewer', password: 'demo' })).ok).toBe(true)
  })

  it('locks after the idle minutes and hides every read until the password; activity keeps it open', async () => {
    const clock = testClock()
    h = await startHarness({ scale: 20 }, { now: clock.now, cacheKey: TEST_CACHE_KEY })
    await h.call('auth:signIn', { username: 'manager', password: 'demo' })
    await h.call('settings:update', { idleLockMinutes: 10 })
    clock.advanceMinutes(9)
    await h.call('auth:activity', {})
    clock.advanceMinutes(9)
    expect((await h.core.dispatch('attractiveJobs:dashboard', {})).ok).toBe(true)
    // Polls are not activity: the lock comes ten minutes after the last input, whatever was asked since.
    clock.advanceMinutes(1)
    expect(failure(await h.core.dispatch('sync:status', {})).code).toBe('locked')
    expect(await h.call<Session>('auth:session', {})).toMatchObject({ locked: true, staff: { id: 'S-0001' } })
    for (const channel of ['attractiveJobs:list', 'cache:status', 'outbox:pending', 'reference:staff', 'settings:get']) {
      expect(failure(await h.core.dispatch(channel, {})).code, channel).toBe('locked')
    }
    expect(failure(await h.core.dispatch('auth:activity', {})).code).toBe('locked')
    expect(failure(await h.core.dispatch('auth:unlock', { password: 'wrong' })).code).toBe('unlock_failed')
    expect(await h.call<Session>('auth:unlock', { password: 'demo' })).toMatchObject({ locked: false })
    expect((await h.core.dispatch('attractiveJobs:dashboard', {})).ok).toBe(true)
    const kinds = listAudit(h.core.context.db).map((row) => row.action)
    expect(kinds).toEqual(expect.arrayContaining(['lock', 'unlock_failed', 'unlock', 'settings_change']))
  })

  it(`signs out after ${MAX_FAILED_ATTEMPTS} wrong passwords at the lock screen`, async () => {
    const clock = testClock()
    h = await startHarness({ scale: 20 }, { now: clock.now, cacheKey: TEST_CACHE_KEY })
    await h.call('auth:signIn', { username: 'screener', password: 'demo' })
    await h.call('auth:lock', {})
    for (let attempt = 1; attempt < MAX_FAILED_ATTEMPTS; attempt += 1) {
      expect(failure(await h.core.dispatch('auth:unlock', { password: 'nope' })).code).toBe('unlock_failed')
    }
    expect(failure(await h.core.dispatch('auth:unlock', { password: 'nope' })).code).toBe('locked_out')
    expect(await h.call<Session>('auth:session', {})).toMatchObject({ staff: null, locked: false })
  })
})
