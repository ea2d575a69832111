import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalSimulator } from '../../../src/main/simulator'
import { AttractiveJob, Comment, Problem, SmeApplication } from '../../../src/shared/portal'
import { call, firstWith, login, start, write } from './helpers'

describe('writes: attractive jobs', () => {
  let sim: PortalSimulator
  let reviewer: string
  beforeAll(async () => {
    sim = await start({ scale: 120 })
    reviewer = await login(sim, 'reviewer')
  })
  afterAll(() => sim.close())

  it('runs the review state machine with If-Match and decisions', async () => {
    const job = await firstWith(sim, reviewer, 'attractive-jobs', (r) => r.status === 'submitted')
    const path = `/attractive-jobs/${String(job.id)}/review`
    const v = Number(job.version)
    const noMatch = await write(sim, reviewer, 'POST', path, { action: 'start_review' })
    expect(noMatch.status).toBe(428)
    expect(Problem.parse(noMatch.body).code).toBe('precondition_required')
    const bad = await write(sim, reviewer, 'POST', path, { action: 'approve' }, { version: v })
    expect(bad.status).toBe(409)
    expect(Problem.parse(bad.body)).toMatchObject({ code: 'invalid_transition' })
    const started = await write(sim, reviewer, 'POST', path, { action: 'start_review' }, { version: v })
    expect(started.status).toBe(200)
    expect(AttractiveJob.parse(started.body)).toMatchObject({ status: 'in_review', version: v + 1 })
    const stale = await write(sim, reviewer, 'POST', path, { action: 'approve' }, { version: v })
    expect(stale.status).toBe(409)
    const problem = Problem.parse(stale.body)
    expect(problem.code).toBe('version_conflict')
    expect(AttractiveJob.parse(problem.current)).toMatchObject({ version: v + 1, status: 'in_review' })
    const noReason = await write(sim, reviewer, 'POST', path, { action: 'reject', reason: '짧음' }, { version: v + 1 })
    expect(noReason.status).toBe(422)
    expect(Problem.parse(noReason.body).errors?.[0]?.path).toBe('reason')
    const rejected = await write(sim, reviewer, 'POST', path, { action: 'reject', reason: '생활임금 미만 시급입니다.', checks: [{ rule: 'living_wage', passed: false }] }, { version: v + 1 })
    expect(rejected.status).toBe(200)
    const rec = AttractiveJob.parse(rejected.body)
    expect(rec.decision).toMatchObject({ outcome: 'rejected', reason: '생활임금 미만 시급입니다.', decided_by: 'S-0007' })
    expect(sim.control.record('attractive-jobs', rec.id)).toEqual(rejected.body)
    const final = await write(sim, reviewer, 'POST', path, { action: 'start_review' }, { version: rec.version })
    expect(Problem.parse(final.body).code).toBe('invalid_transition')
  })

  it('replays the same Idempotency-Key and rejects its reuse with another body', async () => {
    const job = await firstWith(sim, reviewer, 'attractive-jobs', (r) => r.status === 'in_review')
    const path = `/attractive-jobs/${String(job.id)}/review`
    const key = randomUUID()
    const body = { action: 'request_revision', reason: '예산 합계를 다시 확인해 주세요.' }
    const first = await write(sim, reviewer, 'POST', path, body, { key, version: Number(job.version) })
    const again = await write(sim, reviewer, 'POST', path, { reason: body.reason, action: body.action }, { key, version: Number(job.version) })
    expect(first.status).toBe(200)
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(Number(first.body.version)).toBe(Number(job.version) + 1)
    expect((sim.control.record('attractive-jobs', String(job.id)) as { version: number }).version).toBe(Number(job.version) + 1)
    const reused = await write(sim, reviewer, 'POST', path, { action: 'approve' }, { key, version: Number(job.version) + 1 })
    expect(reused.status).toBe(422)
    expect(Problem.parse(reused.body).code).toBe('idempotency_key_reused')
    const missing = await call(sim, 'POST', path, { token: reviewer, body: { action: 'approve' }, headers: { 'If-Match': '"1"' } })
    expect(missing.status).toBe(422)
  })

  it('creates comments once per key (201, version goes up, no If-Match)', async () => {
    const job = await firstWith(sim, reviewer, 'attractive-jobs', (r) => r.status === 'submitted' && Array.isArray(r.comments))
    const path = `/attractive-jobs/${String(job.id)}/comments`
    const key = randomUUID()
    const c1 = await write(sim, reviewer, 'POST', path, { body: '인건비 산출 근거 확인 필요' }, { key })
    const c1again = await write(sim, reviewer, 'POST', path, { body: '인건비 산출 근거 확인 필요' }, { key })
    const c2 = await write(sim, reviewer, 'POST', path, { body: '두 번째 의견' })
    expect(c1.status).toBe(201)
    expect(c1again.body).toEqual(c1.body)
    expect(Comment.parse(c1.body)).toMatchObject({ author: 'S-0007', body: '인건비 산출 근거 확인 필요' })
    expect(c2.body.id).not.toBe(c1.body.id)
    expect(sim.control.stats().commentsAdded[String(job.id)]).toBe(2)
    const rec = AttractiveJob.parse(sim.control.record('attractive-jobs', String(job.id)))
    expect(rec.comments).toHaveLength((job.comments as unknown[]).length + 2)
    expect(rec.version).toBe(Number(job.version) + 2)
    expect((await write(sim, reviewer, 'POST', path, { body: '   ' })).status).toBe(422)
  })

  it('forbids roles outside attractive jobs', async () => {
    const coordinator = await login(sim, 'coordinator')
    const r = await write(sim, coordinator, 'POST', '/attractive-jobs/AJ-2026-000001/review', { action: 'start_review' }, { version: 1 })
    expect(r.status).toBe(403)
  })
})

describe('writes: SME applications', () => {
  let sim: PortalSimulator
  let manager: string
  beforeAll(async () => {
    sim = await start({ scale: 150 })
    manager = await login(sim, 'manager')
  })
  afterAll(() => sim.close())

  it('screens, scores (own row, within max), advances along the round\'s stages and selects in the last', async () => {
    const screener = await login(sim, 'screener')
    const evaluator = await login(sim, 'evaluator')
    const app = await firstWith(sim, manager, 'sme-applications', (r) => r.status === 'submitted' && r.round === '2026-1')
    const id = String(app.id)
    let v = Number(app.version)
    expect((await write(sim, screener, 'POST', `/sme-applications/${id}/screening`, { result: 'ineligible', failed_criteria: ['nonsense'] }, { version: v })).status).toBe(422)
    const screened = await write(sim, screener, 'POST', `/sme-applications/${id}/screening`, { result: 'eligible', failed_criteria: [] }, { version: v })
    expect(SmeApplication.parse(screened.body)).toMatchObject({ status: 'evaluating', stage: 'document', screening: { by: 'S-0021' } })
    v += 1
    const scoresPath = `/sme-applications/${id}/scores/S-0031?stage=document`
    const over = await write(sim, evaluator, 'PUT', scoresPath, { scores: { competitiveness: 21 } }, { version: v })
    expect(over.status).toBe(422)
    expect(Problem.parse(over.body).errors?.[0]?.path).toBe('scores.competitiveness')
    expect((await write(sim, evaluator, 'PUT', `/sme-applications/${id}/scores/S-0032?stage=document`, { scores: { competitiveness: 10 } }, { version: v })).status).toBe(403)
    expect((await write(sim, manager, 'PUT', `/sme-applications/${id}/scores/S-0031?stage=site_visit`, { scores: { job_quality: 10 } }, { version: v })).status).toBe(409)
    const scored = await write(sim, evaluator, 'PUT', scoresPath, { scores: { competitiveness: 18, growth_potential: 12 } }, { version: v })
    expect(scored.status).toBe(200)
    v += 1
    const rescored = await write(sim, evaluator, 'PUT', scoresPath, { scores: { competitiveness: 19, growth_potential: 12 } }, { version: v })
    v += 1
    const scores = SmeApplication.parse(rescored.body).scores.filter((s) => s.evaluator_id === 'S-0031')
    expect(scores).toHaveLength(2)
    expect(scores.find((s) => s.criterion === 'competitiveness')?.score).toBe(19)
    expect((await write(sim, evaluator, 'POST', `/sme-applications/${id}/stage`, { stage: 'site_visit' }, { version: v })).status).toBe(403)
    expect((await write(sim, manager, 'POST', `/sme-applications/${id}/stage`, { stage: 'interview' }, { version: v })).status).toBe(409)
    expect((await write(sim, manager, 'POST', `/sme-applications/${id}/selection`, { selected: true }, { version: v })).status).toBe(409)
    const siteVisit = await write(sim, manager, 'POST', `/sme-applications/${id}/stage`, { stage: 'site_visit' }, { version: v++ })
    expect(siteVisit.body.stage).toBe('site_visit')
    expect((await write(sim, manager, 'POST', `/sme-applications/${id}/stage`, { stage: 'interview' }, { version: v })).status).toBe(409)
    const selected = await write(sim, manager, 'POST', `/sme-applications/${id}/selection`, { selected: true, note: '우수' }, { version: v })
    expect(SmeApplication.parse(selected.body)).toMatchObject({ status: 'selected', selection: { selected: true, note: '우수', by: 'S-0001' } })
  })
})
