import { setAppEventSource, type AppEventSource } from '../../../src/renderer/src/api'
import { isAppEventName } from '../../../src/shared/ipc/events'
import { APP_EVENT_EMIT } from '../../e2e/harness/binding'

type Handler = (payload: unknown) => void
const listeners = new Map<string, Set<Handler>>()

/**
 * Main's events (the application menu) come from the test instead of Electron: the spec calls
 * `window[APP_EVENT_EMIT](name, payload)` and every listener of that name gets the payload unparsed,
 * as from the preload — so the renderer's own schema check runs too.
 */
const testSource: AppEventSource = {
  on(name, handler) {
    const set = listeners.get(name) ?? new Set<Handler>()
    listeners.set(name, set)
    set.add(handler)
    return () => {
      set.delete(handler)
    }
  }
}

Object.defineProperty(window, APP_EVENT_EMIT, {
  value: (name: string, payload: unknown): number => {
    if (!isAppEventName(name)) throw new Error(`unknown app event: ${name}`)
    const set = listeners.get(name) ?? new Set<Handler>()
    for (const handler of set) handler(payload)
    return set.size
  }
})

setAppEventSource(testSource)
