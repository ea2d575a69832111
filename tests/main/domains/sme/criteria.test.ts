import { afterEach, describe, expect, it } from 'vitest'
import { storeCriteria } from '../../../../src/main/domains/sme/criteria'
import { smeApplicationsTable } from '../../../../src/main/domains/sme/repository'
import { putReference } from '../../../../src/main/db/repositories/referenceData'
import { sourceDecodeWorker } from '../../../../src/main/sync/pageDecoder'
import { eligibilityFailures, evaluateEligibility } from '../../../../src/shared/domains/sme/eligibility'
import type { SmeDetail, SmeListResult } from '../../../../src/shared/domains/sme/views'
import { SmeApplication, SmeCriteria } from '../../../../src/shared/portal'
import type { Db } from '../../../../src/main/db/types'
import { startHarness, type SimHarness } from '../../../helpers/sim'

const SIDE_TABLES = ['sme_eligibility_failures', 'sme_sheets', 'sme_abstentions', 'sme_assignments', 'sme_stage_inputs'] as const

function sideRows(db: Db): Record<string, string[]> {
  return Object.fromEntries(SIDE_TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table}`).all().map((row) => JSON.stringify(row)).sort()]))
}

describe('sme criteria: cached per round, derived on the worker, re-derived when they change', () => {
  let h: SimHarness
  afterEach(async () => h.close())

  const list = (filter: object) => h.call<SmeListResult>('sme:list', { pageSize: 500, filter })

  it('derives eligibility, sheets and computed points on the decode worker exactly as on the main thread', async () => {
    h = await startHarness({ scale: 200 }, { decodeWorker: sourceDecodeWorker() })
    await h.sync()
    const db = h.core.context.db
    const fromWorker = sideRows(db)
    expect(fromWorker.sme_sheets!.length).toBeGreaterThan(0)
    expect(fromWorker.sme_stage_inputs!.length).toBeGreaterThan(0)
    const columns = db.prepare(`SELECT id, business_no_valid, eligibility_failure_count, eligibility_manual_count FROM sme_applications ORDER BY id`).all()
    db.transaction(() => {
      for (const { id } of db.prepare(`SELECT id FROM sme_applications`).all() as { id: string }[]) smeApplicationsTable.rederive(db, id)
    })()
    expect(sideRows(db)).toEqual(fromWorker)
    expect(db.prepare(`SELECT id, business_no_valid, eligibility_failure_count, eligibility_manual_count FROM sme_applications ORDER BY id`).all()).toEqual(columns)
  })

  it('derives a round again when its criteria change, and the next sync brings the portal criteria back', async () => {
    h = await startHarness({ scale: 200 })
    await h.sync()
    const db = h.core.context.db
    const served = (await h.call<SmeCriteria>('sme:criteria', { round: '2026-1' }))!
    const stricter = structuredClone(served)
    stricter.eligibility = stricter.eligibility.map((c) => (c.code === 'min_insured_employees' ? { ...c, params: { ...c.params, min: 100 } } : c))
    stricter.eligibility.push({ code: 'energy_audit', label: '에너지 진단 보고서', kind: 'document_present', params: { kind: 'energy_audit' } })
    const ofRound = (await list({ rounds: ['2026-1'] })).rows
    const failingBefore = ofRound.filter((r) => r.eligibility_failures!.length > 0).length

    const result = storeCriteria(db, stricter, new Date().toISOString())
    expect(result).toEqual({ changed: true, rederived: ofRound.length })
    expect(storeCriteria(db, stricter, new Date().toISOString())).toEqual({ changed: false, rederived: 0 })

    // Every 2026-1 application now needs 직접 확인 for the kind this client does not know; none passes silently.
    const manual = await list({ eligibility: 'manual' })
    expect(manual.rows.map((r) => r.id).sort()).toEqual(ofRound.map((r) => r.id).sort())
    expect(manual.rows.every((r) => r.eligibility_manual.includes('energy_audit'))).toBe(true)
    expect((await list({ rounds: ['2026-1'], eligibility: 'all_pass' })).total).toBe(0)
    const failing = await list({ rounds: ['2026-1'], eligibility: 'has_failures' })
    const expected = ofRound
      .map((row) => SmeApplication.parse(h.sim.control.record('sme-applications', row.id)))
      .filter((app) => eligibilityFailures(evaluateEligibility(app.company, stricter)).length > 0)
    expect(failing.rows.map((r) => r.id).sort()).toEqual(expected.map((a) => a.id).sort())
    // 10 ≤ 고용보험 가입자 < 100 now fails too.
    expect(failing.total).toBeGreaterThan(failingBefore)
    // The other round is left as it was.
    expect((await list({ rounds: ['2025-1'], eligibility: 'manual' })).total).toBe(0)

    await h.sync()
    expect(await h.call('sme:criteria', { round: '2026-1' })).toEqual(served)
    expect((await list({ eligibility: 'manual' })).total).toBe(0)
  })

  it('treats criteria cached in an older shape as not cached until the next sync fetches them again', async () => {
    h = await startHarness({ scale: 200 })
    await h.sync()
    const served = await h.call<SmeCriteria>('sme:criteria', { round: '2025-1' })
    const old = { round: '2025-1', eligibility: [{ code: 'seoul_hq', label: '서울 소재 본사', rule: 'headquarters_in_seoul' }], scoring: [{ code: 'job_quality', max: 30 }] }
    putReference(h.core.context.db, 'sme-criteria:2025-1', old, '2026-11-01T00:00:00.000Z')
    await h.restart()
    await h.core.context.session.continueOffline('manager', 'demo')
    expect(await h.call('sme:criteria', { round: '2025-1' })).toBeNull()
    const app = (await list({ rounds: ['2025-1'] })).rows[0]!
    const detail = await h.call<SmeDetail>('sme:get', { id: app.id })
    expect(detail).toMatchObject({ criteria: null, eligibility: null, computed: [] })
    expect(detail.certifications.every((c) => c.valid === null)).toBe(true)

    await h.sync()
    expect(await h.call('sme:criteria', { round: '2025-1' })).toEqual(served)
    expect((await h.call<SmeDetail>('sme:get', { id: app.id })).eligibility).toHaveLength(served!.eligibility.length)
  })
})
