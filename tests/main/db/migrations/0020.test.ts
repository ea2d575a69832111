import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../src/main/db/migrations'
import { columnsOf, memoryCache } from '../../../helpers/schema'

describe('db/migrations/0020 outbox-base-record', () => {
  it('adds base_record to the outbox and keeps queued entries', () => {
    const db = memoryCache(10)
    const columns = columnsOf(db, 'outbox').filter((c) => c !== 'seq' && c !== 'base_record')
    expect(columns.length).toBeGreaterThan(5)
    const before = db.prepare(`SELECT count(*) AS n FROM outbox`).get()
    migrate(db, 20)
    expect(schemaVersion(db)).toBe(20)
    expect(columnsOf(db, 'outbox')).toContain('base_record')
    expect(db.prepare(`SELECT count(*) AS n FROM outbox`).get()).toEqual(before)
  })
})
