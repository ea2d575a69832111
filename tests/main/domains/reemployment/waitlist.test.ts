import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PromoteResult, PromotionProposal, Roster, SessionList } from '../../../../src/shared/domains/reemployment/views'
import type { ReemploymentRegistration } from '../../../../src/shared/portal'
import { outboxStates } from '../../../helpers/outbox'
import { startHarness, type SimHarness } from '../../../helpers/sim'

describe('waitlist promotion (core, against the live simulator)', () => {
  let h: SimHarness
  beforeEach(async () => {
    h = await startHarness({ scale: 1000 })
    await h.signIn('coordinator')
    await h.sync()
  })
  afterEach(async () => h.close())

  const serverCopy = (id: string) => h.sim.control.record('reemployment-registrations', id) as ReemploymentRegistration

  /** An open, full education session with people waiting. */
  async function fullSession(): Promise<Roster> {
    const list = await h.call<SessionList>('reemployment:sessions', { month: '2026-12', kind: 'education' })
    const session = list.sessions.find((s) => s.status === 'open' && s.counts.registered === s.capacity && s.counts.waitlisted >= 2)!
    return h.call<Roster>('reemployment:roster', { sessionId: session.id })
  }

  /** Another coordinator's PC, straight to the portal: a walk-in that takes a free seat. */
  async function otherPcWalkIn(sessionId: string): Promise<void> {
    const token = await fetch(`${h.sim.url}/admin/v1/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ grant_type: 'password', username: 'coordinator', password: 'demo' })
    }).then((r) => r.json() as Promise<{ access_token: string }>)
    const response = await fetch(`${h.sim.url}/admin/v1/reemployment-registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token.access_token}`, 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ session_id: sessionId, person: { name: '다른피시', birth_year: 1963, phone: '010-7777-0001' }, client_ref: randomUUID() })
    })
    expect(response.status).toBe(201)
  }

  it('proposes the first waitlisted person once a seat frees, and confirms on the portal', async () => {
    const roster = await fullSession()
    expect(roster.proposal).toBeNull()
    const seat = roster.rows.find((r) => r.status === 'registered')!
    await h.call('reemployment:cancel', { registrationId: seat.id })
    const proposal = await h.call<PromotionProposal>('reemployment:promotionProposal', { sessionId: roster.session.id })
    const first = roster.rows.filter((r) => r.status === 'waitlisted').sort((a, b) => a.waitlist_rank! - b.waitlist_rank!)[0]!
    expect(proposal).toMatchObject({ registrationId: first.id, waitlist_rank: 1, freeSeats: 1 })
    const result = await h.call<PromoteResult>('reemployment:promote', { registrationId: first.id })
    expect(result).toMatchObject({ outcome: 'confirmed', message: null })
    expect(serverCopy(first.id)).toMatchObject({ status: 'registered', waitlist_rank: null })
    expect(serverCopy(seat.id).status).toBe('cancelled')
    const after = await h.call<Roster>('reemployment:roster', { sessionId: roster.session.id })
    expect(after.counts.registered).toBe(roster.session.capacity)
    expect(after.proposal).toBeNull()
  })

  it('says in Korean when another PC took the seat first (409 capacity_exceeded) and shows the portal\'s roster', async () => {
    const roster = await fullSession()
    const seat = roster.rows.find((r) => r.status === 'registered')!
    await h.call('reemployment:cancel', { registrationId: seat.id })
    await h.sync()
    const proposal = (await h.call<PromotionProposal>('reemployment:promotionProposal', { sessionId: roster.session.id }))!
    await otherPcWalkIn(roster.session.id)
    const result = await h.call<PromoteResult>('reemployment:promote', { registrationId: proposal.registrationId })
    expect(result).toMatchObject({
      outcome: 'refused',
      message: '정원이 가득 차 포털이 확정을 받지 않았습니다. 다른 PC에서 먼저 자리가 채워졌을 수 있습니다. 명단을 새로 불러왔으니 확인하세요.'
    })
    // Not silently dropped, not left behind in 확인 필요 either: the refusal was said, the roster is the portal's.
    expect(outboxStates(h.core.context.db)).not.toHaveProperty('rejected')
    const after = await h.call<Roster>('reemployment:roster', { sessionId: roster.session.id })
    expect(after.rows.find((r) => r.id === proposal.registrationId)).toMatchObject({ status: 'waitlisted', pendingWrites: 0 })
    expect(after.counts.registered).toBe(roster.session.capacity)
  })

  it('queues the promotion while offline', async () => {
    const roster = await fullSession()
    await h.call('reemployment:cancel', { registrationId: roster.rows.find((r) => r.status === 'registered')!.id })
    await h.call('auth:continueOffline', { username: 'coordinator', password: 'demo' })
    const proposal = (await h.call<PromotionProposal>('reemployment:promotionProposal', { sessionId: roster.session.id }))!
    expect(await h.call<PromoteResult>('reemployment:promote', { registrationId: proposal.registrationId })).toMatchObject({ outcome: 'queued' })
    expect(serverCopy(proposal.registrationId).status).toBe('waitlisted')
  })
})
