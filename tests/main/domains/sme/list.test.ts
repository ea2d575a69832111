import { getChoseong } from 'es-hangul'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatBusinessNo } from '../../../../src/shared/domains/sme/company'
import { eligibilityFailures, eligibilityManual, evaluateEligibility, fullYearsBetween } from '../../../../src/shared/domains/sme/eligibility'
import { computedItems } from '../../../../src/shared/domains/sme/scoring'
import type { SmeDashboard, SmeDetail, SmeFilter, SmeListResult, SmeRow, SmeSavedView } from '../../../../src/shared/domains/sme/views'
import { isValidBusinessNo, SmeApplication, SmeCriteria } from '../../../../src/shared/portal'
import { startHarness, type SimHarness } from '../../../helpers/sim'

describe('sme list, search and company card (core, against the live simulator)', () => {
  let h: SimHarness
  /** Every application as the portal holds it, by id. */
  let portal: Map<string, SmeApplication>
  let criteria: Map<string, SmeCriteria>

  const list = (filter: SmeFilter, extra: object = {}) => h.call<SmeListResult>('sme:list', { pageSize: 500, filter, ...extra })
  const ids = (rows: readonly SmeRow[]) => rows.map((r) => r.id).sort()
  const portalIds = (predicate: (app: SmeApplication) => boolean) => [...portal.values()].filter(predicate).map((a) => a.id).sort()
  const checklist = (app: SmeApplication) => evaluateEligibility(app.company, criteria.get(app.round)!)

  beforeAll(async () => {
    h = await startHarness({ scale: 300 })
    await h.sync()
    const cached = await list({})
    portal = new Map(cached.rows.map((row) => [row.id, SmeApplication.parse(h.sim.control.record('sme-applications', row.id))]))
    const client = h.core.context.session.requireClient()
    criteria = new Map()
    for (const round of ['2025-1', '2026-1']) criteria.set(round, await client.getJson('reference/sme-criteria', SmeCriteria, { round }))
  })
  afterAll(async () => h.close())

  it('syncs every application and the criteria of each round it holds', async () => {
    expect(portal.size).toBe(h.sim.control.stats().counts['sme-applications'].live)
    for (const [round, served] of criteria) expect(await h.call('sme:criteria', { round })).toEqual(served)
    expect(await h.call('sme:criteria', { round: '2019-1' })).toBeNull()
    // Each row carries its check digit and its eligibility from the cached criteria.
    const all = await list({})
    for (const row of all.rows) {
      const app = portal.get(row.id)!
      expect(row.business_no_valid).toBe(isValidBusinessNo(app.company.business_no))
      expect(row.eligibility_failures).toEqual(eligibilityFailures(checklist(app)).sort())
      expect(row.documents_missing).toBe(app.documents.filter((d) => !d.received).length)
    }
  })

  it('filters by round, status, stage, 자치구, industry, eligibility, 사업자등록번호 and documents, each as the portal data says', async () => {
    const sample = [...portal.values()].find((a) => a.status === 'evaluating')!
    const cases: [SmeFilter, (app: SmeApplication) => boolean][] = [
      [{ rounds: ['2025-1'] }, (a) => a.round === '2025-1'],
      [{ statuses: ['evaluating', 'screening'] }, (a) => a.status === 'evaluating' || a.status === 'screening'],
      [{ stages: ['site_visit'] }, (a) => a.stage === 'site_visit'],
      [{ districtCodes: [sample.company.district_code] }, (a) => a.company.district_code === sample.company.district_code],
      [{ industryCodes: [sample.company.industry_code] }, (a) => a.company.industry_code === sample.company.industry_code],
      [{ eligibility: 'all_pass' }, (a) => checklist(a).every((r) => r.outcome === 'pass')],
      [{ eligibility: 'has_failures' }, (a) => eligibilityFailures(checklist(a)).length > 0],
      [{ businessNoInvalid: true }, (a) => !isValidBusinessNo(a.company.business_no)],
      [{ documentsMissing: true }, (a) => a.documents.some((d) => !d.received)],
      [{ rounds: ['2026-1'], statuses: ['evaluating'], stages: ['document'] }, (a) => a.round === '2026-1' && a.status === 'evaluating' && a.stage === 'document']
    ]
    for (const [filter, predicate] of cases) {
      const expected = portalIds(predicate)
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0)
      const result = await list(filter)
      expect(ids(result.rows), JSON.stringify(filter)).toEqual(expected)
      expect(result.total).toBe(expected.length)
    }
    // No criterion of a known kind needs a person: 직접 확인 comes only with a kind this client does not know (criteria.test.ts).
    expect((await list({ eligibility: 'manual' })).total).toBe(portalIds((a) => eligibilityManual(checklist(a)).length > 0).length)
  })

  it('counts per status under the filter minus the status, sorts and pages', async () => {
    const result = await h.call<SmeListResult>('sme:list', { page: 2, pageSize: 20, filter: { rounds: ['2026-1'], statuses: ['evaluating'] }, sort: { column: 'employees', direction: 'asc' } })
    const byStatus: Record<string, number> = {}
    for (const app of portal.values()) if (app.round === '2026-1') byStatus[app.status] = (byStatus[app.status] ?? 0) + 1
    expect(result.statusCounts).toEqual(byStatus)
    expect(result.total).toBe(byStatus.evaluating)
    expect(result.rows).toHaveLength(20)
    const employees = result.rows.map((r) => r.employees)
    expect(employees).toEqual([...employees].sort((a, b) => a - b))
    const first = await h.call<SmeListResult>('sme:list', { page: 1, pageSize: 20, filter: { rounds: ['2026-1'], statuses: ['evaluating'] }, sort: { column: 'employees', direction: 'asc' } })
    expect(first.rows.at(-1)!.employees).toBeLessThanOrEqual(employees[0]!)
    expect(new Set([...ids(first.rows), ...ids(result.rows)]).size).toBe(40)
  })

  it('finds a company by a piece of its name, by 초성, and by 사업자등록번호 with or without hyphens', async () => {
    const target = [...portal.values()].find((a) => /^[가-힣]{4,}/.test(a.company.name.replace(/^\(주\)|^주식회사 /, '')))!
    const bare = target.company.name.replace(/^\(주\)|^주식회사 /, '')
    const piece = bare.slice(1, 4)
    const byName = await list({ search: piece })
    expect(ids(byName.rows)).toContain(target.id)
    const row = byName.rows.find((r) => r.id === target.id)!
    const at = target.company.name.indexOf(piece)
    expect(row.match?.company_name).toContainEqual([at, at + piece.length])

    const initials = getChoseong(bare.slice(0, 3))
    const byInitials = await list({ search: initials })
    expect(ids(byInitials.rows)).toContain(target.id)
    for (const hit of byInitials.rows) expect(hit.match?.company_name.length, hit.company_name).toBeGreaterThan(0)

    const digits = target.company.business_no
    for (const typed of [digits, formatBusinessNo(digits), ` ${formatBusinessNo(digits).slice(0, 6)}`, digits.slice(3, 8)]) {
      const found = await list({ search: typed })
      expect(ids(found.rows), typed).toContain(target.id)
      const wanted = typed.replace(/\D/g, '')
      expect(found.rows.every((r) => r.business_no.includes(wanted)), typed).toBe(true)
      expect(found.total).toBe(portalIds((a) => a.company.business_no.includes(wanted)).length)
      expect(found.rows.every((r) => r.match === null)).toBe(true)
    }
  })

  it('opens the company card with the round criteria applied', async () => {
    const app = [...portal.values()].find((a) => a.round === '2026-1' && a.company.public_certifications.length > 0)!
    const detail = await h.call<SmeDetail>('sme:get', { id: app.id })
    const round = criteria.get('2026-1')!
    expect(detail.record.id).toBe(app.id)
    expect(detail.criteria).toEqual(round)
    expect(detail.business_no_valid).toBe(isValidBusinessNo(app.company.business_no))
    expect(detail.years_in_business).toBe(fullYearsBetween(app.company.founded_on, round.reference_date))
    expect(detail.eligibility).toEqual(evaluateEligibility(app.company, round))
    expect(detail.certifications.map((c) => c.valid)).toEqual(app.company.public_certifications.map((c) => c.valid_until >= round.reference_date))
    expect(detail.documents.map((d) => d.kind)).toEqual(app.documents.map((d) => d.kind))
    for (const document of detail.documents) expect(document.label).toMatch(/[가-힣]/)
    expect(detail.computed.map((c) => c.code)).toEqual(round.stages.flatMap((stage) => computedItems(round, stage).map((item) => item.code)))
    const missing = await h.core.dispatch('sme:get', { id: 'SME-1999-000001' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('keeps saved views and the last view per staff member, sharing the 매력일자리 implementation', async () => {
    const definition = { filter: { rounds: ['2026-1'], eligibility: 'has_failures' as const }, sort: { column: 'company_name' as const, direction: 'asc' as const }, columns: ['id' as const, 'company_name' as const], pageSize: 50 }
    const saved = await h.call<SmeSavedView>('sme:saveView', { name: '요건 미충족', definition })
    expect(await h.call('sme:listViews', {})).toEqual([saved])
    expect(await h.call('attractiveJobs:listViews', {})).toEqual([])
    await h.call('sme:setLastView', { definition })
    expect(await h.call('sme:getLastView', {})).toEqual(definition)
    await h.call('sme:deleteView', { id: saved.id })
    expect(await h.call('sme:listViews', {})).toEqual([])
  })

  it('counts the dashboard tile from the cache', async () => {
    const dashboard = await h.call<SmeDashboard>('sme:dashboard', {})
    expect(dashboard.total).toBe(portal.size)
    const byStatus: Record<string, number> = {}
    const byStage: Record<string, number> = {}
    for (const app of portal.values()) {
      byStatus[app.status] = (byStatus[app.status] ?? 0) + 1
      if (app.status === 'evaluating' && app.stage) byStage[app.stage] = (byStage[app.stage] ?? 0) + 1
    }
    expect(dashboard.byStatus).toEqual(byStatus)
    expect(dashboard.byStage).toEqual(byStage)
    expect(dashboard.rounds).toEqual(['2026-1', '2025-1'])
    // Sheets still missing: assigned in the current stage, not abstained, not complete.
    const missing = new Map<string, number>()
    for (const app of portal.values()) {
      if (app.status !== 'evaluating' || !app.stage) continue
      const items = criteria.get(app.round)!.scoring.filter((s) => s.stage === app.stage && !s.computed).map((s) => s.code)
      for (const { evaluator_id, stage } of app.assignments) {
        if (stage !== app.stage) continue
        const abstained = app.abstentions.some((a) => a.evaluator_id === evaluator_id && a.stage === stage)
        const scored = new Set(app.scores.filter((s) => s.evaluator_id === evaluator_id && s.stage === stage).map((s) => s.criterion))
        const complete = items.every((code) => scored.has(code))
        missing.set(evaluator_id, (missing.get(evaluator_id) ?? 0) + (abstained || complete ? 0 : 1))
      }
    }
    expect(dashboard.missingSheets).toEqual([...missing].sort(([a], [b]) => a.localeCompare(b)).map(([evaluator_id, n]) => ({ evaluator_id, missing: n })))
  })
})
