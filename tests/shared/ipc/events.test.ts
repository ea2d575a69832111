import { describe, expect, it } from 'vitest'
import { APP_EVENT_NAMES, appEventChannel, buildEventsBridge, parseAppEvent } from '../../../src/shared/ipc/events'
import { CHANNELS } from '../../../src/shared/ipc/contract'

describe('main → renderer events', () => {
  it('travel on channels no invoke channel uses', () => {
    const channels = APP_EVENT_NAMES.map(appEventChannel)
    for (const channel of channels) expect(CHANNELS as readonly string[]).not.toContain(channel)
  })

  it('parse only payloads that fit', () => {
    expect(parseAppEvent('menu:navigate', { to: '/settings' })).toEqual({ to: '/settings' })
    expect(parseAppEvent('menu:navigate', { to: 'https://evil.example/' })).toBeNull()
    expect(parseAppEvent('menu:command', { command: 'lock', extra: 1 })).toBeNull()
    expect(parseAppEvent('menu:command', null)).toBeNull()
  })

  it('the bridge listens only on known names and unsubscribes', () => {
    const listening = new Map<string, (payload: unknown) => void>()
    const bridge = buildEventsBridge((channel, handler) => {
      listening.set(channel, handler)
      return () => listening.delete(channel)
    })
    const got: unknown[] = []
    const off = bridge.on('menu:command', (payload) => got.push(payload))
    listening.get(appEventChannel('menu:command'))?.({ command: 'about' })
    expect(got).toEqual([{ command: 'about' }])
    off()
    expect(listening.size).toBe(0)
    expect(() => bridge.on('auth:signIn' as never, () => undefined)).toThrow(/unknown app event/)
  })
})
