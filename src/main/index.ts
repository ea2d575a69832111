import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, session, shell } from 'electron'
import { startApp, type StartedApp } from './app/startup'
import { closeElectronLogIpc, registerIpc } from './electron/ipc'
import { quitOnStartupFailure, safeStorageSealer } from './electron/cacheKey'
import { createMainWindow, guardWebContents } from './electron/window'
import { installApplicationMenu } from './electron/menu'
import { electronFileDialogs } from './electron/dialogs'
import { applyProxySettings, electronPortalFetch } from './electron/network'
import { pointedDataDir, resolveDataDir } from './core/dataDir'
import { syncIntervalMinutes } from './core/appSettings'
import { settleDataDir, type PreparedDataDir } from './shell/dataDirMove'
import { devicePermissionHandler, permissionCheckHandler, permissionRequestHandler } from './shell/permissions'
import { chooseRenderer, isAppResourceUrl } from './shell/renderer'
import { cliArgvOf } from './shell/cliArgs'
import { runCliMode } from './electron/cliMode'
import { setUpLogging } from './electron/logging'
// Built as its own file by electron-vite; feed pages are decoded there while main writes SQLite.
import decodeWorkerPath from './sync/decodeWorker?modulePath'
// Likewise its own file: WAL checkpoints run there while a sync writes.
import checkpointWorkerPath from './db/checkpointWorker?modulePath'

// Thin on purpose: everything below the window lives in ./core and runs in plain Node as well.
// The data folder: LocalAppData on Windows, never Roaming (roaming profiles copy it to a server).
// Chromium's profile and the logs go there too; set before anything (the instance lock included) uses it.
const dataDirs = resolveDataDir({ platform: process.platform, env: process.env, homeDir: homedir(), appDataPath: app.getPath('appData') })
app.setPath('userData', dataDirs.dir)
app.setAppLogsPath(join(dataDirs.dir, 'logs'))
// The taskbar groups the window and its notifications under the installer's shortcut only with the same id
// (electron-builder.yml appId); without it Windows shows them as a separate app.
if (process.platform === 'win32') app.setAppUserModelId('kr.go.seoul.jobs.desk')
// `SeoulJobsDesk.exe --cli …` (electron/cliMode.ts): headless, and it never asks for the instance lock,
// so it runs beside an open window and a window started during a scheduled sync is not refused.
const cliArgv = cliArgvOf(process.argv, app.isPackaged)
const primaryInstance = cliArgv === null && app.requestSingleInstanceLock()
if (cliArgv === null && !primaryInstance) app.quit()
// Once, by the instance that holds the lock: an older cache moves out of Roaming AppData (copy, then remove).
const storage: PreparedDataDir = primaryInstance ? settleDataDir(dataDirs) : { dataDir: pointedDataDir(dataDirs.dir), move: { kind: 'none', reason: 'same_folder' } }

// electron-log without its preload and without its IPC listeners, every line masked, the file rotated (electron/logging.ts).
const appLog = setUpLogging()
closeElectronLogIpc()
if (storage.move.kind !== 'none') appLog(storage.move.kind === 'failed' ? 'error' : 'info', 'data folder move from Roaming AppData', storage.move)
if (storage.chosenMove) appLog(storage.chosenMove.kind === 'failed' ? 'error' : 'info', 'data folder move chosen in 설정', storage.chosenMove)

// What the window loads, and so what counts as the app's own page (ELECTRON_RENDERER_URL only when not packaged).
const renderer = chooseRenderer({ packaged: app.isPackaged, env: process.env, indexFile: join(__dirname, '../renderer/index.html'), platform: process.platform })
let started: StartedApp | null = null

// Every webContents (the main window's included): no navigation away, no new windows, no <webview>.
app.on('web-contents-created', (_event, contents) => guardWebContents(contents, renderer, () => started?.core.context.session.portalUrl ?? null))

if (cliArgv) runCliMode(cliArgv, { decodeWorker: { file: decodeWorkerPath }, checkpointWorker: { file: checkpointWorkerPath }, log: appLog })
else app.whenReady().then(async () => {
  // Camera, microphone, notifications, clipboard, devices…: refused (fullscreen only for the app's page).
  session.defaultSession.setPermissionRequestHandler(permissionRequestHandler(renderer))
  session.defaultSession.setPermissionCheckHandler(permissionCheckHandler(renderer))
  session.defaultSession.setDevicePermissionHandler(devicePermissionHandler)
  // The page loads its own bundle and nothing else: no other file on the PC, no network.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const cancel = !isAppResourceUrl(details.url, renderer)
    if (cancel) appLog('warn', 'renderer request blocked', { url: details.url.slice(0, 200) })
    callback({ cancel })
  })
  started = await startApp({
    dataDir: storage.dataDir,
    packaged: app.isPackaged,
    appVersion: app.getVersion(),
    decodeWorker: { file: decodeWorkerPath },
    checkpointWorker: { file: checkpointWorkerPath },
    keySealer: safeStorageSealer,
    dialogs: electronFileDialogs,
    // The portal through Chromium's network stack, with 설정's proxy (at start and on every change).
    portalFetch: electronPortalFetch,
    onProxySettings: (proxy) => applyProxySettings(proxy, appLog),
    // 데이터 폴더 (data-location.json stays in the default folder) and 진단 정보's log folder.
    dataHome: dataDirs.dir,
    logDir: app.getPath('logs'),
    openPath: (path) => shell.openPath(path),
    log: appLog
  })
  registerIpc(started.core.dispatch, renderer, appLog)
  // Offline-first: queued work goes out every few minutes when the portal is reachable (and at once on a write).
  started.core.context.sync.startAutoSync(syncIntervalMinutes(started.core.context.db) * 60_000)
  installApplicationMenu({ packaged: app.isPackaged, log: appLog })
  createMainWindow({ renderer, packaged: app.isPackaged, dataDir: storage.dataDir, log: appLog })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow({ renderer, packaged: app.isPackaged, dataDir: storage.dataDir, log: appLog })
  })
}).catch((error: unknown) => quitOnStartupFailure(error, appLog))

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
