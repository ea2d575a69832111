import type { Db } from './types'
import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { restoreDeferredIndexes } from './deferredIndexes'
import { DbVersionFromFutureError, migrate } from './migrations/runner'


export const CACHE_FILE_NAME = 'cache.sqlite'

/** Pages of WAL (4 KB each) after which a commit checkpoints; see openDatabase. */
export const WAL_AUTOCHECKPOINT_PAGES = 10_000

/** Opens (creating if needed) a cache database, sets the pragmas and brings the schema up to date. */
export function openDatabase(file: string): Db {
  const db = new Database(file)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // The default 2 MB page cache re-reads the record tables and their indexes for every list and
    // count; 64 MB keeps them resident at 100k records per collection.
    db.pragma('cache_size = -65536')
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

export interface CacheRecovery {
  movedTo: string
  reason: string
}

export interface OpenedCache {
  db: Db
  file: string
  recovery: CacheRecovery | null
}

/**
 * Opens the cache in `dataDir`. A file that SQLite cannot read is moved aside — kept, never
 * deleted, so IT staff can still inspect it — and a fresh cache is created; the caller tells the
 * user and runs a full sync. A cache written by a newer version of the app is not touched: that is
 * refused with DbVersionFromFutureError so the newer data is not lost.
 */
export function openCache(dataDir: string, now: () => Date = () => new Date()): OpenedCache {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, CACHE_FILE_NAME)
  try {
    return { db: openDatabase(file), file, recovery: null }
  } catch (error) {
    if (error instanceof DbVersionFromFutureError || !isUnreadableDatabase(error)) throw error
    const stamp = now().toISOString().replace(/[:.]/g, '-')
    const movedTo = join(dataDir, `cache.corrupt-${stamp}.sqlite`)
    renameSync(file, movedTo)
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(file + suffix)) renameSync(file + suffix, movedTo + suffix)
    }
    const reason = error instanceof Error ? error.message : String(error)
    return { db: openDatabase(file), file, recovery: { movedTo, reason } }
  }
}

function isUnreadableDatabase(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code === 'SQLITE_CANTOPEN_ISDIR'
}
