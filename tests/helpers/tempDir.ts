import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Removes a test's folder. On Windows a file still open elsewhere (the WAL checkpoint worker's
 * connection closes a moment after the core's) makes the delete fail with EBUSY/EPERM: Node's own
 * retry waits for it instead of failing the clean-up.
 */
export function removeTestDir(path: string): void {
  rmSync(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
}

/** A fresh directory per test, removed afterwards (a real SQLite file lives there). */
export function makeTempDir(prefix = 'jobs-desk-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix))
  return { path, remove: () => removeTestDir(path) }
}
