import type { Db } from './types'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { applyCacheKey, encryptWithKey, isPlainSqliteFile } from './cacheKey'
import { restoreDeferredIndexes } from './deferredIndexes'
import { renameWithRetry } from './renameWithRetry'
import { DbVersionFromFutureError, LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations/runner'

export const CACHE_FILE_NAME = 'cache.sqlite'

/** Pages of WAL (4 KB each) after which a commit checkpoints; see openDatabase. */
export const WAL_AUTOCHECKPOINT_PAGES = 10_000

/** The cache file could not be read with the key it was given (another key, or a damaged file). */
export class CacheKeyMismatchError extends Error {
  readonly code = 'SQLITE_NOTADB'
  constructor(sqliteMessage: string) {
    super(
      `캐시 키가 맞지 않습니다: 이 키로는 캐시 파일을 풀 수 없었습니다(다른 키로 암호화되었거나 손상된 파일입니다). (SQLITE_NOTADB: ${sqliteMessage})`
    )
    this.name = 'CacheKeyMismatchError'
  }
}

/** openCache was told to keep an unreadable cache where it is (the CLI): nothing was moved or created. */
export class CacheUnreadableError extends Error {
  constructor(
    readonly file: string,
    reason: string
  ) {
    super(`${reason} 캐시 파일은 옮기지 않고 그대로 두었습니다: 이 캐시를 만든 키로 다시 실행하세요.`)
    this.name = 'CacheUnreadableError'
  }
}

/**
 * Opens (creating if needed) an encrypted cache database, sets the pragmas and brings the schema up
 * to date. `key` is the passphrase of `PRAGMA key`; a cache written before encryption is encrypted
 * with it in place first, keeping every row.
 */
export function openDatabase(file: string, key: string): Db {
  encryptPlainCacheInPlace(file, key)
  const db = new Database(file)
  try {
    applyCacheKey(db, key)
    confirmKey(db)
    // Deleted and overwritten rows (redacted personal data) are zeroed, not left behind in free pages.
    db.pragma('secure_delete = ON')
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // The default 2 MB page cache re-reads the record tables and their indexes for every list and
    // count; 64 MB keeps them resident at 100k records per collection.
    db.pragma('cache_size = -65536')
    // SQLite3MultipleCiphers encrypts the database, its journal and its WAL, not temporary files: sorts
    // and temporary tables stay in memory.
    db.pragma('temp_store = MEMORY')
    // A checkpoint copies every page changed since the last one back into the database file, on
    // the writing thread. Every 40 MB of WAL instead of 4 MB, pages a pull changes again and again
    // (index and search-index interiors) are copied once instead of ten times: a first pull of
    // 100k records per collection spends ~3 s less in checkpoints. The WAL file is kept under 64 MB.
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`)
    db.pragma('journal_size_limit = 67108864')
    migrate(db)
    // A bulk load interrupted by a crash left its table without its indexes: lists need them now.
    restoreDeferredIndexes(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/** The first read of the file: a key that does not decrypt it fails here, as SQLITE_NOTADB. */
function confirmKey(db: Db): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get()
  } catch (error) {
    if (sqliteCode(error) === 'SQLITE_NOTADB') throw new CacheKeyMismatchError(error instanceof Error ? error.message : String(error))
    throw error
  }
}

/**
 * A cache from before encryption (first start after the update) becomes an encrypted one with every
 * row kept. A cache of a newer schema is refused untouched, as openDatabase would.
 */
function encryptPlainCacheInPlace(file: string, key: string): void {
  if (!isPlainSqliteFile(file)) return
  const db = new Database(file)
  try {
    db.pragma('busy_timeout = 5000')
    const found = schemaVersion(db)
    if (found > LATEST_SCHEMA_VERSION) throw new DbVersionFromFutureError(found, LATEST_SCHEMA_VERSION)
    // The rekey copies the database through a temporary one (a VACUUM): in memory, never a plain temp file.
    db.pragma('temp_store = MEMORY')
    // SQLite3MultipleCiphers does not encrypt an unencrypted database in WAL mode. Leaving WAL copies
    // the WAL's frames into the file and deletes it; openDatabase turns WAL on again once encrypted.
    db.pragma('journal_mode = DELETE')
    encryptWithKey(db, key)
  } finally {
    db.close()
  }
  if (isPlainSqliteFile(file)) throw new Error(`encrypting the cache in place left it unencrypted: ${file}`)
}

export interface CacheRecovery {
  movedTo: string
  reason: string
}

export interface OpenedCache {
  db: Db
  file: string
  recovery: CacheRecovery | null
}

export interface OpenCacheOptions {
  /**
   * Refuse (CacheUnreadableError) instead of moving an unreadable cache aside: the CLI, whose key
   * comes from an environment variable, must not set aside the app's cache when that key is wrong.
   */
  keepUnreadable?: boolean
}

/**
 * Opens the encrypted cache in `dataDir` with `key`. A file that cannot be read with it — another
 * key (the OS key store lost the sealed one) or a damaged file — is moved aside, kept, never deleted,
 * so IT staff can still inspect it with the right key, and a fresh cache is created; the caller tells
 * the user and runs a full sync. A cache written by a newer version of the app is not touched: that
 * is refused with DbVersionFromFutureError so the newer data is not lost.
 */
export function openCache(dataDir: string, now: () => Date, key: string, options: OpenCacheOptions = {}): OpenedCache {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, CACHE_FILE_NAME)
  try {
    return { db: openDatabase(file, key), file, recovery: null }
  } catch (error) {
    if (error instanceof DbVersionFromFutureError || !isUnreadableDatabase(error)) throw error
    const reason = error instanceof Error ? error.message : String(error)
    if (options.keepUnreadable) throw new CacheUnreadableError(file, reason)
    const stamp = now().toISOString().replace(/[:.]/g, '-')
    const movedTo = join(dataDir, `cache.corrupt-${stamp}.sqlite`)
    // Retried while another process still holds it (Windows refuses the rename of an open file).
    renameWithRetry(file, movedTo)
    for (const suffix of ['-wal', '-shm', '-journal']) {
      if (existsSync(file + suffix)) renameWithRetry(file + suffix, movedTo + suffix)
    }
    return { db: openDatabase(file, key), file, recovery: { movedTo, reason } }
  }
}

function sqliteCode(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code
}

function isUnreadableDatabase(error: unknown): boolean {
  const code = sqliteCode(error)
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code === 'SQLITE_CANTOPEN_ISDIR'
}
