import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, posix, win32 } from 'node:path'
import { CACHE_FILE_NAME } from '../db/connection'

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
 * (at its next start), the CLI keeps reading it there, so the two never work on different caches.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return folderInUse(resolveDataDir({ platform, env, homeDir: homedir() }))
}

/** The folder whose cache is current: the old one only while it still holds a cache and the new one none. */
export function folderInUse({ dir, legacyDir }: ResolvedDataDir): string {
  return legacyDir && !hasCache(dir) && hasCache(legacyDir) ? legacyDir : dir
}

/** Whether `dir` holds a cache file (the folder alone, or logs in it, do not count). */
export function hasCache(dir: string): boolean {
  return existsSync(join(dir, CACHE_FILE_NAME))
}
