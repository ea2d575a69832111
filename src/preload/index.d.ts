import type { WindowApi } from '../shared/ipc/api'

declare global {
  interface Window {
    /** Exposed by the preload through contextBridge; built from the IPC contract (see src/shared/ipc/api.ts). */
    api: WindowApi
  }
}

export {}
