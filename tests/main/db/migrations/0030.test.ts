import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../src/main/db/migrations/runner'
import { columnsOf, memoryCache } from '../../../helpers/schema'

describe('db/migrations/0030 review-workspace', () => {
  it('adds rule-failure results, versions seen and saved views', () => {
    const db = memoryCache(20)
    migrate(db, 30)
    expect(schemaVersion(db)).toBe(30)
    expect(columnsOf(db, 'attractive_jobs')).toContain('rule_failure_count')
    expect(columnsOf(db, 'attractive_job_rule_failures')).toEqual(['job_id', 'rule'])
    expect(columnsOf(db, 'record_versions')).toEqual(['collection', 'record_id', 'version', 'status', 'updated_at', 'seen_at'])
    db.prepare(
      `INSERT INTO saved_views (staff_id, collection, name, definition, created_at, updated_at) VALUES ('S-1', 'attractive-jobs', '내 보기', '{}', 'x', 'x')`
    ).run()
    // One name per staff member and collection.
    expect(() =>
      db.prepare(`INSERT INTO saved_views (staff_id, collection, name, definition, created_at, updated_at) VALUES ('S-1', 'attractive-jobs', '내 보기', '{}', 'y', 'y')`).run()
    ).toThrow(/UNIQUE/)
  })
})
