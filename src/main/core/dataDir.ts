import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import path, { join, posix, win32 } from 'node:path'
import { z } from 'zod'
import { CACHE_FILE_NAME } from '../db/connection'
import { SEALED_KEY_FILE_NAME } from './cacheKey'

/** The files that make the cache: the database, its WAL and shared memory, the sealed key. */
export const CACHE_FILES = [CACHE_FILE_NAME, `${CACHE_FILE_NAME}-wal`, `${CACHE_FILE_NAME}-shm`, SEALED_KEY_FILE_NAME] as const

export const APP_DIR_NAME = '서울시 일자리포털 업무도구'

export interface DataDirInputs {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  homeDir: string
  /**
   * Electron's `app.getPath('appData')` where known (the app). Without it (the CLI) the same folder is
   * derived from the environment as Electron derives it.
   */
  appDataPath?: string
}

export interface ResolvedDataDir {
  /** Where the cache, its key and the logs live. */
  dir: string
  /** Where earlier versions kept them (Windows: Roaming AppData); null where the folder did not change. */
  legacyDir: string | null
}

/**
 * The app's data folder. On Windows it is LocalAppData: Roaming AppData is copied to a server at every
 * sign-out under roaming profiles, and this folder holds the division's records. Elsewhere it is the
 * folder Electron's userData resolves to, as before.
 */
export function resolveDataDir(inputs: DataDirInputs): ResolvedDataDir {
  const { platform, env, homeDir, appDataPath } = inputs
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA || win32.join(homeDir, 'AppData', 'Local')
    const roaming = appDataPath || env.APPDATA || win32.join(homeDir, 'AppData', 'Roaming')
    return { dir: win32.join(local, APP_DIR_NAME), legacyDir: win32.join(roaming, APP_DIR_NAME) }
  }
  if (platform === 'darwin') {
    return { dir: posix.join(appDataPath || posix.join(homeDir, 'Library', 'Application Support'), APP_DIR_NAME), legacyDir: null }
  }
  return { dir: posix.join(appDataPath || env.XDG_CONFIG_HOME || posix.join(homeDir, '.config'), APP_DIR_NAME), legacyDir: null }
}

/**
 * The CLI's default folder: the app's. Until the app has moved an older cache out of Roaming AppData
 * (at its next start), the CLI keeps reading it there, so the two never work on different caches; and
 * once the app has moved the cache to a folder chosen in 설정, the CLI follows the pointer there.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const resolved = resolveDataDir({ platform, env, homeDir: homedir() })
  // A folder chosen in 설정 and moved to at the app's start: the CLI reads the same cache.
  const pointed = readDataLocation(resolved.dir).dir
  return pointed ?? folderInUse(resolved)
}

/** The folder whose cache is current: the old one only while it still holds a cache and the new one none. */
export function folderInUse({ dir, legacyDir }: ResolvedDataDir): string {
  return legacyDir && !hasCache(dir) && hasCache(legacyDir) ? legacyDir : dir
}

/**
 * Whether two paths name one folder as this platform compares them: on Windows without regard to
 * case or a trailing separator (a folder dialog may answer `c:\users\kim\` for `C:\Users\kim`).
 */
export function isSameFolder(a: string, b: string, paths: Pick<typeof path, 'relative' | 'resolve'> = path): boolean {
  return paths.relative(paths.resolve(a), paths.resolve(b)) === ''
}

/** Whether `dir` holds a cache file (the folder alone, or logs in it, do not count). */
export function hasCache(dir: string): boolean {
  return existsSync(join(dir, CACHE_FILE_NAME))
}

/**
 * A data folder chosen in 설정 (데이터 폴더 → 변경…), kept in the default folder (which stays: Chromium's
 * profile and the logs never move): `dir` the folder whose cache is in use, `pending` the one to move
 * to at the next start — when nothing holds the cache open — and the last start's move, until the core
 * has written it into the 접속기록.
 */
export const DATA_LOCATION_FILE_NAME = 'data-location.json'

export const DataLocation = z.object({
  dir: z.string().min(1).nullable().default(null),
  pending: z.object({ dir: z.string().min(1), requestedBy: z.string().nullable(), requestedAt: z.string() }).nullable().default(null),
  lastMove: z
    .object({
      at: z.string(),
      from: z.string(),
      to: z.string(),
      ok: z.boolean(),
      /** Why it failed, in Korean (shown on the 설정 screen until another move is chosen). */
      problem: z.string().nullable(),
      requestedBy: z.string().nullable(),
      audited: z.boolean()
    })
    .nullable()
    .default(null)
})
export type DataLocation = z.infer<typeof DataLocation>

const EMPTY_LOCATION: DataLocation = { dir: null, pending: null, lastMove: null }

/** The pointer as stored; none, or one that cannot be read, is no pointer (the default folder is used). */
export function readDataLocation(home: string): DataLocation {
  try {
    const text = readFileSync(join(home, DATA_LOCATION_FILE_NAME), 'utf8').replace(/^\uFEFF/, '')
    const parsed = DataLocation.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : EMPTY_LOCATION
  } catch {
    return EMPTY_LOCATION
  }
}

/** Written whole to a temporary name first, then renamed over the pointer: a crash leaves the old one. */
export function writeDataLocation(home: string, location: DataLocation): void {
  mkdirSync(home, { recursive: true })
  const file = join(home, DATA_LOCATION_FILE_NAME)
  const temporary = `${file}.tmp`
  writeFileSync(temporary, `${JSON.stringify(DataLocation.parse(location), null, 2)}\n`, 'utf8')
  renameSync(temporary, file)
}

/** The folder whose cache the pointer names, or `home` itself. */
export function pointedDataDir(home: string): string {
  return readDataLocation(home).dir ?? home
}

/** Marks a move for the next start (the app's cache is open now; its files are copied when it is not). */
export function scheduleDataDirMove(home: string, target: string, requestedBy: string | null, at: string): DataLocation {
  const current = readDataLocation(home)
  const next: DataLocation = { ...current, pending: { dir: target, requestedBy, requestedAt: at } }
  writeDataLocation(home, next)
  return next
}

/** Withdraws a move not yet made. */
export function cancelDataDirMove(home: string): DataLocation {
  const next: DataLocation = { ...readDataLocation(home), pending: null }
  writeDataLocation(home, next)
  return next
}
