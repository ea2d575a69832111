import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalSimulator } from '../../../src/main/simulator'
import { Problem, ReemploymentRegistration } from '../../../src/shared/portal'
import { login, pullAll, start, write } from './helpers'

describe('writes: reemployment', () => {
  let sim: PortalSimulator
  let coordinator: string
  beforeAll(async () => {
    sim = await start({ scale: 200 })
    coordinator = await login(sim, 'coordinator')
  })
  afterAll(() => sim.close())

  async function rows(sessionId: string): Promise<ReemploymentRegistration[]> {
    const { items } = await pullAll(sim, coordinator, 'reemployment-registrations', 1000)
    return items.map((i) => ReemploymentRegistration.parse(i)).filter((r) => r.session_id === sessionId)
  }

  async function consultationSlot(): Promise<{ id: string; capacity: number }> {
    const { items } = await pullAll(sim, coordinator, 'reemployment-sessions', 1000)
    const s = items.find((i) => i.kind === 'consultation' && i.status === 'open')
    if (!s) throw new Error('no open consultation slot')
    return { id: String(s.id), capacity: Number(s.capacity) }
  }

  it('registers a walk-in once per client_ref, whatever the Idempotency-Key', async () => {
    const { items } = await pullAll(sim, coordinator, 'reemployment-sessions', 1000)
    const session = items.find((i) => i.kind === 'education' && i.status === 'open')!
    const clientRef = randomUUID()
    const body = { session_id: session.id, person: { name: '홍길동', birth_year: 1966, phone: '010-2345-6789' }, client_ref: clientRef }
    const key = randomUUID()
    const first = await write(sim, coordinator, 'POST', '/reemployment-registrations', body, { key })
    expect(first.status).toBe(201)
    const rec = ReemploymentRegistration.parse(first.body)
    expect(rec).toMatchObject({ person: { name: '홍*동', phone: '010-****-6789', phone_last4: '6789' }, client_ref: clientRef, version: 1, attendance: null })
    const replay = await write(sim, coordinator, 'POST', '/reemployment-registrations', body, { key })
    expect(replay.status).toBe(201)
    expect(replay.body).toEqual(first.body)
    const otherKey = await write(sim, coordinator, 'POST', '/reemployment-registrations', body)
    expect(otherKey.status).toBe(200)
    expect(otherKey.body.id).toBe(rec.id)
    expect(sim.control.stats().walkIns[clientRef]).toEqual([rec.id])
    expect((await write(sim, coordinator, 'POST', '/reemployment-registrations', { ...body, client_ref: 'not-a-uuid' })).status).toBe(422)
    expect((await write(sim, coordinator, 'POST', '/reemployment-registrations', { ...body, session_id: 'RS-NOPE', client_ref: randomUUID() })).status).toBe(422)
  })

  it('waitlists when full, refuses promotion beyond capacity, re-ranks densely on cancel', async () => {
    const slot = await consultationSlot()
    const created: ReemploymentRegistration[] = []
    for (let i = 0; i < 3; i += 1) {
      const r = await write(sim, coordinator, 'POST', '/reemployment-registrations', { session_id: slot.id, person: { name: `김상담${i}`, birth_year: 1965, phone: `0101234000${i}` }, client_ref: randomUUID() })
      created.push(ReemploymentRegistration.parse(r.body))
    }
    let list = await rows(slot.id)
    expect(list.filter((r) => r.status === 'registered')).toHaveLength(slot.capacity)
    const waiting = list.filter((r) => r.status === 'waitlisted').sort((a, b) => (a.waitlist_rank ?? 0) - (b.waitlist_rank ?? 0))
    expect(waiting.map((r) => r.waitlist_rank)).toEqual(waiting.map((_, i) => i + 1))
    const head = waiting[0]!
    const promote = await write(sim, coordinator, 'POST', `/reemployment-registrations/${head.id}/status`, { status: 'registered' }, { version: head.version })
    expect(promote.status).toBe(409)
    expect(Problem.parse(promote.body).code).toBe('capacity_exceeded')
    const seat = list.find((r) => r.status === 'registered')!
    const cancelled = await write(sim, coordinator, 'POST', `/reemployment-registrations/${seat.id}/status`, { status: 'cancelled' }, { version: seat.version })
    expect(cancelled.body).toMatchObject({ status: 'cancelled', waitlist_rank: null })
    list = await rows(slot.id)
    // A freed seat is not filled automatically: staff promote.
    expect(list.filter((r) => r.status === 'registered')).toHaveLength(slot.capacity - 1)
    const head2 = list.find((r) => r.id === head.id)!
    const promoted = await write(sim, coordinator, 'POST', `/reemployment-registrations/${head.id}/status`, { status: 'registered' }, { version: head2.version })
    expect(promoted.status).toBe(200)
    list = await rows(slot.id)
    const ranks = list.filter((r) => r.status === 'waitlisted').map((r) => r.waitlist_rank).sort()
    expect(ranks).toEqual(ranks.map((_, i) => i + 1))
    expect(list.filter((r) => r.status === 'registered')).toHaveLength(slot.capacity)
    const same = list.find((r) => r.id === head.id)!
    expect((await write(sim, coordinator, 'POST', `/reemployment-registrations/${head.id}/status`, { status: 'registered' }, { version: same.version })).status).toBe(409)
  })

  it('records attendance on registered rows only, with checked_by = caller', async () => {
    const { items } = await pullAll(sim, coordinator, 'reemployment-registrations', 1000)
    const regs = items.map((i) => ReemploymentRegistration.parse(i))
    const reg = regs.find((r) => r.status === 'registered' && r.attendance === null)!
    const checkedAt = '2026-12-09T13:55:00+09:00'
    expect((await write(sim, coordinator, 'POST', `/reemployment-registrations/${reg.id}/attendance`, { status: 'present', checked_at: checkedAt })).status).toBe(428)
    expect((await write(sim, coordinator, 'POST', `/reemployment-registrations/${reg.id}/attendance`, { status: 'here', checked_at: checkedAt }, { version: reg.version })).status).toBe(422)
    const ok = await write(sim, coordinator, 'POST', `/reemployment-registrations/${reg.id}/attendance`, { status: 'late', checked_at: checkedAt }, { version: reg.version })
    expect(ReemploymentRegistration.parse(ok.body)).toMatchObject({ attendance: { status: 'late', checked_at: checkedAt, checked_by: 'S-0041' }, version: reg.version + 1 })
    const waiting = regs.find((r) => r.status === 'waitlisted')!
    const refused = await write(sim, coordinator, 'POST', `/reemployment-registrations/${waiting.id}/attendance`, { status: 'present', checked_at: checkedAt }, { version: waiting.version })
    expect(Problem.parse(refused.body).code).toBe('invalid_transition')
  })
})
