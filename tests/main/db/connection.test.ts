import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyCacheKey } from '../../../src/main/db/cacheKey'
import { CACHE_FILE_NAME, openCache } from '../../../src/main/db/connection'
import { DbVersionFromFutureError, LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations/runner'
import { makeTempDir } from '../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../cacheKey'

const now = () => new Date()

describe('db/connection openCache', () => {
  let dir: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(() => dir.remove())

  it('creates the cache file in WAL mode with foreign keys and secure_delete on and checkpoints every 40 MB of WAL', () => {
    const { db, recovery } = openCache(dir.path, now, TEST_CACHE_KEY)
    expect(recovery).toBeNull()
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('secure_delete', { simple: true })).toBe(1)
    expect(db.pragma('cache_size', { simple: true })).toBe(-65536)
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(10000)
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(67108864)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    db.close()
    expect(existsSync(join(dir.path, CACHE_FILE_NAME))).toBe(true)
  })

  it('moves an unreadable cache file aside (kept byte for byte) and starts a fresh one', () => {
    const garbage = Buffer.from('this is not a database, just a damaged file '.repeat(200))
    writeFileSync(join(dir.path, CACHE_FILE_NAME), garbage)
    const { db, recovery } = openCache(dir.path, () => new Date('2026-11-25T01:02:03Z'), TEST_CACHE_KEY)
    expect(recovery).not.toBeNull()
    expect(recovery!.movedTo).toContain('cache.corrupt-2026-11-25T01-02-03-000Z.sqlite')
    expect(readFileSync(recovery!.movedTo)).toEqual(garbage)
    expect((db.prepare(`SELECT count(*) AS n FROM attractive_jobs`).get() as { n: number }).n).toBe(0)
    db.close()
    expect(readdirSync(dir.path).filter((f) => f.startsWith('cache.corrupt-'))).toHaveLength(1)
  })

  it('refuses a cache from a newer app version without moving or changing it', () => {
    const file = join(dir.path, CACHE_FILE_NAME)
    const newer = new Database(file)
    applyCacheKey(newer, TEST_CACHE_KEY)
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`)
    newer.exec(`CREATE TABLE future_data (x TEXT); INSERT INTO future_data VALUES ('keep me')`)
    newer.close()
    expect(() => openCache(dir.path, now, TEST_CACHE_KEY)).toThrow(DbVersionFromFutureError)
    const check = new Database(file, { readonly: true })
    applyCacheKey(check, TEST_CACHE_KEY)
    expect(check.prepare(`SELECT x FROM future_data`).get()).toEqual({ x: 'keep me' })
    check.close()
    expect(readdirSync(dir.path).some((f) => f.startsWith('cache.corrupt-'))).toBe(false)
  })

  it('refuses an unencrypted cache from a newer app version without encrypting it', () => {
    const file = join(dir.path, CACHE_FILE_NAME)
    const newer = new Database(file)
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`)
    newer.exec(`CREATE TABLE future_data (x TEXT); INSERT INTO future_data VALUES ('keep me')`)
    newer.close()
    const before = readFileSync(file)
    expect(() => openCache(dir.path, now, TEST_CACHE_KEY)).toThrow(DbVersionFromFutureError)
    expect(readFileSync(file)).toEqual(before)
  })
})
