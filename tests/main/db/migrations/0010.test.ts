import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion, DbVersionFromFutureError } from '../../../../src/main/db/migrations/runner'

describe('db/migrations/0010 initial-cache', () => {
  let db: Database.Database
  afterEach(() => db?.close())

  it('creates every table from an empty database and records user_version 10', () => {
    db = new Database(':memory:')
    expect(schemaVersion(db)).toBe(0)
    migrate(db, 10)
    expect(schemaVersion(db)).toBe(10)
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map(
      (t) => t.name
    )
    for (const name of [
      'attractive_jobs',
      'sme_applications',
      'reemployment_sessions',
      'reemployment_registrations',
      'attractive_jobs_trigram',
      'attractive_jobs_bigram',
      'sync_state',
      'outbox',
      'quarantine',
      'audit_log',
      'settings',
      'reference_data'
    ]) {
      expect(tables).toContain(name)
    }
  })

  it('makes the trigram index match Korean substrings of three characters and the bigram index two', () => {
    db = new Database(':memory:')
    migrate(db, 10)
    db.prepare(`INSERT INTO attractive_jobs_trigram (rowid, text) VALUES (1, '어르신 디지털 안내 도우미')`).run()
    db.prepare(`INSERT INTO attractive_jobs_bigram (rowid, tokens) VALUES (1, '어르 르신 디지 지털 안내 도우 우미')`).run()
    expect(db.prepare(`SELECT rowid FROM attractive_jobs_trigram WHERE attractive_jobs_trigram MATCH '"디지털"'`).all()).toEqual([{ rowid: 1 }])
    expect(db.prepare(`SELECT rowid FROM attractive_jobs_trigram WHERE attractive_jobs_trigram MATCH '"안내"'`).all()).toEqual([])
    expect(db.prepare(`SELECT rowid FROM attractive_jobs_bigram WHERE attractive_jobs_bigram MATCH '"안내"'`).all()).toEqual([{ rowid: 1 }])
    // Contentless with delete support: a record's entries can be replaced.
    db.prepare(`DELETE FROM attractive_jobs_trigram WHERE rowid = 1`).run()
    expect(db.prepare(`SELECT count(*) AS n FROM attractive_jobs_trigram WHERE attractive_jobs_trigram MATCH '"디지털"'`).get()).toEqual({ n: 0 })
  })

  it('uses STRICT tables so a wrongly typed value is refused', () => {
    db = new Database(':memory:')
    migrate(db, 10)
    expect(() =>
      db.prepare(`INSERT INTO sync_state (collection, generation) VALUES ('attractive-jobs', 'many')`).run()
    ).toThrow(/cannot store TEXT value in INTEGER column/)
  })

  it('is idempotent: migrating an up-to-date database changes nothing', () => {
    db = new Database(':memory:')
    migrate(db)
    db.prepare(`INSERT INTO settings (key, value) VALUES ('portal_url', '"https://example.go.kr"')`).run()
    migrate(db)
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare(`SELECT value FROM settings`).get()).toEqual({ value: '"https://example.go.kr"' })
  })

  it('refuses a database written by a newer version of the app and leaves it untouched', () => {
    db = new Database(':memory:')
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`)
    expect(() => migrate(db)).toThrow(DbVersionFromFutureError)
    expect(() => migrate(db)).toThrow(/새 버전/)
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 10)
  })
})
