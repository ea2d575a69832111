import { app, dialog, safeStorage } from 'electron'
import type { KeySealer } from '../core/cacheKey'
import { explainFailure } from '../core/failures'

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

/** A start that failed (no key store, a cache from a newer version): say why in Korean, then quit. */
export function quitOnStartupFailure(error: unknown): void {
  const { message, detail } = explainFailure(error)
  dialog.showErrorBox('업무도구를 시작할 수 없습니다', detail ? `${message}\n\n${detail}` : message)
  app.quit()
}
