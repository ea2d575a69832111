import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCommitBatcher } from '../../../src/main/outbox/commitBatcher'
import { makeTempDir } from '../../helpers/tempDir'

describe('outbox/commitBatcher', () => {
  let dir: ReturnType<typeof makeTempDir>
  let db: Database.Database
  beforeEach(() => {
    dir = makeTempDir()
    db = new Database(`${dir.path}/batch.sqlite`)
    db.pragma('journal_mode = WAL')
    db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT NOT NULL)`)
  })
  afterEach(() => {
    db.close()
    dir.remove()
  })

  const labels = () => (db.prepare(`SELECT label FROM t ORDER BY id`).all() as { label: string }[]).map((r) => r.label)

  it('commits the steps of one burst, in the order they were given, and later steps after them', async () => {
    const commit = createCommitBatcher(db)
    const insert = db.prepare(`INSERT INTO t (label) VALUES (?)`)
    const burst = ['a', 'b', 'c'].map((label) => commit(() => insert.run(label)))
    // Nothing is written until the burst runs (after the current tick).
    expect(labels()).toEqual([])
    await Promise.all(burst)
    expect(labels()).toEqual(['a', 'b', 'c'])
    await commit(() => insert.run('d'))
    expect(labels()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('rolls back only a step that throws; its caller gets the error and the others commit', async () => {
    const commit = createCommitBatcher(db)
    const insert = db.prepare(`INSERT INTO t (label) VALUES (?)`)
    const results = await Promise.allSettled([
      commit(() => insert.run('kept-1')),
      commit(() => {
        insert.run('rolled-back')
        throw new Error('step failed on purpose')
      }),
      commit(() => insert.run('kept-2'))
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(Error)
    expect(labels()).toEqual(['kept-1', 'kept-2'])
  })

  it('rejects every step of a burst whose commit fails, and stores none of them', async () => {
    const commit = createCommitBatcher(db)
    const reader = new Database(`${dir.path}/batch.sqlite`)
    try {
      db.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (parent_id INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)`)
      db.pragma('foreign_keys = ON')
      const results = await Promise.allSettled([
        commit(() => db.prepare(`INSERT INTO t (label) VALUES ('lost')`).run()),
        // A deferred foreign key fails only at COMMIT, after every step has run.
        commit(() => db.prepare(`INSERT INTO child (parent_id) VALUES (42)`).run())
      ])
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
      expect(reader.prepare(`SELECT count(*) AS n FROM t`).get()).toEqual({ n: 0 })
    } finally {
      reader.close()
    }
  })
})
