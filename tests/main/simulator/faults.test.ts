import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PortalSimulator } from '../../../src/main/simulator'
import { AttractiveJob, COLLECTION_SCHEMAS, Problem } from '../../../src/shared/portal'
import { call, firstWith, login, start, write, type Page } from './helpers'

describe('fault injection', () => {
  let sim: PortalSimulator
  let token: string
  beforeEach(async () => {
    sim = await start({ scale: 60 })
    token = await login(sim, 'manager')
  })
  afterEach(() => sim.close())

  it('answers 429 with Retry-After at rate 1.0, never on /__sim', async () => {
    sim.faults.set({ rate429: 1, retryAfterSeconds: 7 })
    const r = await call(sim, 'GET', '/me', { token })
    expect(r.status).toBe(429)
    expect(r.headers.get('retry-after')).toBe('7')
    expect(Problem.parse(r.body).code).toBe('rate_limited')
    const stats = await call<{ faultsInjected: { rate429: number } }>(sim, 'GET', '/__sim/stats')
    expect(stats.status).toBe(200)
    expect(stats.body.faultsInjected.rate429).toBe(1)
    const put = await call(sim, 'PUT', '/__sim/faults', { body: { rate429: 0, rate503: 1 } })
    expect(put.body).toMatchObject({ rate429: 0, rate503: 1 })
    const u = await call(sim, 'GET', '/me', { token })
    expect(u.status).toBe(503)
    expect(u.headers.get('retry-after')).toBe('7')
    expect((await call(sim, 'PUT', '/__sim/faults', { body: { rate503: 2 } })).status).toBe(422)
  })

  it('drops connections; a write dropped after it was applied is replayed by its key', async () => {
    sim.faults.set({ dropRate: 1 })
    await expect(fetch(`${sim.url}/admin/v1/me`, { headers: { Authorization: `Bearer ${token}` } })).rejects.toThrow()
    sim.faults.set({ dropRate: 0 })
    const job = await firstWith(sim, token, 'attractive-jobs', (r) => r.status === 'submitted')
    const path = `/attractive-jobs/${String(job.id)}/comments`
    const key = randomUUID()
    sim.faults.set({ dropRate: 1 })
    for (let i = 0; i < 8; i += 1) {
      await expect(write(sim, token, 'POST', path, { body: '재시도 테스트' }, { key })).rejects.toThrow()
    }
    sim.faults.set({ dropRate: 0 })
    const r = await write(sim, token, 'POST', path, { body: '재시도 테스트' }, { key })
    expect(r.status).toBe(201)
    // However many drops happened before or after applying, exactly one comment exists.
    expect(sim.control.stats().commentsAdded[String(job.id)]).toBe(1)
    expect(sim.control.stats().faultsInjected.drop).toBe(9)
  })

  it('otherStaffEditRate makes a versioned write meet 409 version_conflict', async () => {
    const job = await firstWith(sim, token, 'attractive-jobs', (r) => r.status === 'submitted')
    sim.faults.set({ otherStaffEditRate: 1 })
    const r = await write(sim, token, 'POST', `/attractive-jobs/${String(job.id)}/review`, { action: 'start_review' }, { version: Number(job.version) })
    expect(r.status).toBe(409)
    const current = AttractiveJob.parse(Problem.parse(r.body).current)
    expect(current.version).toBe(Number(job.version) + 1)
    expect(current.comments.at(-1)?.author).toBe('S-0099')
    sim.faults.set({ otherStaffEditRate: 0 })
    const ok = await write(sim, token, 'POST', `/attractive-jobs/${String(job.id)}/review`, { action: 'start_review' }, { version: current.version })
    expect(ok.status).toBe(200)
  })

  it('malformedRate breaks feed items; injectMalformed adds broken records', async () => {
    sim.faults.set({ malformedRate: 1 })
    const page = await call<Page>(sim, 'GET', '/attractive-jobs/changes?limit=20', { token })
    expect(page.body.items.every((i) => !COLLECTION_SCHEMAS['attractive-jobs'].safeParse(i).success)).toBe(true)
    sim.faults.set({ malformedRate: 0 })
    const ids = sim.control.injectMalformed('sme-applications', 3)
    const all = await call<Page>(sim, 'GET', '/sme-applications/changes?limit=1000', { token })
    const broken = all.body.items.filter((i) => !COLLECTION_SCHEMAS['sme-applications'].safeParse(i).success)
    expect(broken.map((i) => i.id)).toEqual(ids)
  })

  it('control hooks work over HTTP too', async () => {
    const edit = await call<{ changed: { id: string; version: number }[] }>(sim, 'POST', '/__sim/other-staff-edit', { body: { collection: 'reemployment-sessions', count: 2 } })
    expect(edit.body.changed).toHaveLength(2)
    const rec = await call<{ version: number }>(sim, 'GET', `/__sim/records/reemployment-sessions/${edit.body.changed[0]!.id}`)
    expect(rec.body.version).toBe(edit.body.changed[0]!.version)
    const page = await call<Page>(sim, 'GET', '/reemployment-sessions/changes?limit=1', { token })
    expect((await call(sim, 'POST', '/__sim/expire-cursors')).status).toBe(200)
    expect((await call(sim, 'GET', `/reemployment-sessions/changes?cursor=${page.body.next_cursor}`, { token })).status).toBe(410)
    const inj = await call<{ ids: string[] }>(sim, 'POST', '/__sim/inject-malformed', { body: { collection: 'attractive-jobs', count: 2 } })
    expect(inj.body.ids).toHaveLength(2)
    const del = await call<{ deleted: boolean }>(sim, 'POST', '/__sim/delete', { body: { collection: 'attractive-jobs', id: inj.body.ids[0] } })
    expect(del.body.deleted).toBe(true)
    expect((await call(sim, 'GET', '/__sim/faults')).body).toMatchObject({ rate429: 0, dropRate: 0 })
  })
})
