import { app, BrowserWindow, Menu, shell, type MenuItemConstructorOptions } from 'electron'
import { appEventChannel, type AppEvent } from '../../shared/ipc/events'
import type { Logger } from '../core/log'
import { applicationMenu, isSeparator, type MainAction, type MenuEntry } from '../shell/menu'

type Log = Logger

/** Sends a menu's event to the app window (the one window; the focused one should there ever be more). */
function sendToWindow(event: AppEvent): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.webContents.send(appEventChannel(event.name), event.payload)
}

function runMainAction(action: MainAction, log: Log): void {
  switch (action) {
    case 'openLogFolder': {
      const folder = app.getPath('logs')
      // openPath answers an error text instead of throwing.
      void shell.openPath(folder).then((failure) => {
        if (failure) log('warn', 'log folder could not be opened', { folder, failure })
      })
      return
    }
  }
}

function toElectron(entry: MenuEntry, log: Log): MenuItemConstructorOptions {
  if (isSeparator(entry)) return { type: 'separator' }
  const { event, action } = entry
  return {
    label: entry.label,
    ...(entry.role ? { role: entry.role } : {}),
    ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
    ...(entry.registerAccelerator === false ? { registerAccelerator: false } : {}),
    ...(event ? { click: () => sendToWindow(event) } : action ? { click: () => runMainAction(action, log) } : {})
  }
}

/** Builds the Korean application menu (shell/menu.ts) and sets it for the app. */
export function installApplicationMenu(options: { packaged: boolean; log: Log }): void {
  const template = applicationMenu({ packaged: options.packaged }).map((top) => ({
    label: top.label,
    submenu: top.items.map((entry) => toElectron(entry, options.log))
  }))
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
