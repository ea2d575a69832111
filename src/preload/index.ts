import { contextBridge, ipcRenderer } from 'electron'
import { buildWindowApi, type WindowApi } from '../shared/ipc/api'

// Only `window.api` crosses the bridge: one function per contract channel, never ipcRenderer itself.
const api: WindowApi = buildWindowApi((channel, input) => ipcRenderer.invoke(channel, input))
contextBridge.exposeInMainWorld('api', api)
