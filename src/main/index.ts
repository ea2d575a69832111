import { app, BrowserWindow } from 'electron'
import log from 'electron-log/main'
import { startApp, type StartedApp } from './app/startup'
import { registerIpc } from './electron/ipc'
import { createMainWindow } from './electron/window'
// Built as its own file by electron-vite; feed pages are decoded there while main writes SQLite.
import decodeWorkerPath from './sync/decodeWorker?modulePath'
// Likewise its own file: WAL checkpoints run there while a sync writes.
import checkpointWorkerPath from './db/checkpointWorker?modulePath'

// Thin on purpose: everything below the window lives in ./core and runs in plain Node as well.
log.initialize()
let started: StartedApp | null = null

if (!app.requestSingleInstanceLock()) app.quit()

app.whenReady().then(async () => {
  started = await startApp({
    dataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    decodeWorker: { file: decodeWorkerPath },
    checkpointWorker: { file: checkpointWorkerPath },
    log: (level, message, meta) => log[level](message, meta ?? '')
  })
  registerIpc(started.core.dispatch)
  // Offline-first: queued work goes out every few minutes when the portal is reachable (and at once on a write).
  started.core.context.sync.startAutoSync(5 * 60_000)
  createMainWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
})

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows()
  if (window) {
    if (window.isMinimized()) window.restore()
    window.focus()
  }
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.on('will-quit', () => {
  void started?.close()
})
