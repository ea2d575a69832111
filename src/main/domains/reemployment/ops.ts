import { z } from 'zod'
import { ATTENDANCE_STATUS_LABELS, REGISTRATION_STATUS_LABELS } from '../../../shared/domains/reemployment/labels'
import { phoneLast4 } from '../../../shared/domain/masking'
import { maskPersonalValue } from '../../../shared/domain/personalData'
import {
  AttendanceRequest,
  RegistrationStatusRequest,
  WalkInRequest,
  type ReemploymentRegistration
} from '../../../shared/portal'
import type { Db } from '../../db/types'
import { defineOp } from '../types'
import { OP_NAMES } from './opNames'
import { sessionLoad } from './registrationsRepository'

const NOT_CACHED = '캐시에 없는 신청자입니다.'
const registrationPath = (id: string) => `reemployment-registrations/${encodeURIComponent(id)}`

/** Masked by the one rule; a value masked already (a redacted body replayed in 확인 필요) stays as it is. */
const maskedText = (kind: 'name' | 'phone', value: string) => String(maskPersonalValue(kind, value))

/** Local id of a walk-in registered offline, replaced by the server's id once it is confirmed. */
export function localWalkInId(clientRef: string): string {
  return `local-${clientRef}`
}

/** `HH:MM` of an instant in Seoul, for the sentences 확인 필요 shows. */
function seoulTime(instant: string): string {
  const ms = Date.parse(instant)
  return Number.isNaN(ms) ? instant : new Date(ms + 9 * 3600_000).toISOString().slice(11, 16)
}

const sameAttendance = (a: ReemploymentRegistration['attendance'], b: ReemploymentRegistration['attendance']) =>
  a === b || (a !== null && b !== null && a.status === b.status && a.checked_at === b.checked_at && a.checked_by === b.checked_by)

/**
 * A newer version on the portal that nobody got by recording attendance (the same attendance as
 * this PC last saw, the person still 확정) leaves an attendance write as it was meant: sent again.
 */
const attendanceUntouched = (current: ReemploymentRegistration, lastSeen: ReemploymentRegistration | null) =>
  lastSeen !== null && current.status === 'registered' && sameAttendance(current.attendance, lastSeen.attendance)

/** Why attendance cannot be kept for this registration (its status, its session's), or null. */
export function attendanceRefusal(db: Db, view: ReemploymentRegistration | undefined): string | null {
  if (!view) return NOT_CACHED
  if (view.status === 'cancelled') return '취소된 신청자는 출석을 기록할 수 없습니다.'
  if (view.status === 'waitlisted') return '대기 중인 신청자는 출석을 기록할 수 없습니다. 먼저 확정하세요.'
  const session = sessionLoad(db, view.session_id)
  if (session?.status === 'cancelled') return '취소된 회차에는 출석을 기록할 수 없습니다.'
  if (session?.status === 'closed') return '마감된 회차에는 출석을 기록할 수 없습니다.'
  return null
}

export const attendanceOp = defineOp<AttendanceRequest, ReemploymentRegistration>({
  name: OP_NAMES.attendance,
  collection: 'reemployment-registrations',
  label: '출석 기록',
  body: AttendanceRequest,
  // Both PC times show in 확인 필요: this one here, the portal's in its copy.
  intent: (body) => `출석 기록: ${ATTENDANCE_STATUS_LABELS[body.status] ?? String(body.status)} (이 PC에서 ${seoulTime(body.checked_at)} 기록)`,
  request: (id) => ({ method: 'POST', path: `${registrationPath(id)}/attendance` }),
  ifMatch: true,
  answer: 'record',
  check(db, view, body) {
    const refusal = attendanceRefusal(db, view)
    if (refusal) return refusal
    if (view!.attendance?.status === body.status) return `이미 '${ATTENDANCE_STATUS_LABELS[body.status]}'으로 기록되어 있습니다.`
    return null
  },
  applyLocal(_db, view, body, meta) {
    return { ...view!, attendance: { status: body.status, checked_at: body.checked_at, checked_by: meta.actorId }, updated_at: meta.deviceTime }
  },
  // The other PC in the room already marked the same: one attendance on the portal, nothing to settle.
  alreadyApplied: (server, body) => server.attendance?.status === body.status,
  rebaseOnConflict: attendanceUntouched
})

/** Clears a recorded attendance: the undo of a check-in that had already been sent. */
export const ClearAttendanceRequest = z.object({}).strict()
export type ClearAttendanceRequest = z.infer<typeof ClearAttendanceRequest>

export const clearAttendanceOp = defineOp<ClearAttendanceRequest, ReemploymentRegistration>({
  name: OP_NAMES.clearAttendance,
  collection: 'reemployment-registrations',
  label: '출석 기록 취소',
  body: ClearAttendanceRequest,
  intent: () => '출석 기록 취소 (되돌리기)',
  request: (id) => ({ method: 'DELETE', path: `${registrationPath(id)}/attendance` }),
  ifMatch: true,
  answer: 'record',
  check(db, view) {
    const refusal = attendanceRefusal(db, view)
    if (refusal) return refusal
    return view!.attendance === null ? '기록된 출석이 없습니다.' : null
  },
  applyLocal(_db, view, _body, meta) {
    return { ...view!, attendance: null, updated_at: meta.deviceTime }
  },
  alreadyApplied: (server) => server.attendance === null,
  rebaseOnConflict: attendanceUntouched
})

export const registrationStatusOp = defineOp<RegistrationStatusRequest, ReemploymentRegistration>({
  name: OP_NAMES.status,
  collection: 'reemployment-registrations',
  label: '신청 상태 변경',
  body: RegistrationStatusRequest,
  intent: (body) => `상태 변경: ${REGISTRATION_STATUS_LABELS[body.status] ?? String(body.status)}`,
  request: (id) => ({ method: 'POST', path: `${registrationPath(id)}/status` }),
  ifMatch: true,
  answer: 'record',
  check(db, view, body) {
    if (!view) return NOT_CACHED
    if (view.status === body.status) return `이미 '${REGISTRATION_STATUS_LABELS[body.status]}' 상태입니다.`
    if (view.status === 'cancelled') return '취소된 신청은 되돌릴 수 없습니다. 새로 등록하세요.'
    const load = sessionLoad(db, view.session_id)
    if (load?.status === 'cancelled') return '취소된 회차의 신청은 바꿀 수 없습니다.'
    if (body.status === 'registered' && load && load.registered >= load.capacity) {
      return `정원(${load.capacity}명)이 가득 차 확정할 수 없습니다. 먼저 취소된 자리가 있는지 확인하세요.`
    }
    return null
  },
  applyLocal(db, view, body, meta) {
    const registration = view!
    const rank = body.status === 'waitlisted' ? (sessionLoad(db, registration.session_id)?.lastRank ?? 0) + 1 : null
    return { ...registration, status: body.status, waitlist_rank: rank, updated_at: meta.deviceTime }
  },
  // Someone else already set the status the coordinator wanted: nothing is left to do.
  alreadyApplied: (server, body) => server.status === body.status,
  // Someone else's change left the status as this PC saw it (an attendance, a correction): the portal still judges the seats.
  rebaseOnConflict: (current, lastSeen) => lastSeen !== null && current.status === lastSeen.status
})

export const walkInOp = defineOp<WalkInRequest, ReemploymentRegistration>({
  name: OP_NAMES.walkIn,
  collection: 'reemployment-registrations',
  label: '현장 접수',
  body: WalkInRequest,
  intent: () => '현장 접수 등록',
  request: () => ({ method: 'POST', path: 'reemployment-registrations' }),
  ifMatch: false,
  creates: { localId: (body) => localWalkInId(body.client_ref) },
  answer: 'record',
  check(db, view, body) {
    if (view) return '이미 등록된 현장 접수입니다.'
    const load = sessionLoad(db, body.session_id)
    if (!load) return `캐시에 없는 회차입니다: ${body.session_id}`
    if (load.status === 'cancelled') return '취소된 회차에는 현장 접수를 할 수 없습니다.'
    return null
  },
  applyLocal(db, _view, body, meta, recordId) {
    // The portal decides registered vs waitlisted; locally we predict it from the cached seats.
    const load = sessionLoad(db, body.session_id)
    const full = load !== null && load.registered >= load.capacity
    // Only masked values reach the cache; the full values stay in the outbox body until sent.
    return {
      id: recordId,
      version: 1,
      updated_at: meta.deviceTime,
      session_id: body.session_id,
      person: {
        // The portal gives the member id when it answers; until then the walk-in's own local id stands in.
        id: recordId,
        name: maskedText('name', body.person.name),
        birth_year: body.person.birth_year,
        phone: maskedText('phone', body.person.phone),
        phone_last4: phoneLast4(body.person.phone)
      },
      career: body.career ?? null,
      expected_retirement: body.expected_retirement ?? null,
      retirement_reason: null,
      status: full ? 'waitlisted' : 'registered',
      waitlist_rank: full ? load.lastRank + 1 : null,
      attendance: null,
      registered_at: meta.deviceTime,
      client_ref: body.client_ref
    }
  },
  // Once the portal confirmed, refused it or the user discarded it, the name and phone exist only masked.
  redact: (body) => ({
    ...body,
    person: { name: maskedText('name', body.person.name), birth_year: body.person.birth_year, phone: maskedText('phone', body.person.phone) }
  })
})

export const reemploymentOps = [attendanceOp, clearAttendanceOp, registrationStatusOp, walkInOp]
