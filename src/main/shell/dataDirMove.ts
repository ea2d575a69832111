import { createHash } from 'node:crypto'
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { CACHE_FILES, hasCache, readDataLocation, writeDataLocation, type ResolvedDataDir } from '../core/dataDir'

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
  /** The move to a folder chosen in 설정, when one was waiting for this start. */
  chosenMove?: ChosenDataDirMove
}

/**
 * The app's data folder for this run (from resolveDataDir): LocalAppData, after moving an older cache
 * there; the old folder when that move failed, so the staff member still sees their data (and the
 * move is tried again at the next start, the new folder still having no cache). Then a folder chosen
 * in 설정 (data-location.json in LocalAppData's folder): the cache moves there now, or stays where it was.
 */
export function settleDataDir({ dir, legacyDir }: ResolvedDataDir, now: () => Date = () => new Date()): PreparedDataDir {
  const move: DataDirMove = legacyDir ? moveLegacyDataDir(legacyDir, dir) : { kind: 'none', reason: 'same_folder' }
  if (move.kind === 'failed' && legacyDir) return { dataDir: legacyDir, move }
  const chosenMove = applyChosenDataDirMove(dir, now)
  return { dataDir: chosenMove.dataDir, move, ...(chosenMove.kind === 'none' ? {} : { chosenMove }) }
}

export type ChosenDataDirMove =
  | { kind: 'none'; dataDir: string }
  | { kind: 'moved'; dataDir: string; from: string; to: string; files: number; leftBehind: string[] }
  | { kind: 'failed'; dataDir: string; from: string; to: string; problem: string }

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/**
 * The move chosen in 설정, at start while nothing holds the cache open: the cache files are copied (never
 * over a file already there), each copy checked byte for byte (SHA-256), then the pointer switches and the
 * old copies are removed. Any failure removes what was copied, keeps the old folder and leaves the reason
 * in Korean in the pointer for the 설정 screen; the move is not tried again until chosen again.
 */
export function applyChosenDataDirMove(home: string, now: () => Date = () => new Date()): ChosenDataDirMove {
  const location = readDataLocation(home)
  const from = location.dir ?? home
  if (!location.pending) return { kind: 'none', dataDir: from }
  const to = resolve(location.pending.dir)
  const requestedBy = location.pending.requestedBy
  const record = (result: ChosenDataDirMove & { kind: 'moved' | 'failed' }): ChosenDataDirMove => {
    writeDataLocation(home, {
      dir: result.dataDir === home ? null : result.dataDir,
      pending: null,
      lastMove: { at: now().toISOString(), from, to, ok: result.kind === 'moved', problem: result.kind === 'failed' ? result.problem : null, requestedBy, audited: false }
    })
    return result
  }
  if (relative(from, to) === '') {
    writeDataLocation(home, { ...location, pending: null })
    return { kind: 'none', dataDir: from }
  }
  if (hasCache(to)) {
    return record({ kind: 'failed', dataDir: from, from, to, problem: `새 폴더(${to})에 이미 캐시 파일이 있어 옮기지 않았습니다. 비어 있는 폴더를 고르세요.` })
  }
  const files = CACHE_FILES.filter((file) => existsSync(join(from, file)))
  const copied: string[] = []
  try {
    mkdirSync(to, { recursive: true })
    for (const file of files) {
      copyFileSync(join(from, file), join(to, file), constants.COPYFILE_EXCL)
      copied.push(file)
      if (sha256(join(to, file)) !== sha256(join(from, file))) throw new Error(`${file}의 복사본이 원본과 다릅니다`)
    }
  } catch (error) {
    for (const file of copied) rmSync(join(to, file), { force: true })
    const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error)
    return record({
      kind: 'failed',
      dataDir: from,
      from,
      to,
      problem: `데이터 폴더를 ${to}(으)로 옮기지 못해 원래 폴더를 그대로 씁니다 (${reason}). 폴더에 쓸 수 있는지, 디스크 공간이 있는지 확인하고 설정에서 다시 고르세요.`
    })
  }
  const result = record({ kind: 'moved', dataDir: to, from, to, files: copied.length, leftBehind: [] })
  for (const file of copied) {
    try {
      unlinkSync(join(from, file))
    } catch {
      // The new folder is in use already; an old copy left behind is only disk space.
      if (result.kind === 'moved') result.leftBehind.push(file)
    }
  }
  return result
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
