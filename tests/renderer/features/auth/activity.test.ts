import { describe, expect, it } from 'vitest'
import { ACTIVITY_REPORT_INTERVAL_MS, ActivityThrottle, isLockShortcut } from '../../../../src/renderer/src/features/auth/activity'

const key = (over: Partial<Parameters<typeof isLockShortcut>[0]> = {}) => ({
  code: 'KeyL',
  ctrlKey: true,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  ...over
})

describe('activity reporting', () => {
  it('reports the first input, then at most once per 30 s while input goes on', () => {
    expect(ACTIVITY_REPORT_INTERVAL_MS).toBe(30_000)
    const throttle = new ActivityThrottle()
    const start = 1_000_000
    const reported: number[] = []
    // An input every 100 ms for two minutes.
    for (let t = start; t <= start + 120_000; t += 100) if (throttle.shouldReport(t)) reported.push(t - start)
    expect(reported).toEqual([0, 30_000, 60_000, 90_000, 120_000])
  })

  it('after a quiet spell the next input is reported at once; a clock set back does not silence it', () => {
    const throttle = new ActivityThrottle()
    expect(throttle.shouldReport(0)).toBe(true)
    expect(throttle.shouldReport(29_999)).toBe(false)
    expect(throttle.shouldReport(600_000)).toBe(true)
    expect(throttle.shouldReport(500_000)).toBe(true)
  })

  it('Ctrl+L locks whatever the input language (the key position counts), not with Alt or Shift or mid-composition', () => {
    expect(isLockShortcut(key())).toBe(true)
    expect(isLockShortcut(key({ ctrlKey: false, metaKey: true }))).toBe(true)
    expect(isLockShortcut(key({ ctrlKey: false }))).toBe(false)
    expect(isLockShortcut(key({ shiftKey: true }))).toBe(false)
    expect(isLockShortcut(key({ altKey: true }))).toBe(false)
    expect(isLockShortcut(key({ isComposing: true }))).toBe(false)
    expect(isLockShortcut(key({ code: 'KeyK' }))).toBe(false)
  })
})
