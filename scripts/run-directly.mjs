import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * Whether the module at `moduleUrl` is the script node was started with (not imported by a test).
 * realpath on both sides: drive-letter case and symlinked checkouts must not make this false on Windows.
 * @param {string} moduleUrl the caller's `import.meta.url`
 * @returns {boolean}
 */
export function isRunDirectly(moduleUrl) {
  const entry = process.argv[1]
  if (!entry) return false
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl))
  } catch {
    return false
  }
}
