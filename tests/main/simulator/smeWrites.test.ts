import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalSimulator } from '../../../src/main/simulator'
import { Problem, SmeApplication, type SmeStage } from '../../../src/shared/portal'
import { call, login, start, write } from './helpers'
import { applications, membersOf } from './smeHelpers'

describe('blind scoring', () => {
  let sim: PortalSimulator
  let manager: string
  let evaluator: string
  beforeAll(async () => {
    sim = await start({ scale: 150 })
    manager = await login(sim, 'manager')
    evaluator = await login(sim, 'evaluator')
  })
  afterAll(() => sim.close())

  it('gives an evaluator only their own scores and 평가의견, a manager everyone\'s, at the same versions', async () => {
    const all = await applications(sim, manager)
    const own = await applications(sim, evaluator)
    expect(own.map((a) => [a.id, a.version])).toEqual(all.map((a) => [a.id, a.version]))
    expect(all.some((a) => a.scores.some((s) => s.evaluator_id !== 'S-0031'))).toBe(true)
    expect(own.some((a) => a.scores.length > 0)).toBe(true)
    for (const [i, a] of own.entries()) {
      const full = all[i]!
      expect(a.scores).toEqual(full.scores.filter((s) => s.evaluator_id === 'S-0031'))
      expect(a.sheet_comments).toEqual(full.sheet_comments.filter((s) => s.evaluator_id === 'S-0031'))
      expect({ ...a, scores: [], sheet_comments: [] }).toEqual({ ...full, scores: [], sheet_comments: [] })
    }
    const screener = await applications(sim, await login(sim, 'screener'))
    expect(screener.every((a) => a.scores.length === 0 && a.sheet_comments.length === 0)).toBe(true)
  })

  it('filters one record, a write answer and the current record of a 409 alike', async () => {
    const all = await applications(sim, manager)
    const app = all.find((a) => a.status === 'evaluating' && a.stage === 'document' && a.scores.some((s) => s.evaluator_id !== 'S-0031') && membersOf(a, 'document').includes('S-0031') && !a.abstentions.some((x) => x.evaluator_id === 'S-0031'))!
    const one = SmeApplication.parse((await call(sim, 'GET', `/sme-applications/${app.id}`, { token: evaluator })).body)
    expect(one.scores.every((s) => s.evaluator_id === 'S-0031')).toBe(true)
    expect(SmeApplication.parse((await call(sim, 'GET', `/sme-applications/${app.id}`, { token: manager })).body).scores).toEqual(app.scores)
    const path = `/sme-applications/${app.id}/scores/S-0031?stage=document`
    const stale = await write(sim, evaluator, 'PUT', path, { scores: { competitiveness: 10 } }, { version: app.version - 1 })
    expect(stale.status).toBe(409)
    expect(SmeApplication.parse(Problem.parse(stale.body).current).scores.every((s) => s.evaluator_id === 'S-0031')).toBe(true)
    const saved = await write(sim, evaluator, 'PUT', path, { scores: { competitiveness: 10, growth_potential: 8 } }, { version: app.version })
    expect(saved.status).toBe(200)
    const answer = SmeApplication.parse(saved.body)
    expect(answer.version).toBe(app.version + 1)
    expect(answer.scores.map((s) => [s.criterion, s.score])).toEqual([['competitiveness', 10], ['growth_potential', 8]])
  })
})

describe('score sheets, abstentions, stages and selection', () => {
  let sim: PortalSimulator
  let manager: string
  let evaluator: string
  let apps: SmeApplication[]
  beforeAll(async () => {
    sim = await start({ scale: 300 })
    manager = await login(sim, 'manager')
    evaluator = await login(sim, 'evaluator')
    apps = await applications(sim, manager)
  })
  afterAll(() => sim.close())

  /** A fresh 2026-1 application in `stage` that S-0031 scores (or not, with `assigned: false`) and has not abstained from; each call gives another. */
  const used = new Set<string>()
  function pick(stage: SmeStage, opts: { assigned?: boolean; scoringStage?: SmeStage } = {}): SmeApplication {
    const scoring = opts.scoringStage ?? stage
    const found = apps.find(
      (a) =>
        !used.has(a.id) &&
        a.round === '2026-1' &&
        a.status === 'evaluating' &&
        a.stage === stage &&
        membersOf(a, scoring).includes('S-0031') === (opts.assigned ?? true) &&
        !a.abstentions.some((x) => x.evaluator_id === 'S-0031')
    )
    if (!found) throw new Error(`no 2026-1 application in ${stage}`)
    used.add(found.id)
    return found
  }
  const scoresPath = (app: SmeApplication, evaluatorId: string, stage: SmeStage): string => `/sme-applications/${app.id}/scores/${evaluatorId}?stage=${stage}`

  it('saves a sheet of the current stage with its 평가의견, replaced on each save and removed when empty', async () => {
    const app = pick('document')
    let v = app.version
    const first = await write(sim, evaluator, 'PUT', scoresPath(app, 'S-0031', 'document'), { scores: { competitiveness: 17, growth_potential: 11 }, comment: '기술력 우수' }, { version: v++ })
    expect(first.status).toBe(200)
    expect(SmeApplication.parse(first.body).sheet_comments).toMatchObject([{ evaluator_id: 'S-0031', stage: 'document', comment: '기술력 우수' }])
    const second = await write(sim, evaluator, 'PUT', scoresPath(app, 'S-0031', 'document'), { scores: { competitiveness: 18, growth_potential: 11 }, comment: '  성장 계획 구체적  ' }, { version: v++ })
    expect(SmeApplication.parse(second.body).sheet_comments).toMatchObject([{ evaluator_id: 'S-0031', stage: 'document', comment: '성장 계획 구체적' }])
    const third = await write(sim, evaluator, 'PUT', scoresPath(app, 'S-0031', 'document'), { scores: { competitiveness: 18, growth_potential: 12 } }, { version: v })
    const saved = SmeApplication.parse(third.body)
    expect(saved.sheet_comments).toEqual([])
    expect(saved.scores.map((s) => [s.criterion, s.score])).toEqual([['competitiveness', 18], ['growth_potential', 12]])
    const others = SmeApplication.parse((await call(sim, 'GET', `/sme-applications/${app.id}`, { token: manager })).body)
    expect(others.scores.filter((s) => s.evaluator_id !== 'S-0031')).toEqual(app.scores.filter((s) => s.evaluator_id !== 'S-0031'))
    expect(others.sheet_comments).toEqual(app.sheet_comments.filter((s) => s.evaluator_id !== 'S-0031'))
  })

  it('refuses computed items, unknown items and scores above max (422 with the item\'s path), another\'s row and an unassigned stage (403)', async () => {
    const app = pick('document')
    const path = scoresPath(app, 'S-0031', 'document')
    const cases: [Record<string, number>, string][] = [[{ regular_ratio: 16 }, 'scores.regular_ratio'], [{ competitiveness: 21 }, 'scores.competitiveness'], [{ job_quality: 10 }, 'scores.job_quality'], [{ nonsense: 1 }, 'scores.nonsense'], [{ competitiveness: -1 }, 'scores.competitiveness']]
    for (const [scores, errorPath] of cases) {
      const r = await write(sim, evaluator, 'PUT', path, { scores }, { version: app.version })
      expect(r.status, errorPath).toBe(422)
      expect(Problem.parse(r.body).errors?.map((e) => e.path)).toEqual([errorPath])
    }
    expect((await write(sim, evaluator, 'PUT', scoresPath(app, 'S-0032', 'document'), { scores: { competitiveness: 10 } }, { version: app.version })).status).toBe(403)
    const elsewhere = pick('site_visit', { assigned: false })
    const notAssigned = await write(sim, evaluator, 'PUT', scoresPath(elsewhere, 'S-0031', 'site_visit'), { scores: { job_quality: 20 } }, { version: elsewhere.version })
    expect(notAssigned.status).toBe(403)
    expect(Problem.parse(notAssigned.body).code).toBe('forbidden')
    const team = membersOf(elsewhere, 'site_visit')[0]!
    expect((await write(sim, manager, 'PUT', scoresPath(elsewhere, team, 'site_visit'), { scores: { job_quality: 20, work_life_balance: 15 } }, { version: elsewhere.version })).status).toBe(200)
    expect((await write(sim, evaluator, 'PUT', scoresPath(app, 'S-0031', 'interview'), { scores: {} }, { version: app.version })).status).toBe(422)
  })

  it('keeps a stage editable only while it is the current one (409 invalid_transition otherwise)', async () => {
    const later = pick('site_visit', { scoringStage: 'document' })
    const past = await write(sim, evaluator, 'PUT', scoresPath(later, 'S-0031', 'document'), { scores: { competitiveness: 10 } }, { version: later.version })
    expect(past.status).toBe(409)
    expect(Problem.parse(past.body).code).toBe('invalid_transition')
    const early = pick('document', { scoringStage: 'site_visit' })
    expect((await write(sim, evaluator, 'PUT', scoresPath(early, 'S-0031', 'site_visit'), { scores: { job_quality: 10 } }, { version: early.version })).status).toBe(409)
    const done = apps.find((a) => a.round === '2026-1' && a.status === 'selected')!
    expect((await write(sim, manager, 'PUT', scoresPath(done, 'S-0032', 'site_visit'), { scores: { job_quality: 10 } }, { version: done.version })).status).toBe(409)
  })

  it('records a 회피 by the evaluator: the sheet and 평가의견 go, a later sheet or a second abstention is refused', async () => {
    const app = pick('document')
    let v = app.version
    const path = scoresPath(app, 'S-0031', 'document')
    expect((await write(sim, evaluator, 'PUT', path, { scores: { competitiveness: 15, growth_potential: 10 }, comment: '무난함' }, { version: v++ })).status).toBe(200)
    const short = await write(sim, evaluator, 'PUT', path, { abstain: { kind: 'recusal', reason: '친족' } }, { version: v })
    expect(short.status).toBe(422)
    expect(Problem.parse(short.body).errors?.[0]?.path).toBe('abstain.reason')
    const recused = await write(sim, evaluator, 'PUT', path, { abstain: { kind: 'recusal', reason: '신청기업 대표와 공동연구 수행', known_on: '2026-07-20' } }, { version: v++ })
    expect(recused.status).toBe(200)
    const after = SmeApplication.parse(recused.body)
    expect(after.abstentions.filter((x) => x.evaluator_id === 'S-0031')).toMatchObject([{ stage: 'document', kind: 'recusal', reason: '신청기업 대표와 공동연구 수행', known_on: '2026-07-20', by: 'S-0031' }])
    expect(after.scores).toEqual([])
    expect(after.sheet_comments).toEqual([])
    const sheet = await write(sim, evaluator, 'PUT', path, { scores: { competitiveness: 15 } }, { version: v })
    expect(sheet.status).toBe(409)
    expect(Problem.parse(sheet.body).code).toBe('invalid_transition')
    expect((await write(sim, evaluator, 'PUT', path, { abstain: { kind: 'recusal', reason: '다시 한 번 회피 신청' } }, { version: v })).status).toBe(409)
    expect((await write(sim, manager, 'PUT', path, { abstain: { kind: 'exclusion', reason: '제척 사유 추가 확인' } }, { version: v })).status).toBe(409)
    expect((await write(sim, evaluator, 'PUT', path, { scores: { competitiveness: 1 }, abstain: { kind: 'recusal', reason: '둘 다 보냄' } }, { version: v })).status).toBe(422)
  })

  it('lets only a manager record 기피 and 제척 (for any assigned evaluator), with known_on null when not given', async () => {
    const app = pick('document')
    const path = scoresPath(app, 'S-0031', 'document')
    const byEvaluator = await write(sim, evaluator, 'PUT', path, { abstain: { kind: 'challenge', reason: '신청기업의 기피 신청' } }, { version: app.version })
    expect(byEvaluator.status).toBe(403)
    const other = membersOf(app, 'document').find((id) => id !== 'S-0031' && !app.abstentions.some((x) => x.evaluator_id === id))!
    const challenged = await write(sim, manager, 'PUT', scoresPath(app, other, 'document'), { abstain: { kind: 'challenge', reason: '신청기업의 기피 신청 접수' } }, { version: app.version })
    expect(challenged.status).toBe(200)
    const rec = SmeApplication.parse(challenged.body)
    expect(rec.abstentions.find((x) => x.evaluator_id === other)).toMatchObject({ kind: 'challenge', known_on: null, by: 'S-0001', stage: 'document' })
    expect(rec.scores.some((s) => s.evaluator_id === other)).toBe(false)
    const excluded = await write(sim, manager, 'PUT', path, { abstain: { kind: 'exclusion', reason: '신청기업 재직 이력 확인', known_on: '2026-07-15' } }, { version: rec.version })
    expect(SmeApplication.parse(excluded.body).abstentions.find((x) => x.evaluator_id === 'S-0031')).toMatchObject({ kind: 'exclusion', by: 'S-0001' })
  })

  it('moves stages only along the round\'s list and selects only in its last stage', async () => {
    const app = pick('document')
    let v = app.version
    const stagePath = `/sme-applications/${app.id}/stage`
    const selectionPath = `/sme-applications/${app.id}/selection`
    expect((await write(sim, evaluator, 'POST', stagePath, { stage: 'site_visit' }, { version: v })).status).toBe(403)
    expect((await write(sim, manager, 'POST', stagePath, { stage: 'interview' }, { version: v })).status).toBe(409)
    expect((await write(sim, manager, 'POST', stagePath, { stage: 'document' }, { version: v })).status).toBe(409)
    const early = await write(sim, manager, 'POST', selectionPath, { selected: true, note: '우수' }, { version: v })
    expect(early.status).toBe(409)
    expect(Problem.parse(early.body).code).toBe('invalid_transition')
    const moved = await write(sim, manager, 'POST', stagePath, { stage: 'site_visit' }, { version: v++ })
    expect(SmeApplication.parse(moved.body)).toMatchObject({ status: 'evaluating', stage: 'site_visit' })
    expect((await write(sim, manager, 'POST', stagePath, { stage: 'interview' }, { version: v })).status).toBe(409)
    expect((await write(sim, evaluator, 'POST', selectionPath, { selected: true }, { version: v })).status).toBe(403)
    const selected = await write(sim, manager, 'POST', selectionPath, { selected: false, note: '위원회 심의 결과 미선정' }, { version: v++ })
    expect(SmeApplication.parse(selected.body)).toMatchObject({ status: 'not_selected', stage: 'site_visit', selection: { selected: false, note: '위원회 심의 결과 미선정', by: 'S-0001' } })
    expect((await write(sim, manager, 'POST', selectionPath, { selected: true }, { version: v })).status).toBe(409)
  })

  it('on an eligible screening starts the round\'s first stage with the committee and one site-visit team assigned', async () => {
    const app = apps.find((a) => a.round === '2026-1' && a.status === 'submitted')!
    const screener = await login(sim, 'screener')
    const screened = await write(sim, screener, 'POST', `/sme-applications/${app.id}/screening`, { result: 'eligible', failed_criteria: [] }, { version: app.version })
    const rec = SmeApplication.parse(screened.body)
    expect(rec).toMatchObject({ status: 'evaluating', stage: 'document' })
    const committee = membersOf(apps.find((a) => a.round === '2026-1' && a.assignments.length > 0)!, 'document')
    expect(membersOf(rec, 'document')).toEqual(committee)
    const team = membersOf(rec, 'site_visit')
    expect(team).toHaveLength(3)
    const teams = new Set(apps.filter((a) => a.round === '2026-1').map((a) => membersOf(a, 'site_visit').join(',')))
    expect(teams.has(team.join(','))).toBe(true)
    expect(membersOf(rec, 'interview')).toEqual([])
  })

  it('lets another staff member\'s edit bump an application\'s version and nothing else', async () => {
    const app = pick('document')
    const [changed] = sim.control.otherStaffEdit('sme-applications', 1, app.id)
    expect(changed).toEqual({ id: app.id, version: app.version + 1 })
    const now = SmeApplication.parse((await call(sim, 'GET', `/sme-applications/${app.id}`, { token: manager })).body)
    expect({ ...now, version: app.version, updated_at: app.updated_at }).toEqual(app)
  })
})
