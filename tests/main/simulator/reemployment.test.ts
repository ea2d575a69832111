import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalSimulator } from '../../../src/main/simulator'
import { Problem, ReemploymentRegistration, ReemploymentSession } from '../../../src/shared/portal'
import { call, login, pullAll, start, write } from './helpers'

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

  async function sessions(): Promise<ReemploymentSession[]> {
    const { items } = await pullAll(sim, coordinator, 'reemployment-sessions', 1000)
    return items.map((i) => ReemploymentSession.parse(i))
  }

  async function registrations(): Promise<ReemploymentRegistration[]> {
    const { items } = await pullAll(sim, coordinator, 'reemployment-registrations', 1000)
    return items.map((i) => ReemploymentRegistration.parse(i))
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
    const open = new Set((await sessions()).filter((s) => s.status === 'open').map((s) => s.id))
    const reg = regs.find((r) => r.status === 'registered' && r.attendance === null && open.has(r.session_id))!
    const checkedAt = '2026-12-09T13:55:00+09:00'
    expect((await write(sim, coordinator, 'POST', `/reemployment-registrations/${reg.id}/attendance`, { status: 'present', checked_at: checkedAt })).status).toBe(428)
    expect((await write(sim, coordinator, 'POST', `/reemployment-registrations/${reg.id}/attendance`, { status: 'here', checked_at: checkedAt }, { version: reg.version })).status).toBe(422)
    const ok = await write(sim, coordinator, 'POST', `/reemployment-registrations/${reg.id}/attendance`, { status: 'late', checked_at: checkedAt }, { version: reg.version })
    expect(ReemploymentRegistration.parse(ok.body)).toMatchObject({ attendance: { status: 'late', checked_at: checkedAt, checked_by: 'S-0041' }, version: reg.version + 1 })
    const waiting = regs.find((r) => r.status === 'waitlisted')!
    const refused = await write(sim, coordinator, 'POST', `/reemployment-registrations/${waiting.id}/attendance`, { status: 'present', checked_at: checkedAt }, { version: waiting.version })
    expect(Problem.parse(refused.body).code).toBe('invalid_transition')
  })

  it('clears an attendance with DELETE (an undo after sending), once', async () => {
    const all = await sessions()
    const open = new Set(all.filter((s) => s.status === 'open').map((s) => s.id))
    const regs = await registrations()
    const reg = regs.find((r) => r.status === 'registered' && r.attendance === null && open.has(r.session_id))!
    const marked = ReemploymentRegistration.parse(
      (await write(sim, coordinator, 'POST', `/reemployment-registrations/${reg.id}/attendance`, { status: 'present', checked_at: '2026-12-09T13:58:00+09:00' }, { version: reg.version })).body
    )
    expect((await write(sim, coordinator, 'DELETE', `/reemployment-registrations/${reg.id}/attendance`, {})).status).toBe(428)
    const cleared = await write(sim, coordinator, 'DELETE', `/reemployment-registrations/${reg.id}/attendance`, {}, { version: marked.version })
    expect(cleared.status).toBe(200)
    expect(ReemploymentRegistration.parse(cleared.body)).toMatchObject({ attendance: null, version: marked.version + 1 })
    const again = await write(sim, coordinator, 'DELETE', `/reemployment-registrations/${reg.id}/attendance`, {}, { version: marked.version + 1 })
    expect(Problem.parse(again.body).code).toBe('invalid_transition')

  })
})

describe('seeded 재취업 data', () => {
  let sim: PortalSimulator
  let coordinator: string
  let sessions: ReemploymentSession[]
  let regs: ReemploymentRegistration[]
  beforeAll(async () => {
    sim = await start({ scale: 1000 })
    coordinator = await login(sim, 'coordinator')
    sessions = (await pullAll(sim, coordinator, 'reemployment-sessions', 1000)).items.map((i) => ReemploymentSession.parse(i))
    regs = (await pullAll(sim, coordinator, 'reemployment-registrations', 1000)).items.map((i) => ReemploymentRegistration.parse(i))
  })
  afterAll(() => sim.close())

  it('holds December 2026: two-day courses beside one-off sessions and consultations, 20–40 seats for education', () => {
    expect(sessions.every((s) => s.starts_at.startsWith('2026-12-'))).toBe(true)
    const courses = Map.groupBy(sessions.filter((s) => s.course), (s) => s.course!.id)
    expect(courses.size).toBeGreaterThan(3)
    for (const days of courses.values()) {
      expect(days.map((s) => s.course!.day).sort()).toEqual([1, 2])
      expect(days.every((s) => s.course!.days === 2 && s.kind === 'education')).toBe(true)
      expect(days[0]!.starts_at.slice(0, 10) < days[1]!.starts_at.slice(0, 10) || days[1]!.starts_at.slice(0, 10) < days[0]!.starts_at.slice(0, 10)).toBe(true)
    }
    expect(sessions.some((s) => s.kind === 'education' && s.course === null)).toBe(true)
    expect(sessions.filter((s) => s.kind === 'consultation').every((s) => s.course === null && s.capacity === 1)).toBe(true)
    expect(sessions.filter((s) => s.kind === 'education').every((s) => s.capacity >= 20 && s.capacity <= 40)).toBe(true)
  })

  it('gives every registration a person.id, the same one across a person\'s registrations, and never exceeds a capacity', () => {
    expect(regs.every((r) => /^P-\d{7}$/.test(r.person.id))).toBe(true)
    const byPerson = Map.groupBy(regs, (r) => r.person.id)
    for (const list of byPerson.values()) {
      expect(new Set(list.map((r) => `${r.person.name}|${r.person.birth_year}|${r.person.phone_last4}`)).size).toBe(1)
      expect(new Set(list.map((r) => r.session_id)).size).toBe(list.length)
    }
    const kindOf = new Map(sessions.map((s) => [s.id, s]))
    const courseThenConsultation = [...byPerson.values()].filter(
      (list) => list.some((r) => kindOf.get(r.session_id)!.course) && list.some((r) => kindOf.get(r.session_id)!.kind === 'consultation')
    )
    expect(courseThenConsultation.length).toBeGreaterThan(10)
    expect(courseThenConsultation.some((list) => list.filter((r) => kindOf.get(r.session_id)!.kind === 'consultation').length === 2)).toBe(true)
    for (const session of sessions) {
      expect(regs.filter((r) => r.session_id === session.id && r.status === 'registered').length).toBeLessThanOrEqual(session.capacity)
    }
  })

  it('matches a walk-in to a known member by name, birth year and phone, and gives anyone else a new id', async () => {
    const known = regs.find((r) => r.status !== 'cancelled')!
    const contact = await call<{ name: string; phone: string }>(sim, 'GET', `/reemployment-registrations/${known.id}/contact?reason=${encodeURIComponent('현장 접수 확인')}`, { token: coordinator })
    const target = sessions.find(
      (s) => s.status === 'open' && s.id !== known.session_id && s.kind === 'education' && regs.filter((r) => r.session_id === s.id && r.status === 'registered').length < s.capacity - 3
    )!
    const walkIn = async (person: { name: string; birth_year: number; phone: string }) =>
      ReemploymentRegistration.parse((await write(sim, coordinator, 'POST', '/reemployment-registrations', { session_id: target.id, person, client_ref: randomUUID() })).body)
    const same = await walkIn({ name: contact.body.name, birth_year: known.person.birth_year, phone: contact.body.phone.replaceAll('-', '') })
    expect(same.person.id).toBe(known.person.id)
    const otherYear = await walkIn({ name: contact.body.name, birth_year: known.person.birth_year - 1, phone: contact.body.phone })
    expect(otherYear.person.id).not.toBe(known.person.id)
    const maxSeeded = Math.max(...regs.map((r) => Number(r.person.id.slice(2))))
    expect(Number(otherYear.person.id.slice(2))).toBe(maxSeeded + 1)
    // The new member is known from now on.
    const otherAgain = await walkIn({ name: contact.body.name, birth_year: known.person.birth_year - 1, phone: contact.body.phone })
    expect(otherAgain.person.id).toBe(otherYear.person.id)
  })

  it('takes no attendance in a closed or cancelled session', async () => {
    const shut = new Set(sessions.filter((s) => s.status === 'closed' || s.status === 'cancelled').map((s) => s.id))
    const inShut = regs.find((r) => r.status === 'registered' && shut.has(r.session_id))!
    const refused = await write(sim, coordinator, 'POST', `/reemployment-registrations/${inShut.id}/attendance`, { status: 'present', checked_at: '2026-12-09T13:58:00+09:00' }, { version: inShut.version })
    expect(refused.status).toBe(409)
    expect(Problem.parse(refused.body).detail).toMatch(/(마감된|취소된) 회차에는 출석을 기록할 수 없습니다/)
  })

  it('waitlists walk-ins into a full session, never past its capacity', async () => {
    const full = sessions.find((s) => s.status === 'open' && s.kind === 'education' && regs.filter((r) => r.session_id === s.id && r.status === 'registered').length === s.capacity)!
    const answer = ReemploymentRegistration.parse(
      (await write(sim, coordinator, 'POST', '/reemployment-registrations', { session_id: full.id, person: { name: '현장대기', birth_year: 1964, phone: '010-5555-0101' }, client_ref: randomUUID() })).body
    )
    expect(answer.status).toBe('waitlisted')
    expect(answer.waitlist_rank).toBe(regs.filter((r) => r.session_id === full.id && r.status === 'waitlisted').length + 1)
  })
})
