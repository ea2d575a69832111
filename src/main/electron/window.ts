import { join } from 'node:path'
import { BrowserWindow, shell, type WebContents } from 'electron'
import icon from '../../../resources/icon.png?asset'
import { decideWindowOpen, isNavigationAllowed } from '../shell/navigation'
import type { RendererSource } from '../shell/renderer'
import { mainWindowWebPreferences } from '../shell/webPreferences'

/** The one app window. What it may do is decided in ../shell (plain functions, tested in Node). */
export function createMainWindow(options: { renderer: RendererSource; packaged: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: '서울시 일자리포털 업무도구',
    // The packaged .exe gets its icon from electron-builder; this one is the window's (taskbar in dev).
    icon,
    autoHideMenuBar: true,
    webPreferences: mainWindowWebPreferences({ preload: join(__dirname, '../preload/index.js'), packaged: options.packaged })
  })
  window.once('ready-to-show', () => window.show())
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
