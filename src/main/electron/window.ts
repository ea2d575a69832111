import { join } from 'node:path'
import { BrowserWindow, screen, shell, type WebContents } from 'electron'
import icon from '../../../resources/icon.png?asset'
import { decideWindowOpen, isNavigationAllowed } from '../shell/navigation'
import type { RendererSource } from '../shell/renderer'
import { mainWindowWebPreferences } from '../shell/webPreferences'
import type { Logger } from '../core/log'
import { MIN_WINDOW_SIZE, readWindowState, restoreWindowState, writeWindowState } from '../shell/windowBounds'

/**
 * The one app window. What it may do is decided in ../shell (plain functions, tested in Node). It opens
 * where it was closed (window-state.json in the data folder), corrected onto the displays attached now.
 */
export function createMainWindow(options: { renderer: RendererSource; packaged: boolean; dataDir: string; log?: Logger }): BrowserWindow {
  // The primary display first: a window that fits on no display goes there.
  const primaryId = screen.getPrimaryDisplay().id
  const displays = screen.getAllDisplays().sort((a, b) => Number(b.id === primaryId) - Number(a.id === primaryId))
  const restored = restoreWindowState(readWindowState(options.dataDir), displays.map((display) => display.workArea))
  const window = new BrowserWindow({
    ...restored.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: '서울시 일자리포털 업무도구',
    // The packaged .exe gets its icon from electron-builder; this one is the window's (taskbar in dev).
    icon,
    autoHideMenuBar: true,
    webPreferences: mainWindowWebPreferences({ preload: join(__dirname, '../preload/index.js'), packaged: options.packaged })
  })
  window.once('ready-to-show', () => {
    if (restored.maximized) window.maximize()
    window.show()
  })
  // The normal rectangle even when maximized, so un-maximizing after the next start returns to it.
  const saveState = (): void => {
    try {
      writeWindowState(options.dataDir, { bounds: window.getNormalBounds(), maximized: window.isMaximized() })
    } catch (error) {
      options.log?.('warn', 'window state not saved', { error: error instanceof Error ? error.message : String(error) })
    }
  }
  // Saved when a move or resize ends (on Windows 'moved'/'resized' come once, at the end of the drag)
  // as well as on close: a PC switched off or an app ended from Task Manager keeps the last place too.
  window.on('moved', saveState)
  window.on('resized', saveState)
  window.on('maximize', saveState)
  window.on('unmaximize', saveState)
  window.on('close', saveState)
  if (options.renderer.kind === 'devServer') void window.loadURL(options.renderer.url)
  else void window.loadFile(options.renderer.indexFile)
  return window
}

/**
 * Applied to every webContents the app creates (app 'web-contents-created', the main window's
 * included): no navigation away from the app's page, no second window, no <webview>; a link to a
 * page of the configured https portal opens in the system browser, nothing else does.
 */
export function guardWebContents(contents: WebContents, renderer: RendererSource, portalUrl: () => string | null): void {
  const blockForeignNavigation = (event: { preventDefault(): void }, url: string): void => {
    if (!isNavigationAllowed(url, renderer)) event.preventDefault()
  }
  contents.on('will-navigate', (event) => blockForeignNavigation(event, event.url))
  contents.on('will-frame-navigate', (event) => blockForeignNavigation(event, event.url))
  contents.on('will-redirect', (event) => blockForeignNavigation(event, event.url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url, portalUrl())
    if (decision.openExternally) void shell.openExternal(decision.openExternally)
    return { action: decision.action }
  })
}
