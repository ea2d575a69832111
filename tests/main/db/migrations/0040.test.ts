import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../src/main/db/migrations/runner'
import { columnsOf, memoryCache } from '../../../helpers/schema'
import { attractiveJobsTable, listAttractiveJobs } from '../../../../src/main/domains/attractive-jobs/repository'
import { makeAttractiveJob } from '../../../helpers/records'

describe('db/migrations/0040 slim-record-rows', () => {
  it('moves raw and local JSON beside the rows, keeping rowids, search entries and the local view', () => {
    const db = memoryCache(30)
    // A cache as version 30 wrote it: one record with a pending local view, one plain, one removed (rowid gap).
    const job = (id: string, title: string, department: string) => makeAttractiveJob({ id, title, org: { type: 'district', code: '11680', name: '강남구', department } })
    const insert = db.prepare(
      `INSERT INTO attractive_jobs (id, version, updated_at, status, program_year, org_type, org_code, org_name, field, public_type,
        target_group, title, headcount, hourly_wage, submitted_at, raw, local_raw, pulled_at, pull_generation, rule_failure_count)
       VALUES (@id, 1, '2026-03-01T00:00:00Z', 'submitted', 2026, 'district', '11680', '강남구', 'care', 'inclusive', 'any', @title,
        3, 12500, '2026-03-01T00:00:00Z', @raw, @local_raw, '2026-11-25T00:00:00Z', 1, 0)`
    )
    const a = job('AJ-2026-000001', '어르신 디지털 안내', '복지정책과')
    const local = { ...a, status: 'in_review' }
    insert.run({ id: a.id, title: a.title, raw: JSON.stringify(a), local_raw: JSON.stringify(local) })
    const gone = job('AJ-2026-000002', '삭제될 자료', '총무과')
    insert.run({ id: gone.id, title: gone.title, raw: JSON.stringify(gone), local_raw: null })
    const c = job('AJ-2026-000003', '청년 돌봄 매니저', '아동청소년과')
    insert.run({ id: c.id, title: c.title, raw: JSON.stringify(c), local_raw: null })
    db.prepare(`DELETE FROM attractive_jobs WHERE id = ?`).run(gone.id)
    const rowidsBefore = db.prepare(`SELECT rowid, id FROM attractive_jobs ORDER BY rowid`).all()
    db.prepare(`INSERT INTO attractive_jobs_bigram (rowid, tokens) VALUES (3, '청년 돌봄 매니 니저')`).run()

    migrate(db, 40)

    expect(schemaVersion(db)).toBe(40)
    expect(columnsOf(db, 'attractive_jobs')).not.toContain('raw')
    expect(columnsOf(db, 'attractive_jobs')).not.toContain('local_raw')
    for (const table of ['sme_applications', 'reemployment_sessions', 'reemployment_registrations']) {
      expect(columnsOf(db, table)).not.toContain('raw')
      expect(columnsOf(db, `${table}_json`)).toEqual(['rowid', 'raw', 'local_raw'])
    }
    expect(db.prepare(`SELECT rowid, id FROM attractive_jobs ORDER BY rowid`).all()).toEqual(rowidsBefore)
    // The JSON follows its row, the local view survives, the department became a column.
    expect(attractiveJobsTable.getView(db, a.id)?.status).toBe('in_review')
    expect(JSON.parse(attractiveJobsTable.getStored(db, a.id)!.raw).status).toBe('submitted')
    expect(attractiveJobsTable.getView(db, c.id)?.title).toBe('청년 돌봄 매니저')
    expect(db.prepare(`SELECT org_department FROM attractive_jobs ORDER BY rowid`).all()).toEqual([
      { org_department: '복지정책과' },
      { org_department: '아동청소년과' }
    ])
    // Search entries still point at the right record.
    expect(listAttractiveJobs(db, { filter: { search: '돌봄' } }).rows.map((r) => r.id)).toEqual([c.id])
    // The rowid is declared now, so VACUUM keeps it (and with it the search and JSON tables' keys).
    db.exec('VACUUM')
    expect(db.prepare(`SELECT rowid, id FROM attractive_jobs ORDER BY rowid`).all()).toEqual(rowidsBefore)
    expect(listAttractiveJobs(db, { filter: { search: '돌봄' } }).rows.map((r) => r.id)).toEqual([c.id])
    expect(attractiveJobsTable.getView(db, c.id)?.title).toBe('청년 돌봄 매니저')
  })

  it('adds status-paired indexes that answer a filtered status count without reading rows', () => {
    const db = memoryCache(40)
    const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT status, count(*) FROM attractive_jobs WHERE field IN (?) GROUP BY status`).all('care') as {
      detail: string
    }[])
      .map((r) => r.detail)
      .join(' ')
    expect(plan).toContain('COVERING INDEX attractive_jobs_by_field_status')
  })
})
