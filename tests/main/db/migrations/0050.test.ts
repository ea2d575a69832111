import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../src/main/db/migrations/runner'
import { deferIndexes, restoreDeferredIndexes } from '../../../../src/main/db/deferredIndexes'
import { columnsOf, indexesOf, memoryCache } from '../../../helpers/schema'

describe('db/migrations/0050 bulk-load', () => {
  it('adds sync_state.deferred_indexes, keeping existing sync states', () => {
    const db = memoryCache(40)
    db.prepare(`INSERT INTO sync_state (collection, cursor, generation) VALUES ('attractive-jobs', 'c-12', 3)`).run()
    migrate(db, 50)
    expect(schemaVersion(db)).toBe(50)
    expect(columnsOf(db, 'sync_state')).toContain('deferred_indexes')
    expect(db.prepare(`SELECT cursor, generation, deferred_indexes FROM sync_state`).get()).toEqual({ cursor: 'c-12', generation: 3, deferred_indexes: null })
  })

  it('holds the definitions of deferred indexes exactly, and they are rebuilt from them', () => {
    const db = memoryCache()
    const before = indexesOf(db, 'sme_applications')
    expect(before.length).toBeGreaterThan(0)
    db.prepare(`INSERT INTO sync_state (collection) VALUES ('sme-applications')`).run()
    deferIndexes(db, 'sme-applications', 'sme_applications')
    expect(indexesOf(db, 'sme_applications')).toEqual([])
    // The record id's unique index stays (the upsert needs it).
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'sme_applications' AND sql IS NULL`).get()).toEqual({ n: 1 })
    restoreDeferredIndexes(db)
    expect(indexesOf(db, 'sme_applications')).toEqual(before)
    expect(db.prepare(`SELECT deferred_indexes FROM sync_state`).get()).toEqual({ deferred_indexes: null })
  })
})
