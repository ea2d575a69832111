import { join } from 'node:path'
import { app, BrowserWindow, dialog, shell } from 'electron'
import type { FileDialogs } from '../core/fileDialogs'

/** The window a dialog belongs to (modal to it), if one is open. */
function ownerWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
}

/**
 * The system dialogs for the core: a report is saved where the user picks (Documents by default),
 * an import is read from the file they pick. The renderer never names a path; it asks main to ask.
 * A saved report stays out of Windows' recent documents: it may hold personal data.
 */
export const electronFileDialogs: FileDialogs = {
  async chooseSaveFile({ title, defaultName, filters }) {
    const options = { title, defaultPath: join(app.getPath('documents'), defaultName), filters, properties: ['showOverwriteConfirmation' as const, 'dontAddToRecent' as const] }
    const owner = ownerWindow()
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  },
  async chooseFolder({ title }) {
    const options = { title, defaultPath: app.getPath('documents'), properties: ['openDirectory' as const, 'createDirectory' as const] }
    const owner = ownerWindow()
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  },
  async chooseOpenFile({ title, filters }) {
    const options = { title, defaultPath: app.getPath('documents'), filters, properties: ['openFile' as const] }
    const owner = ownerWindow()
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  },
  showInFolder(path) {
    shell.showItemInFolder(path)
  }
}
