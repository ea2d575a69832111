import { constants, copyFileSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { hasCache, type ResolvedDataDir } from '../core/dataDir'

export type DataDirMove =
  | { kind: 'none'; reason: 'same_folder' | 'no_old_cache' | 'new_has_cache' }
  /** `leftBehind`: files kept in the old folder (a same-named file already in the new one, or one that could not be removed). */
  | { kind: 'moved'; from: string; to: string; files: number; leftBehind: string[] }
  /** Nothing changed in the old folder; what was copied so far was removed again. The old folder is used this run. */
  | { kind: 'failed'; from: string; to: string; error: string }

/**
 * Moves an existing cache folder (the cache, its WAL, its sealed key, the logs, Chromium's profile)
 * from `from` to `to`, once: only when `from` holds a cache and `to` does not. Copy first, then remove:
 * each file is copied without overwriting (a file already in `to` stays and its old copy is kept),
 * checked for size, and only when every copy succeeded are the originals removed — a failure (a full
 * disk, a file another program holds open) undoes the copies and leaves `from` as it was.
 */
export function moveLegacyDataDir(from: string, to: string): DataDirMove {
  if (relative(from, to) === '') return { kind: 'none', reason: 'same_folder' }
  if (!hasCache(from)) return { kind: 'none', reason: 'no_old_cache' }
  if (hasCache(to)) return { kind: 'none', reason: 'new_has_cache' }

  const files = listFiles(from)
  const copied: string[] = []
  const skipped: string[] = []
  try {
    for (const file of files) {
      const target = join(to, file)
      mkdirSync(dirname(target), { recursive: true })
      try {
        copyFileSync(join(from, file), target, constants.COPYFILE_EXCL)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          skipped.push(file)
          continue
        }
        throw error
      }
      copied.push(file)
      if (statSync(target).size !== statSync(join(from, file)).size) throw new Error(`copy of ${file} is incomplete`)
    }
  } catch (error) {
    for (const file of copied) rmSync(join(to, file), { force: true })
    return { kind: 'failed', from, to, error: error instanceof Error ? error.message : String(error) }
  }

  const leftBehind = [...skipped]
  for (const file of copied) {
    try {
      unlinkSync(join(from, file))
    } catch {
      // Safe in the new folder already; the old copy stays until someone removes it.
      leftBehind.push(file)
    }
  }
  removeEmptyFolders(from)
  return { kind: 'moved', from, to, files: copied.length, leftBehind }
}

export interface PreparedDataDir {
  /** The folder the core opens this run. */
  dataDir: string
  move: DataDirMove
}

/**
 * The app's data folder for this run (from resolveDataDir): LocalAppData, after moving an older cache
 * there; the old folder when that move failed, so the staff member still sees their data (and the
 * move is tried again at the next start, the new folder still having no cache).
 */
export function settleDataDir({ dir, legacyDir }: ResolvedDataDir): PreparedDataDir {
  if (!legacyDir) return { dataDir: dir, move: { kind: 'none', reason: 'same_folder' } }
  const move = moveLegacyDataDir(legacyDir, dir)
  return { dataDir: move.kind === 'failed' ? legacyDir : dir, move }
}

/** Every file under `dir`, as paths relative to it. */
function listFiles(dir: string): string[] {
  const files: string[] = []
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub === '' ? entry.name : join(sub, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) files.push(path)
    }
  }
  walk('')
  return files
}

/** Removes `dir` and its sub-folders where they are empty now (bottom up); anything still in them stays. */
function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(join(dir, entry.name))
  }
  try {
    if (readdirSync(dir).length === 0) rmdirSync(dir)
  } catch {
    // Left as it is: an empty folder loses nothing.
  }
}
