import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../src/main/db/migrations/runner'
import { columnsOf, memoryCache } from '../../../helpers/schema'

describe('db/migrations/0060 bulk-load-state', () => {
  it('renames sync_state.search_dirty to bulk_load_in_progress, keeping every feed state and a load cut off', () => {
    const db = memoryCache(50)
    const insert = db.prepare(
      `INSERT INTO sync_state (collection, cursor, last_pulled_at, generation, full_pull_in_progress, search_dirty, deferred_indexes) VALUES (?, ?, ?, ?, ?, ?, ?)`
    )
    insert.run('attractive-jobs', 'c-40', '2026-11-30T09:00:00.000Z', 2, 1, 1, '["CREATE INDEX x ON attractive_jobs (status)"]')
    insert.run('sme-applications', 'c-7', '2026-11-29T09:00:00.000Z', 1, 0, 0, null)
    const before = db.prepare(`SELECT * FROM sync_state ORDER BY collection`).all() as Record<string, unknown>[]

    migrate(db, 60)

    expect(schemaVersion(db)).toBe(60)
    expect(columnsOf(db, 'sync_state')).toContain('bulk_load_in_progress')
    expect(columnsOf(db, 'sync_state')).not.toContain('search_dirty')
    const after = db.prepare(`SELECT * FROM sync_state ORDER BY collection`).all() as Record<string, unknown>[]
    expect(after).toEqual(before.map(({ search_dirty, ...rest }) => ({ ...rest, bulk_load_in_progress: search_dirty })))
    expect(after[0]).toMatchObject({ collection: 'attractive-jobs', bulk_load_in_progress: 1, deferred_indexes: '["CREATE INDEX x ON attractive_jobs (status)"]' })
  })
})
