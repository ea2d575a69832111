import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyCacheKey } from '../../../src/main/db/cacheKey'
import { openDatabase } from '../../../src/main/db/connection'
import { retryWalScrub, scrubWal, walScrubDue } from '../../../src/main/db/walScrub'
import type { Db } from '../../../src/main/db/types'
import { TEST_CACHE_KEY } from '../../cacheKey'
import { makeTempDir } from '../../helpers/tempDir'

const SECRET = '홍길동 010-1234-5678'
const walSize = (file: string) => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0)

describe('db/walScrub: no copy of a removed value survives in the WAL', () => {
  let dir: ReturnType<typeof makeTempDir>
  let file: string
  let db: Db
  beforeEach(() => {
    dir = makeTempDir()
    file = join(dir.path, 'cache.sqlite')
    db = openDatabase(file, TEST_CACHE_KEY)
    db.pragma('wal_autocheckpoint = 0')
    db.exec(`CREATE TABLE probe (id INTEGER PRIMARY KEY, body TEXT NOT NULL)`)
    db.prepare(`INSERT INTO probe (body) VALUES (?)`).run(`${SECRET} ${'x'.repeat(3000)}`)
    // The redaction: the row is written over, its old page stays behind in the WAL.
    db.prepare(`UPDATE probe SET body = ? WHERE id = 1`).run('홍*동 010-****-5678')
  })
  afterEach(() => {
    if (db.open) db.close()
    dir.remove()
  })

  it('empties the WAL at once when nothing holds it, and the decrypted pages keep no trace', () => {
    expect(walSize(file)).toBeGreaterThan(0)
    expect(scrubWal(db)).toBe('truncated')
    expect(walSize(file)).toBe(0)
    expect(walScrubDue(db)).toBe(false)
    // Every page of the file, free ones included, read through the keyed connection.
    expect(db.serialize().includes(Buffer.from('홍길동'))).toBe(false)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
  })

  it('never waits for a reader holding an old snapshot: it is marked due and done once the reader is gone', () => {
    const reader = new Database(file)
    applyCacheKey(reader, TEST_CACHE_KEY)
    reader.exec('BEGIN')
    reader.prepare('SELECT count(*) FROM probe').get()
    db.prepare(`INSERT INTO probe (body) VALUES ('later')`).run()

    expect(scrubWal(db)).toBe('due')
    expect(walScrubDue(db)).toBe(true)
    expect(walSize(file)).toBeGreaterThan(0)
    // The busy timeout of the connection is as it was: other statements still wait for locks as before.
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)

    reader.exec('COMMIT')
    reader.close()
    expect(retryWalScrub(db)).toBe('truncated')
    expect(walSize(file)).toBe(0)
    expect(retryWalScrub(db)).toBeNull()
  })

  it('does nothing inside a transaction (the checkpoint comes after the commit)', () => {
    db.transaction(() => {
      expect(scrubWal(db)).toBe('due')
    })()
    expect(retryWalScrub(db)).toBe('truncated')
  })
})
