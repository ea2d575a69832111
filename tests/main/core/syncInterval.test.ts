import { afterEach, describe, expect, it } from 'vitest'
import type { Settings, SyncStatus } from '../../../src/shared/ipc/views'
import type { IntervalScheduler } from '../../../src/main/core/syncService'
import { startHarness, type SimHarness } from '../../helpers/sim'

/** A scheduler the test advances by hand: each timer is its interval and its callback, until cancelled. */
function manualScheduler() {
  const timers = new Set<{ intervalMs: number; run: () => void }>()
  const scheduler: IntervalScheduler = {
    every(intervalMs, run) {
      const timer = { intervalMs, run }
      timers.add(timer)
      return { cancel: () => timers.delete(timer) }
    }
  }
  return { scheduler, intervals: () => [...timers].map((timer) => timer.intervalMs), fire: () => [...timers].forEach((timer) => timer.run()) }
}

describe('설정 동기화 간격: the running automatic sync follows a change at once', () => {
  let h: SimHarness | null = null
  afterEach(async () => {
    await h?.close()
    h = null
  })

  it('restarts the timer at the new interval, shows it in the status, and the timer starts a sync', async () => {
    const clock = manualScheduler()
    h = await startHarness({ scale: 5 }, { scheduler: clock.scheduler })
    await h.signIn()
    expect((await h.call<SyncStatus>('sync:status', {})).autoSyncMinutes).toBeNull()

    h.core.context.sync.startAutoSync(5 * 60_000)
    expect(clock.intervals()).toEqual([5 * 60_000])

    const saved = await h.call<Settings>('settings:update', { syncIntervalMinutes: 12 })
    expect(saved.syncIntervalMinutes).toBe(12)
    // The old timer is gone, one timer runs at the new interval.
    expect(clock.intervals()).toEqual([12 * 60_000])
    expect((await h.call<SyncStatus>('sync:status', {})).autoSyncMinutes).toBe(12)

    clock.fire()
    expect((await h.call<SyncStatus>('sync:status', {})).running).toBe(true)
  })

  it('starts no timer where none runs (the CLI) and refuses an interval out of range in Korean', async () => {
    const clock = manualScheduler()
    h = await startHarness({ scale: 5 }, { scheduler: clock.scheduler })
    await h.signIn()
    await h.call<Settings>('settings:update', { syncIntervalMinutes: 30 })
    expect(clock.intervals()).toEqual([])

    const refused = await h.core.dispatch('settings:update', { syncIntervalMinutes: 0 })
    expect(refused.ok).toBe(false)
    expect(refused.ok === false && refused.error.message).toMatch(/[가-힣]/)
    expect((await h.call<Settings>('settings:get', {})).syncIntervalMinutes).toBe(30)
  })
})
