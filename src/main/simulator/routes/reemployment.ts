/** 재취업 attendance, registration status and walk-ins (portal-admin-api.md §7). */
import { AttendanceRequest, RegistrationStatusRequest, WalkInRequest, type ReemploymentRegistration } from '../../../shared/portal/reemployment'
import { maskName, maskPhone, phoneLast4, formatPhone, phoneDigits } from '../../../shared/domain/masking'
import { loadForWrite, requireRole, type Sim } from '../context'
import { ApiError, parseBody, textReply, validation, type Reply, type RequestCtx } from '../http'
import { targetOf, type Route } from '../router'
import type { LoadedRecord, SimStore } from '../store'
import { nowInstant, pad } from '../util'

const REGISTRATIONS = 'reemployment-registrations'
const SESSIONS = 'reemployment-sessions'
const ROLES = ['reemployment_coordinator'] as const

/** Attendance is kept for a session that is open or over, not for one closed to changes or cancelled. */
function requireAttendanceSession(sim: Sim, loaded: LoadedRecord): void {
  if (loaded.record.status !== 'registered') {
    throw new ApiError(409, 'invalid_transition', '확정(registered)된 신청자만 출석을 기록할 수 있습니다.', { current: loaded.row.json })
  }
  const session = sim.store.load(SESSIONS, String(loaded.record.session_id))
  const status = session?.record.status
  if (status === 'closed' || status === 'cancelled') {
    throw new ApiError(409, 'invalid_transition', `${status === 'closed' ? '마감된' : '취소된'} 회차에는 출석을 기록할 수 없습니다.`, { current: loaded.row.json })
  }
}

function attendance(sim: Sim, ctx: RequestCtx, [id = '']: string[]): Reply {
  requireRole(ctx.staff, ROLES)
  const loaded = loadForWrite(sim, ctx, REGISTRATIONS, id)
  const body = parseBody(ctx, AttendanceRequest)
  requireAttendanceSession(sim, loaded)
  loaded.record.attendance = { status: body.status, checked_at: body.checked_at, checked_by: ctx.staff.id }
  return textReply(200, sim.store.commit(REGISTRATIONS, loaded))
}

/** Clears a recorded attendance (a check-in undone after it was sent). Nothing recorded: 409 invalid_transition. */
function clearAttendance(sim: Sim, ctx: RequestCtx, [id = '']: string[]): Reply {
  requireRole(ctx.staff, ROLES)
  const loaded = loadForWrite(sim, ctx, REGISTRATIONS, id)
  requireAttendanceSession(sim, loaded)
  if (loaded.record.attendance === null || loaded.record.attendance === undefined) {
    throw new ApiError(409, 'invalid_transition', '기록된 출석이 없습니다.', { current: loaded.row.json })
  }
  loaded.record.attendance = null
  return textReply(200, sim.store.commit(REGISTRATIONS, loaded))
}

/**
 * The portal's members by name + birth year + phone digits → person.id, built once per store from the
 * registrations' private contact data and kept up to date as walk-ins arrive.
 */
interface MemberIndex {
  byKey: Map<string, string>
  lastNumber: number
}
const memberIndexes = new WeakMap<SimStore, MemberIndex>()

const memberKey = (name: string, birthYear: number, phone: string) => `${name.trim()}|${birthYear}|${phoneDigits(phone)}`

function memberIndex(store: SimStore): MemberIndex {
  let index = memberIndexes.get(store)
  if (index) return index
  index = { byKey: new Map(), lastNumber: 0 }
  const rows = store.db
    .prepare<[], { json: string; private: string | null }>(`SELECT json, private FROM records WHERE collection = '${REGISTRATIONS}' AND deleted = 0`)
    .all()
  for (const row of rows) {
    const record = JSON.parse(row.json) as { person?: { id?: string; birth_year?: number } }
    const contact = row.private ? (JSON.parse(row.private) as { contact?: { name: string; phone: string } }).contact : undefined
    const personId = record.person?.id
    if (!personId) continue
    const number = /^P-(\d+)$/.exec(personId)?.[1]
    if (number) index.lastNumber = Math.max(index.lastNumber, Number(number))
    if (contact && typeof record.person?.birth_year === 'number') index.byKey.set(memberKey(contact.name, record.person.birth_year, contact.phone), personId)
  }
  memberIndexes.set(store, index)
  return index
}

/** A known member (same name, birth year and phone) keeps their id; anyone else gets a new one. */
function memberId(store: SimStore, name: string, birthYear: number, phone: string): string {
  const index = memberIndex(store)
  const key = memberKey(name, birthYear, phone)
  const known = index.byKey.get(key)
  if (known) return known
  index.lastNumber += 1
  const id = `P-${pad(index.lastNumber, 7)}`
  index.byKey.set(key, id)
  return id
}

function rank(l: LoadedRecord): number {
  return typeof l.record.waitlist_rank === 'number' ? l.record.waitlist_rank : Number.MAX_SAFE_INTEGER
}

/** Dense waitlist ranks 1..n (keeping the order); commits every other record whose rank changed. */
function rerank(sim: Sim, regs: LoadedRecord[], exceptId: string): void {
  const waiting = regs.filter((r) => r.record.status === 'waitlisted').sort((a, b) => rank(a) - rank(b) || a.row.seq - b.row.seq)
  waiting.forEach((r, i) => {
    if (r.record.waitlist_rank !== i + 1) {
      r.record.waitlist_rank = i + 1
      if (r.row.id !== exceptId) sim.store.commit(REGISTRATIONS, r)
    }
  })
}

function statusChange(sim: Sim, ctx: RequestCtx, [id = '']: string[]): Reply {
  requireRole(ctx.staff, ROLES)
  const loaded = loadForWrite(sim, ctx, REGISTRATIONS, id)
  const body = parseBody(ctx, RegistrationStatusRequest)
  const from = String(loaded.record.status)
  if (from === body.status) throw new ApiError(409, 'invalid_transition', `이미 '${from}' 상태입니다.`, { current: loaded.row.json })
  const sessionId = String(loaded.record.session_id)
  const session = sim.store.load(SESSIONS, sessionId)
  const capacity = typeof session?.record.capacity === 'number' ? session.record.capacity : 0
  const others = sim.store.registrationsOfSession(sessionId).filter((r) => r.row.id !== id)
  if (body.status === 'registered') {
    const taken = others.filter((r) => r.record.status === 'registered').length
    if (taken >= capacity) {
      throw new ApiError(409, 'capacity_exceeded', `정원(${capacity}명)이 모두 찼습니다.`, { current: loaded.row.json })
    }
  }
  loaded.record.status = body.status
  loaded.record.waitlist_rank = body.status === 'waitlisted' ? Math.max(0, ...others.map((r) => (r.record.status === 'waitlisted' ? rank(r) : 0))) + 1 : null
  rerank(sim, [...others, loaded], id)
  return textReply(200, sim.store.commit(REGISTRATIONS, loaded))
}

/**
 * Walk-in registration. Idempotent twice over: by Idempotency-Key (replay) and by client_ref — a second
 * POST with another key but a known client_ref returns the existing record with 200 and creates nothing.
 */
function walkIn(sim: Sim, ctx: RequestCtx): Reply {
  requireRole(ctx.staff, ROLES)
  const body = parseBody(ctx, WalkInRequest)
  const existing = sim.store.byClientRef(body.client_ref)[0]
  if (existing) return textReply(200, existing.json)
  const session = sim.store.load(SESSIONS, body.session_id)
  if (!session) throw validation('session_id', `회차 ${body.session_id}을(를) 찾을 수 없습니다.`)
  if (session.record.status === 'cancelled') throw new ApiError(409, 'invalid_transition', '취소된 회차에는 등록할 수 없습니다.')
  const capacity = typeof session.record.capacity === 'number' ? session.record.capacity : 0
  const regs = sim.store.registrationsOfSession(body.session_id)
  const registered = regs.filter((r) => r.record.status === 'registered').length
  const waiting = regs.filter((r) => r.record.status === 'waitlisted').length
  let id: string
  do {
    sim.nextIds.registration += 1
    id = `RR-2026-${pad(sim.nextIds.registration, 6)}`
  } while (sim.store.get(REGISTRATIONS, id))
  const now = nowInstant(sim.now)
  const phone = formatPhone(body.person.phone)
  const seat = registered < capacity
  const record: ReemploymentRegistration = {
    id,
    version: 1,
    updated_at: now,
    session_id: body.session_id,
    person: {
      id: memberId(sim.store, body.person.name, body.person.birth_year, phone),
      name: maskName(body.person.name),
      birth_year: body.person.birth_year,
      phone: maskPhone(phone),
      phone_last4: phoneLast4(phone)
    },
    career: body.career ?? null,
    expected_retirement: body.expected_retirement ?? null,
    retirement_reason: null,
    status: seat ? 'registered' : 'waitlisted',
    waitlist_rank: seat ? null : waiting + 1,
    attendance: null,
    registered_at: now,
    client_ref: body.client_ref
  }
  const json = sim.store.commit(REGISTRATIONS, { record: { ...record }, priv: { contact: { name: body.person.name.trim(), phone } } }, { keepVersion: true })
  return textReply(201, json)
}

export const reemploymentRoutes: Route[] = [
  { method: 'POST', pattern: /^\/reemployment-registrations$/, write: true, handler: walkIn },
  { method: 'POST', pattern: /^\/reemployment-registrations\/([^/]+)\/attendance$/, write: true, target: targetOf('reemployment-registrations'), handler: attendance },
  { method: 'DELETE', pattern: /^\/reemployment-registrations\/([^/]+)\/attendance$/, write: true, target: targetOf('reemployment-registrations'), handler: clearAttendance },
  { method: 'POST', pattern: /^\/reemployment-registrations\/([^/]+)\/status$/, write: true, target: targetOf('reemployment-registrations'), handler: statusChange }
]
