import { parseAppEvent, type AppEventName, type AppEventPayload, type AppEventsBridge } from '../../../shared/ipc/events'

/** Where main's events come from. The default is the preload's `window.api.events`. */
export type AppEventSource = AppEventsBridge

const preloadSource: AppEventSource = {
  on(name, handler) {
    const events = (window as { api?: { events?: AppEventsBridge } }).api?.events
    // Outside Electron (a plain browser) nothing sends events: listening is a no-op, not an error.
    return events ? events.on(name, handler) : () => undefined
  }
}

let source: AppEventSource = preloadSource

/** Swaps the event source (the e2e harness). Returns a function that restores the previous one. */
export function setAppEventSource(next: AppEventSource): () => void {
  const previous = source
  source = next
  return () => {
    source = previous
  }
}

/**
 * Calls `handler` with each `name` event whose payload fits its schema (src/shared/ipc/events.ts);
 * anything else is dropped. Returns the unsubscribe.
 */
export function onAppEvent<N extends AppEventName>(name: N, handler: (payload: AppEventPayload<N>) => void): () => void {
  return source.on(name, (raw) => {
    const payload = parseAppEvent(name, raw)
    if (payload !== null) handler(payload)
  })
}
