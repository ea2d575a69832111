import { copyFileSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyCacheKey, isPlainSqliteFile } from '../../../src/main/db/cacheKey'
import { CACHE_FILE_NAME, openCache } from '../../../src/main/db/connection'
import { migrate } from '../../../src/main/db/migrations/runner'
import { getSetting, setSetting } from '../../../src/main/db/repositories/settings'
import type { AttractiveJob } from '../../../src/shared/portal'
import { z } from 'zod'
import { startHarness, type SimHarness } from '../../helpers/sim'
import { makeTempDir } from '../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../cacheKey'

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')
const PROBE = '홍길동 010-1234-5678 (WAL probe)'

/** Node's built-in SQLite: no cipher, the reader anyone who finds the file has. */
function readPlain(file: string): unknown {
  const plain = new DatabaseSync(file, { readOnly: true })
  try {
    return plain.prepare('SELECT count(*) AS n FROM sqlite_schema').get()
  } finally {
    plain.close()
  }
}

function rawBytes(...files: string[]): Buffer {
  return Buffer.concat(files.filter((file) => existsSync(file)).map((file) => readFileSync(file)))
}

function count(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
}

describe('db: the whole cache file is encrypted (SQLite3MultipleCiphers, PRAGMA key)', () => {
  let h: SimHarness
  let file: string
  /** Strings of records the sync stored, as a person would search the raw file for them. */
  let known: string[]
  let jobs: number

  beforeAll(async () => {
    h = await startHarness({ scale: 200 })
    const summary = await h.sync()
    expect(summary.error).toBeNull()
    file = join(h.dir.path, CACHE_FILE_NAME)
    const db = h.core.context.db
    jobs = count(db, 'attractive_jobs')
    expect(jobs).toBe(h.sim.control.stats().counts['attractive-jobs'].live)
    const ids = (db.prepare(`SELECT id FROM attractive_jobs ORDER BY id LIMIT 3`).all() as { id: string }[]).map((row) => row.id)
    const records = ids.map((id) => h.sim.control.record('attractive-jobs', id) as AttractiveJob)
    known = [...ids, ...records.map((job) => job.title), ...records.map((job) => job.org.name), PROBE]
    // A write after the sync, with the connection kept open: the WAL has frames.
    setSetting(db, 'encryption_probe', PROBE)
  })
  afterAll(async () => h?.close())

  it('leaves the cache file and its WAL unreadable without the key: no SQLite header, no record text', () => {
    const wal = `${file}-wal`
    expect(statSync(wal).size).toBeGreaterThan(4096)
    expect(() => readPlain(file)).toThrow(/not a database/)
    // The pair as a plain reader would replay it (a copy, taken while the app has it open).
    const copy = makeTempDir()
    try {
      copyFileSync(file, join(copy.path, 'copy.sqlite'))
      copyFileSync(wal, join(copy.path, 'copy.sqlite-wal'))
      expect(() => readPlain(join(copy.path, 'copy.sqlite'))).toThrow(/not a database/)
    } finally {
      copy.remove()
    }
    const bytes = rawBytes(file, wal)
    expect(bytes.includes(SQLITE_HEADER)).toBe(false)
    for (const text of known) expect(bytes.includes(Buffer.from(text, 'utf8')), text).toBe(false)
  })

  it('opens with the right key, beside the app (another connection, as the CLI or IT would)', () => {
    const reader = new Database(file, { readonly: true })
    try {
      applyCacheKey(reader, TEST_CACHE_KEY)
      expect(count(reader, 'attractive_jobs')).toBe(jobs)
      expect(getSetting(reader, 'encryption_probe', z.string(), '')).toBe(PROBE)
    } finally {
      reader.close()
    }
  })

  it('takes the recovery path for a wrong key: the cache is moved aside (still opening with its key) and a fresh one starts', async () => {
    const wrongKey = 'another-installations-key-0123456789abcdef'
    const core = await h.restart({ cacheKey: wrongKey })
    const recovery = core.context.cacheRecovery
    expect(recovery).not.toBeNull()
    expect(recovery!.reason).toContain('캐시 키가 맞지 않습니다')
    const info = await core.dispatch('app:info', {})
    expect(info.ok).toBe(true)
    expect(count(core.context.db, 'attractive_jobs')).toBe(0)
    // What was moved aside is kept whole for IT: the right key still opens it.
    const kept = new Database(recovery!.movedTo, { readonly: true })
    try {
      applyCacheKey(kept, TEST_CACHE_KEY)
      expect(count(kept, 'attractive_jobs')).toBe(jobs)
    } finally {
      kept.close()
    }
    // The fresh cache is the wrong key's; give the test cache back its own for what follows.
    core.close()
    for (const suffix of ['', '-wal', '-shm']) {
      rmSync(file + suffix, { force: true })
      if (existsSync(recovery!.movedTo + suffix)) copyFileSync(recovery!.movedTo + suffix, file + suffix)
    }
    const back = await h.restart()
    expect(back.context.cacheRecovery).toBeNull()
    expect(count(back.context.db, 'attractive_jobs')).toBe(jobs)
  })

  it('encrypts a cache written before encryption in place on the next start, keeping every row', async () => {
    h.core.close()
    // The cache as the previous version left it: the same synced data, unencrypted.
    const decrypt = new Database(file)
    applyCacheKey(decrypt, TEST_CACHE_KEY)
    decrypt.pragma('journal_mode = DELETE')
    decrypt.pragma(`rekey = ''`)
    decrypt.close()
    expect(isPlainSqliteFile(file)).toBe(true)
    expect(readPlain(file)).toMatchObject({ n: expect.any(Number) })
    // The control for the first test: unencrypted, the record text is there to be read.
    const plainBytes = readFileSync(file)
    for (const text of known) expect(plainBytes.includes(Buffer.from(text, 'utf8')), text).toBe(true)

    const core = await h.restart()
    expect(core.context.cacheRecovery).toBeNull()
    expect(count(core.context.db, 'attractive_jobs')).toBe(jobs)
    expect(getSetting(core.context.db, 'encryption_probe', z.string(), '')).toBe(PROBE)
    expect(core.context.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(isPlainSqliteFile(file)).toBe(false)
    expect(() => readPlain(file)).toThrow(/not a database/)
    const bytes = rawBytes(file, `${file}-wal`)
    for (const text of known) expect(bytes.includes(Buffer.from(text, 'utf8')), text).toBe(false)
  })
})

describe('db: an unencrypted cache with frames still in its WAL (the old app stopped without a checkpoint)', () => {
  it('is encrypted in place with the WAL frames kept and no plain WAL left behind', () => {
    const old = makeTempDir()
    const dir = makeTempDir()
    try {
      // A copy of a plain cache taken while its connection is open: the last writes are only in the WAL.
      const live = new Database(join(old.path, CACHE_FILE_NAME))
      live.pragma('journal_mode = WAL')
      live.pragma('wal_autocheckpoint = 0')
      migrate(live)
      setSetting(live, 'only_in_wal', PROBE)
      for (const suffix of ['', '-wal']) copyFileSync(join(old.path, CACHE_FILE_NAME) + suffix, join(dir.path, CACHE_FILE_NAME) + suffix)
      live.close()
      const copied = join(dir.path, CACHE_FILE_NAME)
      expect(rawBytes(`${copied}-wal`).includes(Buffer.from(PROBE, 'utf8'))).toBe(true)

      const { db, recovery } = openCache(dir.path, () => new Date(), TEST_CACHE_KEY)
      try {
        expect(recovery).toBeNull()
        expect(getSetting(db, 'only_in_wal', z.string(), '')).toBe(PROBE)
        expect(isPlainSqliteFile(copied)).toBe(false)
        expect(rawBytes(copied, `${copied}-wal`, `${copied}-journal`).includes(Buffer.from(PROBE, 'utf8'))).toBe(false)
      } finally {
        db.close()
      }
      expect(() => readPlain(copied)).toThrow(/not a database/)
    } finally {
      old.remove()
      dir.remove()
    }
  })
})
