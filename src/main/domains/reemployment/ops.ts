import { ATTENDANCE_STATUS_LABELS, REGISTRATION_STATUS_LABELS } from '../../../shared/domains/reemployment/labels'
import { maskName, maskPhone, phoneLast4 } from '../../../shared/domain/masking'
import {
  AttendanceRequest,
  RegistrationStatusRequest,
  WalkInRequest,
  type ReemploymentRegistration
} from '../../../shared/portal'
import { defineOp } from '../types'
import { sessionLoad } from './registrationsRepository'

const NOT_CACHED = '캐시에 없는 신청자입니다.'
const registrationPath = (id: string) => `reemployment-registrations/${encodeURIComponent(id)}`

/** Local id of a walk-in registered offline, replaced by the server's id once it is confirmed. */
export function localWalkInId(clientRef: string): string {
  return `local-${clientRef}`
}

export const attendanceOp = defineOp<AttendanceRequest, ReemploymentRegistration>({
  name: 'registration.attendance',
  collection: 'reemployment-registrations',
  label: '출석 기록',
  body: AttendanceRequest,
  intent: (body) => `출석 기록: ${ATTENDANCE_STATUS_LABELS[body.status] ?? String(body.status)}`,
  request: (id) => ({ method: 'POST', path: `${registrationPath(id)}/attendance` }),
  ifMatch: true,
  answer: 'record',
  check(_db, view) {
    if (!view) return NOT_CACHED
    if (view.status !== 'registered') return `확정된 신청자만 출석을 기록할 수 있습니다 (현재: ${REGISTRATION_STATUS_LABELS[view.status]}).`
    return null
  },
  applyLocal(_db, view, body, meta) {
    return { ...view!, attendance: { status: body.status, checked_at: body.checked_at, checked_by: meta.actorId }, updated_at: meta.deviceTime }
  }
})

export const registrationStatusOp = defineOp<RegistrationStatusRequest, ReemploymentRegistration>({
  name: 'registration.status',
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
    if (body.status === 'registered') {
      const load = sessionLoad(db, view.session_id)
      if (load && load.registered >= load.capacity) return `정원(${load.capacity}명)이 가득 차 확정할 수 없습니다. 먼저 취소된 자리가 있는지 확인하세요.`
    }
    return null
  },
  applyLocal(db, view, body, meta) {
    const registration = view!
    const rank = body.status === 'waitlisted' ? (sessionLoad(db, registration.session_id)?.lastRank ?? 0) + 1 : null
    return { ...registration, status: body.status, waitlist_rank: rank, updated_at: meta.deviceTime }
  },
  // Someone else already set the status the coordinator wanted: nothing is left to do.
  alreadyApplied: (server, body) => server.status === body.status
})

export const walkInOp = defineOp<WalkInRequest, ReemploymentRegistration>({
  name: 'registration.walk_in',
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
    if (!sessionLoad(db, body.session_id)) return `캐시에 없는 회차입니다: ${body.session_id}`
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
        name: maskName(body.person.name),
        birth_year: body.person.birth_year,
        phone: maskPhone(body.person.phone),
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
  redact: (body) => ({
    ...body,
    person: { name: maskName(body.person.name), birth_year: body.person.birth_year, phone: maskPhone(body.person.phone) }
  })
})

export const reemploymentOps = [attendanceOp, registrationStatusOp, walkInOp]
