import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalSimulator } from '../../../src/main/simulator'
import { COLLECTIONS, COLLECTION_SCHEMAS, DistrictList, LivingWage, Problem, SmeCriteria, Tombstone, AttractiveJobsRules } from '../../../src/shared/portal'
import { call, login, pullAll, start, type Page } from './helpers'

describe('change feeds', () => {
  let sim: PortalSimulator
  let manager: string
  beforeAll(async () => {
    sim = await start({ scale: 150 })
    manager = await login(sim, 'manager')
  })
  afterAll(() => sim.close())

  it('pages cover every record exactly once, and every seeded record passes the shared schema', async () => {
    const counts = sim.control.stats().counts
    for (const c of COLLECTIONS) {
      const { items, pages } = await pullAll(sim, manager, c, 37)
      const ids = items.map((i) => i.id)
      expect(new Set(ids).size).toBe(ids.length)
      expect(ids.length).toBe(counts[c].live)
      expect(pages).toBe(Math.max(1, Math.ceil(ids.length / 37)))
      for (const item of items) {
        const parsed = COLLECTION_SCHEMAS[c].safeParse(item)
        if (!parsed.success) throw new Error(`${c} ${String(item.id)}: ${parsed.error.message}`)
      }
    }
  })

  it('never serves an unmasked phone number or name in feeds', async () => {
    for (const c of COLLECTIONS) {
      const { items } = await pullAll(sim, manager, c, 1000)
      const text = JSON.stringify(items)
      expect(text).not.toMatch(/01\d-\d{3,4}-\d{4}/)
      expect(text).not.toMatch(/02-\d{3,4}-\d{4}/)
    }
    const { items } = await pullAll(sim, manager, 'reemployment-registrations', 1000)
    for (const r of items) {
      const person = r.person as { name: string; phone: string; phone_last4: string }
      expect(person.phone).toMatch(/^010-\*{4}-\d{4}$/)
      expect(person.phone.endsWith(person.phone_last4)).toBe(true)
      expect(person.name).toContain('*')
    }
  })

  it('a cursor taken after a full pull returns only later changes, with tombstones for deletions', async () => {
    const { cursor } = await pullAll(sim, manager, 'attractive-jobs', 200)
    const empty = await call<Page>(sim, 'GET', `/attractive-jobs/changes?cursor=${cursor}`, { token: manager })
    expect(empty.body.items).toEqual([])
    expect(empty.body.has_more).toBe(false)
    const edited = sim.control.otherStaffEdit('attractive-jobs', 3)
    const victim = (await pullAll(sim, manager, 'attractive-jobs', 1000)).items.find((i) => !edited.some((e) => e.id === i.id))
    expect(sim.control.deleteRecord('attractive-jobs', String(victim?.id))).toBe(true)
    const after = await call<Page>(sim, 'GET', `/attractive-jobs/changes?cursor=${cursor}&limit=1000`, { token: manager })
    expect(after.status).toBe(200)
    expect(after.body.items.map((i) => i.id)).toEqual([...edited.map((e) => e.id), victim?.id])
    expect(after.body.items.slice(0, 3).map((i) => i.version)).toEqual(edited.map((e) => e.version))
    expect(Tombstone.parse(after.body.items[3])).toMatchObject({ id: victim?.id, deleted: true })
    // A full pull from the beginning skips tombstones; the deleted record is gone.
    const full = await pullAll(sim, manager, 'attractive-jobs', 1000)
    expect(full.items.some((i) => i.id === victim?.id)).toBe(false)
    expect(full.items.every((i) => i.deleted === undefined)).toBe(true)
    expect((await call(sim, 'GET', `/attractive-jobs/${String(victim?.id)}`, { token: manager })).status).toBe(404)
  })

  it('expireCursors makes every older cursor 410 cursor_expired', async () => {
    const page = await call<Page>(sim, 'GET', '/sme-applications/changes?limit=10', { token: manager })
    sim.control.expireCursors()
    const r = await call(sim, 'GET', `/sme-applications/changes?cursor=${page.body.next_cursor}`, { token: manager })
    expect(r.status).toBe(410)
    expect(Problem.parse(r.body).code).toBe('cursor_expired')
    const fresh = await call<Page>(sim, 'GET', '/sme-applications/changes?limit=10', { token: manager })
    expect((await call(sim, 'GET', `/sme-applications/changes?cursor=${fresh.body.next_cursor}`, { token: manager })).status).toBe(200)
  })

  it('validates limit and cursor', async () => {
    for (const limit of ['0', '1001', 'abc', '2.5']) {
      const r = await call(sim, 'GET', `/attractive-jobs/changes?limit=${limit}`, { token: manager })
      expect(r.status, limit).toBe(422)
      expect(Problem.parse(r.body).code).toBe('validation_failed')
    }
    expect((await call<Page>(sim, 'GET', '/attractive-jobs/changes', { token: manager })).body.items).toHaveLength(149)
    expect((await call<Page>(sim, 'GET', '/attractive-jobs/changes?limit=1000', { token: manager })).status).toBe(200)
    expect((await call(sim, 'GET', '/attractive-jobs/changes?cursor=garbage', { token: manager })).status).toBe(422)
    const other = await call<Page>(sim, 'GET', '/sme-applications/changes?limit=1', { token: manager })
    expect((await call(sim, 'GET', `/attractive-jobs/changes?cursor=${other.body.next_cursor}`, { token: manager })).status).toBe(422)
  })

  it('filters feeds by role (403 outside the caller roles)', async () => {
    const cases: [string, string[]][] = [
      ['reviewer', ['attractive-jobs']],
      ['screener', ['sme-applications']],
      ['evaluator', ['sme-applications']],
      ['coordinator', ['reemployment-sessions', 'reemployment-registrations']]
    ]
    for (const [user, allowed] of cases) {
      const token = await login(sim, user)
      // Allowed and forbidden collections checked apart, so the problem body is checked for every 403.
      for (const c of allowed) expect((await call(sim, 'GET', `/${c}/changes?limit=1`, { token })).status, `${user} ${c}`).toBe(200)
      const forbidden = COLLECTIONS.filter((c) => !allowed.includes(c))
      expect(forbidden.length).toBeGreaterThan(0)
      for (const c of forbidden) {
        const r = await call(sim, 'GET', `/${c}/changes?limit=1`, { token })
        expect(r.status, `${user} ${c}`).toBe(403)
        expect(Problem.parse(r.body).code).toBe('forbidden')
      }
    }
  })

  it('serves one record and logs contact look-ups with a reason', async () => {
    const page = await call<Page>(sim, 'GET', '/reemployment-registrations/changes?limit=1', { token: manager })
    const rec = page.body.items[0]!
    const one = await call<Record<string, unknown>>(sim, 'GET', `/reemployment-registrations/${String(rec.id)}`, { token: manager })
    expect(one.body).toEqual(rec)
    expect((await call(sim, 'GET', `/reemployment-registrations/${String(rec.id)}/contact`, { token: manager })).status).toBe(422)
    expect((await call(sim, 'GET', `/reemployment-registrations/${String(rec.id)}/contact?reason=x`, { token: manager })).status).toBe(422)
    const contact = await call<{ name: string; phone: string }>(sim, 'GET', `/reemployment-registrations/${String(rec.id)}/contact?reason=${encodeURIComponent('출석 확인 전화')}`, { token: manager })
    expect(contact.status).toBe(200)
    expect(contact.body.phone).toMatch(/^010-\d{4}-\d{4}$/)
    const person = rec.person as { phone: string; name: string }
    expect(contact.body.phone.slice(-4)).toBe(person.phone.slice(-4))
    expect(contact.body.name[0]).toBe(person.name[0])
    expect(sim.control.contactLog().at(-1)).toMatchObject({ staff_id: 'S-0001', record_id: rec.id, reason: '출석 확인 전화' })
    const reviewer = await login(sim, 'reviewer')
    expect((await call(sim, 'GET', `/reemployment-registrations/${String(rec.id)}/contact?reason=test`, { token: reviewer })).status).toBe(403)
    expect((await call(sim, 'GET', '/attractive-jobs/AJ-0000-000000', { token: manager })).status).toBe(404)
  })

  it('serves reference data', async () => {
    const token = await login(sim, 'coordinator')
    const d = await call(sim, 'GET', '/reference/districts', { token })
    const districts = DistrictList.parse(d.body)
    expect(districts).toHaveLength(25)
    expect(districts[0]).toEqual({ code: '11110', name: '종로구' })
    expect(districts[24]).toEqual({ code: '11740', name: '강동구' })
    expect(LivingWage.parse((await call(sim, 'GET', '/reference/living-wage?year=2026', { token })).body)).toEqual({ year: 2026, hourly: 12121 })
    const rules = AttractiveJobsRules.parse((await call(sim, 'GET', '/reference/attractive-jobs-rules?year=2025', { token })).body)
    expect(rules).toMatchObject({ living_wage_hourly: 11779, minimum_wage_hourly: 10030, min_pre_training_hours: 60, max_months: 18 })
    const crit = SmeCriteria.parse((await call(sim, 'GET', '/reference/sme-criteria?round=2026-1', { token })).body)
    expect(crit.eligibility.map((e) => e.code)).toContain('min_insured_employees')
    expect(crit.scoring.find((s) => s.label === '정규직 비율')).toMatchObject({ stage: 'document', max: 20 })
    expect((await call(sim, 'GET', '/reference/living-wage?year=1999', { token })).status).toBe(404)
    expect((await call(sim, 'GET', '/reference/living-wage', { token })).status).toBe(422)
  })
})

describe('the simulator clock', () => {
  // A clock the tests move by hand: cursor ages and written timestamps follow it, no sleeping.
  let t = Date.parse('2026-12-01T09:00:00+09:00')
  let sim: PortalSimulator
  beforeAll(async () => {
    sim = await start({ scale: 40, cursorTtlSeconds: 300, now: () => t })
  })
  afterAll(() => sim.close())

  it('expires cursors older than cursorTtlSeconds with 410 cursor_expired', async () => {
    const token = await login(sim, 'manager')
    const first = await call<Page>(sim, 'GET', '/sme-applications/changes?limit=5', { token })
    expect(first.body.has_more).toBe(true)
    t += 300_000
    // Exactly 300 s old: still good, and the page it returns carries a cursor issued now.
    const second = await call<Page>(sim, 'GET', `/sme-applications/changes?limit=5&cursor=${first.body.next_cursor}`, { token })
    expect(second.status).toBe(200)
    t += 1
    const stale = await call(sim, 'GET', `/sme-applications/changes?limit=5&cursor=${first.body.next_cursor}`, { token })
    expect(stale.status).toBe(410)
    expect(Problem.parse(stale.body).code).toBe('cursor_expired')
    expect((await call(sim, 'GET', `/sme-applications/changes?limit=5&cursor=${second.body.next_cursor}`, { token })).status).toBe(200)
  })

  it('stamps what it writes with its own time', async () => {
    t = Date.parse('2026-12-24T18:30:00+09:00')
    const token = await login(sim, 'manager')
    const job = (await call<Page>(sim, 'GET', '/attractive-jobs/changes?limit=1', { token })).body.items[0]
    expect(job).toBeDefined()
    expect(sim.control.otherStaffEdit('attractive-jobs', 1, String(job!.id))).toHaveLength(1)
    const record = sim.control.record('attractive-jobs', String(job!.id)) as { updated_at: string; comments: { created_at: string }[] }
    expect(record.updated_at).toBe('2026-12-24T18:30:00+09:00')
    expect(record.comments.at(-1)?.created_at).toBe('2026-12-24T18:30:00+09:00')
    t += 65_000
    const reg = (await call<Page>(sim, 'GET', '/reemployment-registrations/changes?limit=1', { token })).body.items[0]
    expect(reg).toBeDefined()
    expect((await call(sim, 'GET', `/reemployment-registrations/${String(reg!.id)}/contact?reason=${encodeURIComponent('출석 확인 전화')}`, { token })).status).toBe(200)
    expect(sim.control.contactLog().at(-1)?.at).toBe('2026-12-24T18:31:05+09:00')
  })
})

describe('determinism', () => {
  it('the same seed gives an identical first page; another seed differs', async () => {
    const pages: string[] = []
    for (const seed of [11, 11, 12]) {
      const sim = await start({ seed, scale: 2000 })
      try {
        const token = await login(sim, 'manager')
        const out: unknown[] = []
        for (const c of COLLECTIONS) {
          const p = await call<Page>(sim, 'GET', `/${c}/changes?limit=1000`, { token })
          out.push(p.body.items)
        }
        pages.push(JSON.stringify(out))
      } finally {
        await sim.close()
      }
    }
    expect(pages[0]).toBe(pages[1])
    expect(pages[0]).not.toBe(pages[2])
  })
})
