import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../../../src/main/core'
import { CACHE_FILE_NAME } from '../../../../src/main/db/connection'
import { migrate, schemaVersion } from '../../../../src/main/db/migrations/runner'
import { listSmeApplications } from '../../../../src/main/domains/sme/listQuery'
import { smeApplicationsTable } from '../../../../src/main/domains/sme/repository'
import type { SmeCriteria } from '../../../../src/shared/portal'
import { columnsOf, memoryCache } from '../../../helpers/schema'
import { makeTempDir } from '../../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../../cacheKey'

/** An application as the cache held it before 0070: no industry_name, sme_confirmed, assignments, abstentions or sheet comments. */
function application(id: string, round: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    version: 3,
    updated_at: '2026-08-01T10:00:00+09:00',
    round,
    company: {
      name: '(주)한강소프트',
      business_no: '1208147521',
      ceo_name: '이*호',
      district_code: '11440',
      address: '서울특별시 마포구 월드컵북로 1',
      headquarters_in_seoul: true,
      industry_code: 'J58222',
      founded_on: '2016-04-01',
      employees: 42,
      insured_employees: 40,
      regular_ratio: 0.93,
      youth_employees: 12,
      avg_monthly_wage: 3450000,
      living_wage_ratio: 1,
      parental_leave_users: 3,
      revenue: 5200000000,
      public_certifications: [{ name: '서울경제진흥원 하이서울기업', valid_until: '2027-12-31' }],
      wage_arrears: false,
      industrial_accident_deaths: 0,
      tax_delinquent: false,
      work_life_benefits: ['flexible_hours']
    },
    documents: [
      { kind: 'business_registration', received: true },
      { kind: 'tax_clearance', received: false }
    ],
    status: 'evaluating',
    stage: 'document',
    screening: { result: 'eligible', failed_criteria: [], note: null, by: 'S-0021', at: '2026-07-01T10:00:00+09:00' },
    scores: [
      { evaluator_id: 'S-0031', stage: 'document', criterion: 'competitiveness', score: 18, scored_at: '2026-07-10T10:00:00+09:00' },
      { evaluator_id: 'S-0031', stage: 'document', criterion: 'growth_potential', score: 12, scored_at: '2026-07-10T10:00:00+09:00' },
      { evaluator_id: 'S-0032', stage: 'document', criterion: 'competitiveness', score: 15, scored_at: '2026-07-11T10:00:00+09:00' }
    ],
    selection: null,
    ...overrides
  }
}

const CRITERIA_2026: SmeCriteria = {
  round: '2026-1',
  reference_date: '2026-06-30',
  stages: ['document', 'site_visit'],
  eligibility: [
    { code: 'seoul_hq', label: '서울 소재 본사', kind: 'is_true', params: { field: 'headquarters_in_seoul' } },
    { code: 'sme', label: '중소기업 해당', kind: 'is_true', params: { field: 'sme_confirmed' } },
    { code: 'min_insured_employees', label: '고용보험 피보험자 수', kind: 'at_least', params: { field: 'insured_employees', min: 10 } }
  ],
  scoring: [
    { code: 'regular_ratio', label: '정규직 비율', stage: 'document', max: 20, computed: { field: 'regular_ratio', brackets: [{ min: 0.9, points: 20 }, { min: 0, points: 4 }] } },
    { code: 'competitiveness', label: '기업 경쟁력', stage: 'document', max: 20 },
    { code: 'growth_potential', label: '성장잠재력', stage: 'document', max: 15 }
  ],
  tie_break: []
}

/** A cache as version 60 wrote it: rows, their JSON (one with a pending local view), search entries and criteria. */
function seed60(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO sme_applications (rowid, id, version, updated_at, status, stage, round, company_name, business_no, district_code, pulled_at, pull_generation, search_hash)
     VALUES (?, ?, 3, '2026-08-01T10:00:00+09:00', ?, ?, ?, '(주)한강소프트', ?, '11440', '2026-11-30T09:00:00.000Z', 1, 'hash')`
  )
  const json = db.prepare(`INSERT INTO sme_applications_json (rowid, raw, local_raw) VALUES (?, ?, ?)`)
  const current = application('SME-2026-000001', '2026-1')
  const local = {
    ...current,
    scores: [...current.scores, { evaluator_id: 'S-0032', stage: 'document', criterion: 'growth_potential', score: 10, scored_at: '2026-11-30T10:00:00+09:00' }]
  }
  insert.run(1, current.id, 'evaluating', 'document', '2026-1', '1208147521')
  json.run(1, JSON.stringify(current), JSON.stringify(local))
  const earlier = application('SME-2025-000002', '2025-1', {
    status: 'ineligible',
    stage: null,
    screening: null,
    scores: [],
    documents: [{ kind: 'business_registration', received: true }],
    company: { ...current.company, business_no: '1208147522', insured_employees: 8, industry_code: 'C10797', founded_on: '2021-01-01' }
  })
  insert.run(2, earlier.id, 'ineligible', null, '2025-1', '1208147522')
  json.run(2, JSON.stringify(earlier), null)
  db.prepare(`INSERT INTO sme_applications_bigram (rowid, tokens) VALUES (1, '한강 강소 소프 프트')`).run()
  const putReference = db.prepare(`INSERT INTO reference_data (key, value, fetched_at) VALUES (?, ?, '2026-11-30T09:00:00.000Z')`)
  putReference.run('sme-criteria:2026-1', JSON.stringify(CRITERIA_2026))
  // The criteria as an older version of the portal served them: they do not parse now.
  putReference.run('sme-criteria:2025-1', JSON.stringify({ round: '2025-1', eligibility: [{ code: 'seoul_hq', min: 1 }], scoring: [{ code: 'x', max: 10 }] }))
  return { current, local, earlier }
}

describe('db/migrations/0070 sme-evaluation', () => {
  it('adds the list columns and side tables, filled from the visible JSON where SQL can, leaving code-derived ones NULL', () => {
    const db = memoryCache(60)
    const { current, earlier } = seed60(db)
    const jsonBefore = db.prepare(`SELECT * FROM sme_applications_json ORDER BY rowid`).all()

    migrate(db, 70)

    expect(schemaVersion(db)).toBe(70)
    expect(columnsOf(db, 'sme_applications')).toEqual(
      expect.arrayContaining(['industry_code', 'industry_name', 'founded_on', 'employees', 'insured_employees', 'documents_missing', 'screening_result', 'business_no_valid', 'eligibility_failure_count', 'eligibility_manual_count'])
    )
    expect(db.prepare(`SELECT id, industry_code, industry_name, founded_on, employees, insured_employees, documents_missing, screening_result, business_no_valid, eligibility_failure_count FROM sme_applications ORDER BY id`).all()).toEqual([
      { id: earlier.id, industry_code: 'C10797', industry_name: null, founded_on: '2021-01-01', employees: 42, insured_employees: 8, documents_missing: 0, screening_result: null, business_no_valid: null, eligibility_failure_count: null },
      { id: current.id, industry_code: 'J58222', industry_name: null, founded_on: '2016-04-01', employees: 42, insured_employees: 40, documents_missing: 1, screening_result: 'eligible', business_no_valid: null, eligibility_failure_count: null }
    ])
    // The pending local view's extra score counts: the side tables follow what the user sees. Completeness needs the criteria (code).
    expect(db.prepare(`SELECT application_id, stage, evaluator_id, scored_items, total, complete FROM sme_sheets ORDER BY evaluator_id`).all()).toEqual([
      { application_id: current.id, stage: 'document', evaluator_id: 'S-0031', scored_items: 2, total: 30, complete: null },
      { application_id: current.id, stage: 'document', evaluator_id: 'S-0032', scored_items: 2, total: 25, complete: null }
    ])
    expect(db.prepare(`SELECT count(*) AS n FROM sme_stage_inputs`).get()).toEqual({ n: 0 })
    expect(db.prepare(`SELECT application_id, stage, evaluator_id FROM sme_assignments`).all()).toEqual([])
    expect(db.prepare(`SELECT * FROM sme_applications_json ORDER BY rowid`).all()).toEqual(jsonBefore)
    expect(db.prepare(`SELECT id FROM sme_applications WHERE business_no_valid IS NULL ORDER BY id`).all()).toHaveLength(2)
  })

  it('has the rows derived by the domain’s repair when the cache is next opened, once, losing nothing stored', async () => {
    const dir = makeTempDir()
    try {
      const file = join(dir.path, CACHE_FILE_NAME)
      const old = new Database(file)
      migrate(old, 60)
      const { current, local, earlier } = seed60(old)
      old.close()

      const core = await createCore({ cacheKey: TEST_CACHE_KEY, dataDir: dir.path, portalUrl: null, log: () => undefined })
      const db = core.context.db
      expect(schemaVersion(db)).toBeGreaterThanOrEqual(70)
      const rows = listSmeApplications(db, { pageSize: 10, sort: { column: 'company_name', direction: 'asc' } }).rows
      const byId = new Map(rows.map((r) => [r.id, r]))
      // 1208147521 is a valid number, …22 is not; 2026-1's criteria are cached (sme_confirmed is absent: 자료 없음), 2025-1's no longer parse.
      expect(byId.get(current.id)).toMatchObject({ business_no_valid: true, eligibility_failures: ['sme'], eligibility_manual: [], documents_missing: 1 })
      expect(byId.get(earlier.id)).toMatchObject({ business_no_valid: false, eligibility_failures: null })
      expect(db.prepare(`SELECT evaluator_id, scored_items, total, complete FROM sme_sheets ORDER BY evaluator_id`).all()).toEqual([
        { evaluator_id: 'S-0031', scored_items: 2, total: 30, complete: 1 },
        { evaluator_id: 'S-0032', scored_items: 2, total: 25, complete: 1 }
      ])
      // What the document stage's ranking reads of it: the computed points by the brackets, the sheets of the local view.
      const inputs = db.prepare(`SELECT stage, input FROM sme_stage_inputs`).all() as { stage: string; input: string }[]
      expect(inputs.map((row) => ({ stage: row.stage, input: JSON.parse(row.input) as unknown }))).toEqual([
        {
          stage: 'document',
          input: {
            id: current.id,
            company: '(주)한강소프트',
            status: 'evaluating',
            current_stage: 'document',
            computedPoints: { regular_ratio: 20 },
            sheets: [
              { evaluator_id: 'S-0031', scores: { competitiveness: 18, growth_potential: 12 } },
              { evaluator_id: 'S-0032', scores: { competitiveness: 15, growth_potential: 10 } }
            ],
            abstentions: []
          }
        }
      ])
      expect(smeApplicationsTable.getView(db, current.id)).toEqual(local)
      expect(JSON.parse(smeApplicationsTable.getStored(db, current.id)!.raw)).toEqual(current)
      expect(listSmeApplications(db, { filter: { search: '한강' } }).total).toBe(2)
      expect(db.prepare(`SELECT count(*) AS n FROM sme_applications WHERE business_no_valid IS NULL`).get()).toEqual({ n: 0 })
      // Nothing left to repair: the index answers without reading a row.
      const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM sme_applications WHERE business_no_valid IS NULL`).all() as { detail: string }[]
      expect(plan.map((p) => p.detail).join(' ')).toContain('sme_applications_needing_repair')
      core.close()
    } finally {
      dir.remove()
    }
  })
})
