import type { WindowApi } from '../shared/ipc/api'
import type { AppEventsBridge } from '../shared/ipc/events'

declare global {
  interface Window {
    /**
     * Exposed by the preload through contextBridge; built from the IPC contract (see src/shared/ipc/api.ts),
     * plus `events` for what main sends unasked (src/shared/ipc/events.ts).
     */
    api: WindowApi & { events: AppEventsBridge }
  }
}

export {}
