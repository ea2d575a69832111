import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildWindowApi, type WindowApi } from '../shared/ipc/api'
import { buildEventsBridge, type AppEventsBridge } from '../shared/ipc/events'

// Only `window.api` crosses the bridge: one function per contract channel, never ipcRenderer itself.
const api: WindowApi = buildWindowApi((channel, input) => ipcRenderer.invoke(channel, input))
// Main → renderer events (the menu): only the names of src/shared/ipc/events.ts, and only the payload —
// the IpcRendererEvent (with its sender) never reaches the page.
const events: AppEventsBridge = buildEventsBridge((channel, handler) => {
  const listener = (_event: IpcRendererEvent, payload: unknown): void => handler(payload)
  ipcRenderer.on(channel, listener)
  return () => {
    ipcRenderer.removeListener(channel, listener)
  }
})
contextBridge.exposeInMainWorld('api', { ...api, events })
