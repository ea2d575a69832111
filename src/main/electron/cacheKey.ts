import { app, dialog, safeStorage } from 'electron'
import type { KeySealer } from '../core/cacheKey'
import { explainFailure } from '../core/failures'
import type { Logger } from '../core/log'
import { startupFailureBox } from '../shell/startupFailure'

/**
 * Electron's safeStorage as the cache key's sealer. On Windows it encrypts with a key that Chromium
 * keeps in the app's `Local State` file, itself protected by DPAPI for the signed-in Windows user.
 * Linux without a secret store falls back to a hard-coded password (`basic_text`): not a key store.
 */
export const safeStorageSealer: KeySealer = {
  available: async () => (await safeStorage.isAsyncEncryptionAvailable()) && !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  seal: (text) => safeStorage.encryptStringAsync(text),
  unseal: async (sealed) => (await safeStorage.decryptStringAsync(sealed)).result
}

/**
 * A start that failed (no key store, a cache from a newer version, anything thrown): say why in Korean
 * (shell/startupFailure.ts), then exit at once with code 1. Not app.quit(): a quit can be held up, and
 * a process left without a window would keep the single-instance lock, so every later start would
 * only focus a window that does not exist.
 */
export function quitOnStartupFailure(error: unknown, log?: Logger): void {
  const { message, detail, unexpected } = explainFailure(error)
  log?.('error', 'start-up failed', { message, detail, unexpected, stack: error instanceof Error ? error.stack : undefined })
  try {
    const box = startupFailureBox({ message, detail, logDir: app.getPath('logs') })
    dialog.showErrorBox(box.title, box.content)
  } finally {
    app.exit(1)
  }
}
