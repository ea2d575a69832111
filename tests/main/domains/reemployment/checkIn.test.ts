import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type {
  CheckInResult,
  CheckInSearchResult,
  Roster,
  SessionList,
  UndoCheckInResult,
  WalkInResult
} from '../../../../src/shared/domains/reemployment/views'
import type { ReemploymentRegistration } from '../../../../src/shared/portal'
import { initialOf } from '../../../../src/shared/domains/reemployment/nameMatch'
import { outboxStates } from '../../../helpers/outbox'
import { startHarness, type SimHarness } from '../../../helpers/sim'

/** A typed full name that agrees with a mask at every unmasked position (박*영 → 박가영). */
const typedNameFor = (masked: string) => masked.replaceAll('*', '가')

describe('check-in mode (core, against the live simulator)', () => {
  let h: SimHarness
  let clock: Date
  beforeEach(async () => {
    clock = new Date('2026-12-08T13:05:00+09:00')
    h = await startHarness({ scale: 400, now: () => clock.getTime() }, { now: () => clock })
    await h.signIn('coordinator')
    await h.sync()
  })
  afterEach(async () => h.close())

  const db = () => h.core.context.db
  const serverCopy = (id: string) => h.sim.control.record('reemployment-registrations', id) as ReemploymentRegistration
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms)
  }

  /** An open education session with registered people, the roster as the screen opens it. */
  async function openSession(): Promise<Roster> {
    const list = await h.call<SessionList>('reemployment:sessions', { month: '2026-12', kind: 'education' })
    const session = list.sessions.find((s) => s.status === 'open' && s.counts.registered >= 5 && s.counts.registered < s.capacity)
    if (!session) throw new Error('the seed has no open education session with free seats')
    return h.call<Roster>('reemployment:roster', { sessionId: session.id })
  }

  it('finds a person by the full name typed against the mask, by last four, birth year and 초성, within the session', async () => {
    const roster = await openSession()
    const person = roster.rows.find((r) => r.status === 'registered')!
    const search = (query: string) => h.call<CheckInSearchResult>('reemployment:checkInSearch', { sessionId: roster.session.id, query })
    const byName = await search(typedNameFor(person.person.name))
    expect(byName.candidates.map((c) => c.registrationId)).toContain(person.id)
    expect(byName.candidates.every((c) => c.sessionId === roster.session.id)).toBe(true)
    expect(byName.candidates.find((c) => c.registrationId === person.id)).toMatchObject({ matchedBy: ['name'], exact: true, blockedReason: null })
    expect((await search(person.person.phone_last4)).candidates.map((c) => c.registrationId)).toContain(person.id)
    expect((await search(String(person.person.birth_year))).candidates.map((c) => c.registrationId)).toContain(person.id)
    const choseong = [...person.person.name].map((ch) => (ch === '*' ? 'ㅇ' : initialOf(ch))).join('')
    expect((await search(choseong)).candidates.map((c) => c.registrationId)).toContain(person.id)
    // Exact candidates have a mask of the typed length; longer masks only match as a prefix, after them.
    const exact = byName.candidates.filter((c) => c.exact)
    expect(exact.every((c) => [...c.person.name].length === [...person.person.name].length)).toBe(true)
    expect(byName.candidates.slice(0, exact.length)).toEqual(exact)
  })

  it('searches across sessions only with two conditions', async () => {
    const roster = await openSession()
    const person = roster.rows.find((r) => r.status === 'registered')!
    const one = await h.call<CheckInSearchResult>('reemployment:checkInSearch', { query: typedNameFor(person.person.name) })
    expect(one).toMatchObject({ candidates: [], conditions: 1, notice: '여러 회차에서 찾으려면 조건을 두 가지 입력하세요 (예: 이름과 전화번호 뒤 4자리).' })
    const two = await h.call<CheckInSearchResult>('reemployment:checkInSearch', { query: `${typedNameFor(person.person.name)} ${person.person.phone_last4}` })
    expect(two.conditions).toBe(2)
    expect(two.candidates.map((c) => c.registrationId)).toContain(person.id)
    expect(two.candidates.every((c) => c.person.phone_last4 === person.person.phone_last4)).toBe(true)
  })

  it('records the PC time at the click, counts it as waiting to send, and the next sync sends it once', async () => {
    const roster = await openSession()
    const person = roster.rows.find((r) => r.status === 'registered' && r.attendance === null)!
    const result = await h.call<CheckInResult>('reemployment:checkIn', { registrationId: person.id })
    expect(result).toMatchObject({ checked_at: '2026-12-08T13:05:00+09:00', previous: null, undoUntil: '2026-12-08T13:05:10+09:00' })
    expect(result.counts).toMatchObject({ present: roster.counts.present + 1, unchecked: roster.counts.unchecked - 1, waitingToSend: 1 })
    expect(serverCopy(person.id).attendance).toBeNull()
    // Checking the same person in again with the same status is refused before anything is queued.
    const again = await h.core.dispatch('reemployment:checkIn', { registrationId: person.id })
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid_transition', message: "이미 '출석'으로 기록되어 있습니다." } })

    advance(60_000)
    await h.sync()
    expect(serverCopy(person.id).attendance).toMatchObject({ status: 'present', checked_at: '2026-12-08T13:05:00+09:00', checked_by: 'S-0041' })
    const after = await h.call<Roster>('reemployment:roster', { sessionId: roster.session.id })
    const row = after.rows.find((r) => r.id === person.id)!
    // The PC's time beside the time the portal received it.
    expect(row.attendance).toMatchObject({ checked_at: '2026-12-08T13:05:00+09:00', received_at: '2026-12-08T13:06:00+09:00' })
    expect(after.counts.present).toBe(roster.counts.present + 1)
  })

  it('sends a check-in again on the newer version when what changed on the portal was not the attendance', async () => {
    const roster = await openSession()
    const person = roster.rows.find((r) => r.status === 'registered' && r.attendance === null)!
    await h.call<CheckInResult>('reemployment:checkIn', { registrationId: person.id, status: 'left_early' })
    const [edited] = h.sim.control.otherStaffEdit('reemployment-registrations', 1, person.id)
    expect(edited!.version).toBe(person.version + 1)
    const summary = await h.sync()
    expect(summary).toMatchObject({ pushed: 1, conflicts: 0 })
    expect(serverCopy(person.id)).toMatchObject({ version: person.version + 2, attendance: { status: 'left_early' } })
  })

  it('undo cancels an unsent check-in here; once sent, undo queues the reverse', async () => {
    const roster = await openSession()
    const [first, second] = roster.rows.filter((r) => r.status === 'registered' && r.attendance === null)
    const checked = await h.call<CheckInResult>('reemployment:checkIn', { registrationId: first!.id, status: 'late' })
    advance(3_000)
    const undone = await h.call<UndoCheckInResult>('reemployment:undoCheckIn', { registrationId: first!.id, seq: checked.seq })
    expect(undone).toMatchObject({ outcome: 'cancelled', queued: null, counts: { late: roster.counts.late, waitingToSend: 0 } })
    expect(outboxStates(db())).toMatchObject({ discarded: 1 })
    expect((await h.call<Roster>('reemployment:roster', { sessionId: roster.session.id })).rows.find((r) => r.id === first!.id)!.attendance).toBeNull()

    const sent = await h.call<CheckInResult>('reemployment:checkIn', { registrationId: second!.id })
    await h.sync()
    expect(serverCopy(second!.id).attendance?.status).toBe('present')
    advance(4_000)
    const reversed = await h.call<UndoCheckInResult>('reemployment:undoCheckIn', { registrationId: second!.id, seq: sent.seq })
    expect(reversed.outcome).toBe('reversed')
    expect(reversed.counts.waitingToSend).toBe(1)
    await h.sync()
    expect(serverCopy(first!.id).attendance).toBeNull()
    expect(serverCopy(second!.id).attendance).toBeNull()
    expect(outboxStates(db())).toMatchObject({ done: 2, discarded: 1 })

    // Past the undo window the check-in stands.
    const late = await h.call<CheckInResult>('reemployment:checkIn', { registrationId: first!.id })
    advance(13_000)
    const refused = await h.core.dispatch('reemployment:undoCheckIn', { registrationId: first!.id, seq: late.seq })
    expect(refused).toMatchObject({ ok: false, error: { message: '되돌릴 수 있는 시간이 지났습니다. 올바른 출석 상태를 다시 기록하세요.' } })
  })

  it('registers a walk-in offline, shows 확정 or 대기 from the seats, and the portal gets it once', async () => {
    const roster = await openSession()
    const walk = await h.call<WalkInResult>('reemployment:checkInWalkIn', { sessionId: roster.session.id, name: '홍길순', birthYear: 1965, phone: '010-3456-7890' })
    expect(walk).toMatchObject({ predicted: 'registered', waitlist_rank: null, counts: { registered: roster.counts.registered + 1, waitingToSend: 1 } })
    expect(walk.counts.walkIns).toBe(roster.rows.filter((r) => r.walkIn && r.status !== 'cancelled').length + 1)
    const local = (await h.call<Roster>('reemployment:roster', { sessionId: roster.session.id })).rows.find((r) => r.id === walk.recordId)!
    expect(local).toMatchObject({ localOnly: true, walkIn: true, person: { id: null, name: '홍*순', birth_year: 1965, phone_last4: '7890' }, status: 'registered' })
    // Checked in before the portal has heard of the walk-in: the lane sends both in order.
    await h.call<CheckInResult>('reemployment:checkIn', { registrationId: walk.recordId })
    await h.sync()
    const created = Object.values(h.sim.control.stats().walkIns).flat()
    expect(created).toHaveLength(1)
    const server = serverCopy(created[0]!)
    expect(server).toMatchObject({ status: 'registered', attendance: { status: 'present' }, person: { name: '홍*순' } })
    expect(server.person.id).toMatch(/^P-\d{7}$/)
    const after = (await h.call<Roster>('reemployment:roster', { sessionId: roster.session.id })).rows.find((r) => r.id === server.id)!
    expect(after).toMatchObject({ localOnly: false, person: { id: server.person.id } })
    // Nothing of the typed name is left in the cache.
    expect(JSON.stringify(db().prepare(`SELECT * FROM reemployment_registrations_json`).all())).not.toContain('홍길순')
    expect(JSON.stringify(db().prepare(`SELECT body FROM outbox`).all())).not.toContain('홍길순')
  })

  it('refuses bad input with a clear Korean message before anything is queued', async () => {
    const list = await h.call<SessionList>('reemployment:sessions', { month: '2026-12' })
    const cancelledSession = list.sessions.find((s) => s.status === 'cancelled' && s.counts.registered > 0)!
    const closedOrCancelled = (await h.call<Roster>('reemployment:roster', { sessionId: cancelledSession.id })).rows.find((r) => r.status === 'registered')!
    const open = await openSession()
    const toCancel = open.rows.find((r) => r.status === 'registered')!
    await h.call('reemployment:cancel', { registrationId: toCancel.id })
    const expectRefused = async (channel: string, input: unknown, message: string) => {
      const result = await h.core.dispatch(channel, input)
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining(message) } })
    }
    const before = outboxStates(db())
    await expectRefused('reemployment:checkIn', { registrationId: closedOrCancelled.id }, '취소된 회차에는 출석을 기록할 수 없습니다.')
    await expectRefused('reemployment:checkIn', { registrationId: toCancel.id }, '취소된 신청자는 출석을 기록할 수 없습니다.')
    await expectRefused('reemployment:checkInWalkIn', { sessionId: cancelledSession.id, name: '김현장', birthYear: 1966, phone: '010-1111-2222' }, '취소된 회차에는 현장 접수를 할 수 없습니다.')
    await expectRefused('reemployment:checkInWalkIn', { sessionId: open.session.id, name: '김현장', birthYear: 2027, phone: '010-1111-2222' }, '출생연도는 1900년부터 2026년 사이의 네 자리 숫자로 입력하세요.')
    await expectRefused('reemployment:checkInWalkIn', { sessionId: open.session.id, name: '김현장', birthYear: 1899, phone: '010-1111-2222' }, '출생연도는 1900년부터 2026년')
    await expectRefused('reemployment:checkInWalkIn', { sessionId: open.session.id, name: '김현장', birthYear: 1966, phone: '02-123-4567' }, '휴대전화 번호(010-1234-5678 형식)를 입력하세요.')
    await expectRefused('reemployment:walkIn', { sessionId: open.session.id, name: '김현장', birthYear: 1966, phone: '1234' }, '휴대전화 번호')
    expect(outboxStates(db())).toEqual(before)
  })
})

describe('a closed session', () => {
  it('takes no check-in', async () => {
    const h = await startHarness({ scale: 1000 })
    try {
      await h.signIn('coordinator')
      await h.sync()
      const list = await h.call<SessionList>('reemployment:sessions', { month: '2026-12' })
      const closed = list.sessions.find((s) => s.status === 'closed' && s.counts.registered > 0)!
      const row = (await h.call<Roster>('reemployment:roster', { sessionId: closed.id })).rows.find((r) => r.status === 'registered')!
      expect(await h.core.dispatch('reemployment:checkIn', { registrationId: row.id })).toMatchObject({
        ok: false,
        error: { code: 'invalid_transition', message: '마감된 회차에는 출석을 기록할 수 없습니다.' }
      })
    } finally {
      await h.close()
    }
  })
})
