import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalSimulator } from '../../../src/main/simulator'
import { KSIC_LABELS } from '../../../src/main/simulator/data/sme'
import { StaffDirectory, isValidBusinessNo, type SmeApplication, type SmeCriteria } from '../../../src/shared/portal'
import { call, login, start } from './helpers'
import { applications, criteriaOf, mean, membersOf, totals } from './smeHelpers'

const ROUNDS = ['2025-1', '2026-1'] as const
const YOUTH = '청년 평가위원'

describe('GET /reference/sme-criteria', () => {
  let sim: PortalSimulator
  let token: string
  beforeAll(async () => {
    sim = await start({ scale: 20 })
    token = await login(sim, 'screener')
  })
  afterAll(() => sim.close())

  it('serves both rounds with their reference date and stages', async () => {
    expect(await criteriaOf(sim, token, '2026-1')).toMatchObject({ round: '2026-1', reference_date: '2026-06-30', stages: ['document', 'site_visit'] })
    expect(await criteriaOf(sim, token, '2025-1')).toMatchObject({ round: '2025-1', reference_date: '2025-06-30', stages: ['document', 'site_visit', 'interview'] })
    expect((await call(sim, 'GET', '/reference/sme-criteria?round=2024-1', { token })).status).toBe(404)
    expect((await call(sim, 'GET', '/reference/sme-criteria', { token })).status).toBe(422)
  })

  it('names exactly the eligibility codes of the contract, in its kind vocabulary', async () => {
    for (const round of ROUNDS) {
      const { eligibility } = await criteriaOf(sim, token, round)
      expect(eligibility.map(({ code, kind, params }) => ({ code, kind, params }))).toEqual([
        { code: 'seoul_hq', kind: 'is_true', params: { field: 'headquarters_in_seoul' } },
        { code: 'sme', kind: 'is_true', params: { field: 'sme_confirmed' } },
        { code: 'public_certification_valid', kind: 'certification_valid', params: {} },
        { code: 'no_wage_arrears', kind: 'is_false', params: { field: 'wage_arrears' } },
        { code: 'no_fatal_accident', kind: 'at_most', params: { field: 'industrial_accident_deaths', max: 0 } },
        { code: 'no_tax_delinquency', kind: 'is_false', params: { field: 'tax_delinquent' } },
        { code: 'min_insured_employees', kind: 'at_least', params: { field: 'insured_employees', min: 10 } },
        { code: 'min_years_in_business', kind: 'years_since_at_least', params: { field: 'founded_on', min: 3 } }
      ])
      for (const e of eligibility) expect(e.label).toMatch(/[가-힣]/)
    }
  })

  it('has computed items with brackets (highest min first, top bracket = max), evaluator items in every stage, and tie_break codes of its items', async () => {
    for (const round of ROUNDS) {
      const criteria = await criteriaOf(sim, token, round)
      const codes = new Set(criteria.scoring.map((i) => i.code))
      expect(codes.size).toBe(criteria.scoring.length)
      for (const item of criteria.scoring) {
        expect(criteria.stages).toContain(item.stage)
        if (!item.computed) continue
        const mins = item.computed.brackets.map((b) => b.min)
        expect(mins).toEqual([...mins].sort((a, b) => b - a))
        expect(item.computed.brackets[0]?.points).toBe(item.max)
      }
      expect(criteria.scoring.filter((i) => i.computed).map((i) => i.code)).toEqual(['regular_ratio', 'living_wage_ratio', 'parental_leave_ratio'])
      for (const stage of criteria.stages) expect(criteria.scoring.some((i) => i.stage === stage && !i.computed), `${round} ${stage}`).toBe(true)
      expect(criteria.scoring.find((i) => i.code === 'competitiveness')).toMatchObject({ stage: 'document', max: 20 })
      expect(criteria.scoring.find((i) => i.code === 'job_quality')).toMatchObject({ stage: 'site_visit', max: 30 })
      expect(criteria.tie_break.length).toBeGreaterThan(0)
      for (const code of criteria.tie_break) expect(codes.has(code)).toBe(true)
    }
    const earlier = await criteriaOf(sim, token, '2025-1')
    expect(earlier.scoring.find((i) => i.code === 'ceo_leadership')).toMatchObject({ stage: 'interview', max: 20 })
  })
})

describe('seeded 강소기업 applications', () => {
  let sim: PortalSimulator
  let apps: SmeApplication[]
  let criteria: Map<string, SmeCriteria>
  let departments: Map<string, string>
  beforeAll(async () => {
    sim = await start({ scale: 400 })
    const manager = await login(sim, 'manager')
    apps = await applications(sim, manager)
    criteria = new Map(await Promise.all(ROUNDS.map(async (r): Promise<[string, SmeCriteria]> => [r, await criteriaOf(sim, manager, r)])))
    departments = new Map(StaffDirectory.parse((await call(sim, 'GET', '/reference/staff', { token: manager })).body).map((s) => [s.id, s.department]))
  })
  afterAll(() => sim.close())

  const ofRound = (round: string): SmeApplication[] => apps.filter((a) => a.round === round)
  const evaluated = (round: string): SmeApplication[] => ofRound(round).filter((a) => a.assignments.length > 0)
  const criteriaFor = (round: string): SmeCriteria => {
    const c = criteria.get(round)
    if (!c) throw new Error(`no criteria for ${round}`)
    return c
  }

  it('covers both rounds with unique ids of the round\'s year; 2025-1 is finished, 2026-1 runs through every status and stage', () => {
    expect(new Set(apps.map((a) => a.id)).size).toBe(apps.length)
    for (const a of apps) expect(a.id.startsWith(`SME-${a.round.slice(0, 4)}-`), a.id).toBe(true)
    const earlier = ofRound('2025-1')
    expect(earlier.length).toBeGreaterThan(20)
    expect(earlier.length).toBeLessThan(ofRound('2026-1').length / 2)
    expect(new Set(earlier.map((a) => a.status))).toEqual(new Set(['selected', 'not_selected', 'ineligible', 'withdrawn']))
    const current = new Set(ofRound('2026-1').map((a) => `${a.status}/${a.stage ?? '-'}`))
    for (const s of ['submitted/-', 'screening/-', 'ineligible/-', 'evaluating/document', 'evaluating/site_visit', 'selected/site_visit', 'not_selected/site_visit']) expect(current).toContain(s)
    expect([...current].some((s) => s.startsWith('withdrawn/'))).toBe(true)
    for (const a of apps.filter((x) => x.selection)) {
      expect(a.stage).toBe(criteriaFor(a.round).stages.at(-1))
      expect(a.selection?.note).toMatch(/[가-힣]/)
    }
    for (const a of apps) expect(a.version).toBeGreaterThanOrEqual(a.status === 'submitted' ? 1 : 2)
  })

  it('states the company as the contract does: KSIC labels, sme_confirmed mostly true, some invalid 사업자등록번호 and missing documents', () => {
    for (const a of apps) expect(a.company.industry_name).toBe(KSIC_LABELS[a.company.industry_code])
    expect(KSIC_LABELS.J58222).toBe('응용 소프트웨어 개발 및 공급업')
    expect(KSIC_LABELS.J62010).toBe('컴퓨터 프로그래밍 서비스업')
    const confirmed = apps.filter((a) => a.company.sme_confirmed === true).length
    expect(confirmed / apps.length).toBeGreaterThan(0.9)
    expect(confirmed).toBeLessThan(apps.length)
    const invalid = apps.filter((a) => !isValidBusinessNo(a.company.business_no)).length
    expect(invalid / apps.length).toBeGreaterThan(0.03)
    expect(invalid / apps.length).toBeLessThan(0.2)
    expect(apps.some((a) => a.documents.some((d) => !d.received))).toBe(true)
    for (const a of apps) {
      const c = a.company
      expect(c.parental_leave_ratio).toBe(Math.round((c.parental_leave_users / c.employees) * 100) / 100)
      expect(c.insured_employees).toBeLessThanOrEqual(c.employees)
    }
  })

  it('screens as the data says: an ineligible one names criteria it fails, by known codes', () => {
    for (const a of apps.filter((x) => x.status === 'ineligible')) {
      const codes = new Set(criteriaFor(a.round).eligibility.map((e) => e.code))
      expect(a.screening?.result).toBe('ineligible')
      expect(a.screening?.failed_criteria.length).toBeGreaterThan(0)
      for (const code of a.screening?.failed_criteria ?? []) expect(codes.has(code)).toBe(true)
      expect(a.assignments).toEqual([])
    }
  })

  it('assigns a committee of 5–7 (the demo evaluator on the 2026-1 one) to every stage it scores, and one site-visit team of three with one 청년', () => {
    for (const round of ROUNDS) {
      const stages = criteriaFor(round).stages
      const committee = new Set(membersOf(evaluated(round)[0]!, 'document'))
      expect(committee.size).toBeGreaterThanOrEqual(5)
      expect(committee.size).toBeLessThanOrEqual(7)
      const teams = new Map<string, number>()
      for (const a of evaluated(round)) {
        expect(new Set(membersOf(a, 'document'))).toEqual(committee)
        if (stages.includes('interview')) expect(new Set(membersOf(a, 'interview'))).toEqual(committee)
        const team = membersOf(a, 'site_visit')
        expect(team).toHaveLength(3)
        expect(team.filter((id) => departments.get(id)?.includes(YOUTH))).toHaveLength(1)
        const key = [...team].sort().join(',')
        teams.set(key, (teams.get(key) ?? 0) + 1)
      }
      const members = [...teams.keys()].flatMap((k) => k.split(','))
      expect(new Set(members).size, 'teams do not share members').toBe(members.length)
      const shares = [...teams.values()]
      expect(teams.size).toBeGreaterThanOrEqual(3)
      // Roughly equal shares: none far below an even split.
      expect(Math.min(...shares)).toBeGreaterThanOrEqual(0.6 * (evaluated(round).length / teams.size))
      expect(members.filter((id) => committee.has(id)), 'only the demo evaluator sits on both').toEqual(['S-0031'])
    }
    expect(membersOf(evaluated('2026-1')[0]!, 'document')).toContain('S-0031')
  })

  it('keeps every staff id a record names in the directory', () => {
    for (const a of apps) {
      const ids = [...a.assignments.map((x) => x.evaluator_id), ...a.abstentions.flatMap((x) => [x.evaluator_id, x.by]), ...a.sheet_comments.map((x) => x.evaluator_id), ...a.scores.map((x) => x.evaluator_id)]
      for (const id of ids) expect(departments.has(id), id).toBe(true)
    }
  })

  it('has sheets only from assigned evaluators; earlier stages complete, the current one complete, partial or empty; most complete sheets carry a 평가의견', () => {
    const fills = new Set<string>()
    let complete = 0
    let commented = 0
    for (const a of apps) {
      const c = criteriaFor(a.round)
      for (const s of a.scores) expect(a.assignments.some((x) => x.evaluator_id === s.evaluator_id && x.stage === s.stage), `${a.id} ${s.evaluator_id}`).toBe(true)
      for (const s of a.scores) expect(c.scoring.find((i) => i.code === s.criterion && i.stage === s.stage && !i.computed), s.criterion).toBeDefined()
      for (const stage of c.stages) {
        if (a.stage === null || c.stages.indexOf(stage) > c.stages.indexOf(a.stage)) {
          expect(a.scores.filter((s) => s.stage === stage)).toEqual([])
          continue
        }
        const done = totals(a, c, stage)
        const expected = membersOf(a, stage).filter((id) => !a.abstentions.some((x) => x.evaluator_id === id && x.stage === stage))
        complete += done.size
        commented += a.sheet_comments.filter((x) => x.stage === stage && done.has(x.evaluator_id)).length
        const current = a.status === 'evaluating' && stage === a.stage
        if (!current && a.status !== 'withdrawn') expect([...done.keys()].sort(), `${a.id} ${stage}`).toEqual(expected.sort())
        if (current && a.round === '2026-1') fills.add(done.size === expected.length ? 'complete' : done.size === 0 ? 'none' : 'partial')
      }
      for (const x of a.sheet_comments) {
        expect(a.scores.some((s) => s.evaluator_id === x.evaluator_id && s.stage === x.stage)).toBe(true)
        expect(x.comment).toMatch(/[가-힣]/)
      }
    }
    expect(fills).toEqual(new Set(['complete', 'partial', 'none']))
    expect(commented / complete).toBeGreaterThan(0.7)
    const unscored = apps.filter((a) => a.round === '2026-1' && a.status === 'evaluating' && a.stage === 'document' && !a.scores.some((s) => s.evaluator_id === 'S-0031') && !a.abstentions.some((x) => x.evaluator_id === 'S-0031'))
    expect(unscored.length, 'the demo evaluator has unscored work').toBeGreaterThan(5)
  })

  it('records 회피 (by the evaluator) and a few 기피 · 제척 (by the manager), with no sheet for that evaluator and stage', () => {
    const all = apps.flatMap((a) => a.abstentions.map((x) => ({ a, x })))
    const kinds = new Map<string, number>()
    for (const { a, x } of all) {
      kinds.set(x.kind, (kinds.get(x.kind) ?? 0) + 1)
      expect(x.by).toBe(x.kind === 'recusal' ? x.evaluator_id : 'S-0001')
      expect(x.reason.trim().length).toBeGreaterThanOrEqual(5)
      expect(x.known_on).not.toBeNull()
      expect(String(x.known_on) <= x.at.slice(0, 10)).toBe(true)
      expect(a.scores.some((s) => s.evaluator_id === x.evaluator_id && s.stage === x.stage)).toBe(false)
      expect(a.sheet_comments.some((s) => s.evaluator_id === x.evaluator_id && s.stage === x.stage)).toBe(false)
      expect(a.assignments.some((s) => s.evaluator_id === x.evaluator_id && s.stage === x.stage)).toBe(true)
    }
    const pairs = apps.reduce((n, a) => n + a.assignments.filter((x) => x.stage === 'document' && a.stage !== null).length, 0)
    const recusals = kinds.get('recusal') ?? 0
    expect(recusals / pairs).toBeGreaterThan(0.02)
    expect(recusals / pairs).toBeLessThan(0.09)
    expect(kinds.get('challenge')).toBeGreaterThan(0)
    expect(kinds.get('exclusion')).toBeGreaterThan(0)
    expect(kinds.get('challenge')).toBeLessThan(recusals)
  })

  it('shows each evaluator\'s leniency: committee members\' means differ, and raw means and z-scores rank some site visits differently', () => {
    const c = criteriaFor('2026-1')
    const byEvaluator = new Map<string, number[]>()
    for (const a of ofRound('2026-1')) for (const [id, t] of totals(a, c, 'document')) byEvaluator.set(id, [...(byEvaluator.get(id) ?? []), t])
    const means = [...byEvaluator.values()].map(mean)
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(2)

    const visited = ofRound('2026-1').map((a) => ({ id: a.id, totals: totals(a, c, 'site_visit') })).filter((v) => v.totals.size > 0)
    const stats = new Map<string, { mu: number; sigma: number }>()
    const perEvaluator = new Map<string, number[]>()
    for (const v of visited) for (const [id, t] of v.totals) perEvaluator.set(id, [...(perEvaluator.get(id) ?? []), t])
    for (const [id, ts] of perEvaluator) {
      const mu = mean(ts)
      stats.set(id, { mu, sigma: Math.sqrt(mean(ts.map((t) => (t - mu) ** 2))) })
    }
    const scored = visited.map((v) => ({
      raw: mean([...v.totals.values()]),
      z: mean([...v.totals].map(([id, t]) => {
        const s = stats.get(id)!
        return s.sigma === 0 ? 0 : (t - s.mu) / s.sigma
      }))
    }))
    const inversions = scored.flatMap((p) => scored.filter((q) => p.raw > q.raw && p.z < q.z)).length
    expect(inversions).toBeGreaterThan(0)
  })
})
