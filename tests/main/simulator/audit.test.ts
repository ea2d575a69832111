import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalSimulator } from '../../../src/main/simulator'
import { AuditEventsResponse, Problem, type PortalAuditEvent } from '../../../src/shared/portal'
import { call, login, start, write } from './helpers'

const event = (staffId: string, extra: Partial<PortalAuditEvent> = {}): PortalAuditEvent => ({
  id: randomUUID(),
  kind: 'printout',
  at: '2026-12-09T10:00:00+09:00',
  staff_id: staffId,
  record: { collection: 'reemployment-sessions', id: 'RS-2026-12-01' },
  reason: '출석부 인쇄',
  detail: { document: 'sign_in_sheet', rows: 28, masked: true, host: 'PC-0042' },
  ...extra
})

describe('POST /audit/events (portal-admin-api.md §10)', () => {
  let sim: PortalSimulator
  let manager: string
  beforeAll(async () => {
    sim = await start({ scale: 40 })
    manager = await login(sim, 'manager')
  })
  afterAll(() => sim.close())

  it('stores each event id once, answers repeats from the idempotency store, and shows them under /__sim/audit-events', async () => {
    const events = [event('S-0001'), event('S-0001', { kind: 'sign_in', record: undefined, reason: undefined, detail: { host: 'PC-0042' } })]
    const key = randomUUID()
    const first = await write(sim, manager, 'POST', '/audit/events', { events })
    expect(first.status).toBe(200)
    expect(AuditEventsResponse.parse(first.body)).toEqual({ accepted: 2 })
    const replays = sim.control.stats().idempotentReplays
    const again = await write(sim, manager, 'POST', '/audit/events', { events }, { key })
    const repeated = await write(sim, manager, 'POST', '/audit/events', { events }, { key })
    expect([again.status, repeated.status]).toEqual([200, 200])
    expect(repeated.headers.get('idempotent-replayed')).toBe('true')
    expect(sim.control.stats().idempotentReplays).toBe(replays + 1)
    // A new call with an event sent before and a new one: both accepted, the old one not stored twice.
    const next = event('S-0001', { kind: 'view' })
    expect((await write(sim, manager, 'POST', '/audit/events', { events: [events[0], next] })).body).toEqual({ accepted: 2 })

    const stored = await call<(PortalAuditEvent & { received_at: string })[]>(sim, 'GET', '/__sim/audit-events')
    expect(stored.body.map((e) => e.id)).toEqual([...events.map((e) => e.id), next.id])
    expect(stored.body[0]).toMatchObject({ ...events[0], received_at: expect.any(String) })
  })

  it('refuses a call with another staff member’s event (403), an empty or oversized batch and a malformed event (422)', async () => {
    const before = sim.control.auditEvents().length
    const foreign = await write(sim, manager, 'POST', '/audit/events', { events: [event('S-0001'), event('S-0041')] })
    expect(foreign.status).toBe(403)
    expect(Problem.parse(foreign.body)).toMatchObject({ code: 'forbidden', errors: [{ path: 'events.1.staff_id' }] })
    const empty = await write(sim, manager, 'POST', '/audit/events', { events: [] })
    expect(empty.status).toBe(422)
    const oversized = await write(sim, manager, 'POST', '/audit/events', { events: Array.from({ length: 501 }, () => event('S-0001')) })
    expect(oversized.status).toBe(422)
    const notUuid = await write(sim, manager, 'POST', '/audit/events', { events: [event('S-0001', { id: 'event-1' })] })
    expect(Problem.parse(notUuid.body)).toMatchObject({ code: 'validation_failed', errors: [{ path: 'events.0.id' }] })
    const noOffset = await write(sim, manager, 'POST', '/audit/events', { events: [event('S-0001', { at: '2026-12-09 10:00' })] })
    expect(Problem.parse(noOffset.body)).toMatchObject({ code: 'validation_failed', errors: [{ path: 'events.0.at' }] })
    const noKey = await call(sim, 'POST', '/audit/events', { token: manager, body: { events: [event('S-0001')] } })
    expect(noKey.status).toBe(422)
    const signedOut = await call(sim, 'POST', '/audit/events', { body: { events: [event('S-0001')] }, headers: { 'Idempotency-Key': randomUUID() } })
    expect(signedOut.status).toBe(401)
    expect(sim.control.auditEvents()).toHaveLength(before)
  })
})
