/** 재취업 attendance, registration status and walk-ins (portal-admin-api.md §7). */
import { AttendanceRequest, RegistrationStatusRequest, WalkInRequest, type ReemploymentRegistration } from '../../../shared/portal/reemployment'
import { maskName, maskPhone, phoneLast4, formatPhone } from '../../../shared/domain/masking'
import { loadForWrite, requireRole, type Sim } from '../context'
import { ApiError, parseBody, textReply, validation, type Reply, type RequestCtx } from '../http'
import { targetOf, type Route } from '../router'
import type { LoadedRecord } from '../store'
import { nowInstant, pad } from '../util'

const REGISTRATIONS = 'reemployment-registrations'
const ROLES = ['reemployment_coordinator'] as const

function attendance(sim: Sim, ctx: RequestCtx, [id = '']: string[]): Reply {
  requireRole(ctx.staff, ROLES)
  const loaded = loadForWrite(sim, ctx, REGISTRATIONS, id)
  const body = parseBody(ctx, AttendanceRequest)
  if (loaded.record.status !== 'registered') {
    throw new ApiError(409, 'invalid_transition', '확정(registered)된 신청자만 출석을 기록할 수 있습니다.', { current: loaded.row.json })
  }
  loaded.record.attendance = { status: body.status, checked_at: body.checked_at, checked_by: ctx.staff.id }
  return textReply(200, sim.store.commit(REGISTRATIONS, loaded))
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
  const session = sim.store.load('reemployment-sessions', sessionId)
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
  const session = sim.store.load('reemployment-sessions', body.session_id)
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
    person: { name: maskName(body.person.name), birth_year: body.person.birth_year, phone: maskPhone(phone), phone_last4: phoneLast4(phone) },
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
  { method: 'POST', pattern: /^\/reemployment-registrations\/([^/]+)\/status$/, write: true, target: targetOf('reemployment-registrations'), handler: statusChange }
]
