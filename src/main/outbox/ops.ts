import { z } from 'zod'
import {
  ATTRACTIVE_JOB_STATUS_LABELS,
  REGISTRATION_STATUS_LABELS,
  REVIEW_ACTION_LABELS
} from '../../shared/domain/labels'
import { maskName, maskPhone, phoneLast4 } from '../../shared/domain/masking'
import {
  AttendanceRequest,
  CommentRequest,
  REVIEW_TRANSITIONS,
  RegistrationStatusRequest,
  ReviewRequest,
  WalkInRequest,
  canApplyReviewAction,
  type AttractiveJob,
  type CollectionName,
  type ReemploymentRegistration
} from '../../shared/portal'

export interface OpMeta {
  actorId: string
  deviceTime: string
  idempotencyKey: string
}

/** What an op may ask of the cache besides the record itself. */
export interface OpEnv {
  /** Seats of a session as the cache sees them (local view). */
  sessionLoad(sessionId: string): { capacity: number; registered: number; lastRank: number } | null
}

/**
 * One kind of local write: how it is checked against what the user sees, how it changes the
 * local view before the portal confirms it, and which request carries it.
 */
export interface OpDefinition<Body, Rec> {
  collection: CollectionName
  body: z.ZodType<Body>
  /** Sent with If-Match (the base version) — every write on an existing record but comments. */
  ifMatch: boolean
  request(recordId: string): { method: 'POST' | 'PUT'; path: string }
  /** A Korean reason when the action is impossible on this view, else null. */
  check(view: Rec | undefined, body: Body, env: OpEnv): string | null
  applyLocal(view: Rec | undefined, body: Body, meta: OpMeta, recordId: string, env: OpEnv): Rec
  /** The body as kept after the portal confirmed it (personal data removed). */
  redact?(body: Body): unknown
}

const reviewOp: OpDefinition<z.infer<typeof ReviewRequest>, AttractiveJob> = {
  collection: 'attractive-jobs',
  body: ReviewRequest,
  ifMatch: true,
  request: (id) => ({ method: 'POST', path: `attractive-jobs/${encodeURIComponent(id)}/review` }),
  check(view, body) {
    if (!view) return '캐시에 없는 매력일자리입니다.'
    if (!canApplyReviewAction(view.status, body.action)) {
      return `현재 상태(${ATTRACTIVE_JOB_STATUS_LABELS[view.status]})에서는 '${REVIEW_ACTION_LABELS[body.action]}'을(를) 할 수 없습니다.`
    }
    return null
  },
  applyLocal(view, body, meta) {
    const job = view!
    const to = REVIEW_TRANSITIONS[body.action].to
    const decision =
      body.action === 'start_review'
        ? job.decision
        : { outcome: to as 'approved' | 'rejected' | 'revision_requested', reason: body.reason ?? null, decided_by: meta.actorId, decided_at: meta.deviceTime }
    return { ...job, status: to, decision, updated_at: meta.deviceTime }
  }
}

const commentOp: OpDefinition<z.infer<typeof CommentRequest>, AttractiveJob> = {
  collection: 'attractive-jobs',
  body: CommentRequest,
  ifMatch: false,
  request: (id) => ({ method: 'POST', path: `attractive-jobs/${encodeURIComponent(id)}/comments` }),
  check: (view) => (view ? null : '캐시에 없는 매력일자리입니다.'),
  applyLocal(view, body, meta) {
    const job = view!
    const comment = { id: `local-${meta.idempotencyKey}`, author: meta.actorId, body: body.body, created_at: meta.deviceTime }
    return { ...job, comments: [...job.comments, comment], updated_at: meta.deviceTime }
  }
}

const attendanceOp: OpDefinition<z.infer<typeof AttendanceRequest>, ReemploymentRegistration> = {
  collection: 'reemployment-registrations',
  body: AttendanceRequest,
  ifMatch: true,
  request: (id) => ({ method: 'POST', path: `reemployment-registrations/${encodeURIComponent(id)}/attendance` }),
  check(view) {
    if (!view) return '캐시에 없는 신청자입니다.'
    if (view.status !== 'registered') return `확정된 신청자만 출석을 기록할 수 있습니다 (현재: ${REGISTRATION_STATUS_LABELS[view.status]}).`
    return null
  },
  applyLocal(view, body, meta) {
    return { ...view!, attendance: { status: body.status, checked_at: body.checked_at, checked_by: meta.actorId }, updated_at: meta.deviceTime }
  }
}

const registrationStatusOp: OpDefinition<z.infer<typeof RegistrationStatusRequest>, ReemploymentRegistration> = {
  collection: 'reemployment-registrations',
  body: RegistrationStatusRequest,
  ifMatch: true,
  request: (id) => ({ method: 'POST', path: `reemployment-registrations/${encodeURIComponent(id)}/status` }),
  check(view, body, env) {
    if (!view) return '캐시에 없는 신청자입니다.'
    if (view.status === body.status) return `이미 '${REGISTRATION_STATUS_LABELS[body.status]}' 상태입니다.`
    if (view.status === 'cancelled') return '취소된 신청은 되돌릴 수 없습니다. 새로 등록하세요.'
    if (body.status === 'registered') {
      const load = env.sessionLoad(view.session_id)
      if (load && load.registered >= load.capacity) return `정원(${load.capacity}명)이 가득 차 확정할 수 없습니다. 먼저 취소된 자리가 있는지 확인하세요.`
    }
    return null
  },
  applyLocal(view, body, meta, _recordId, env) {
    const reg = view!
    const rank = body.status === 'waitlisted' ? (env.sessionLoad(reg.session_id)?.lastRank ?? 0) + 1 : null
    return { ...reg, status: body.status, waitlist_rank: rank, updated_at: meta.deviceTime }
  }
}

const walkInOp: OpDefinition<z.infer<typeof WalkInRequest>, ReemploymentRegistration> = {
  collection: 'reemployment-registrations',
  body: WalkInRequest,
  ifMatch: false,
  request: () => ({ method: 'POST', path: 'reemployment-registrations' }),
  check(view, body, env) {
    if (view) return '이미 등록된 현장 접수입니다.'
    if (!env.sessionLoad(body.session_id)) return `캐시에 없는 회차입니다: ${body.session_id}`
    return null
  },
  applyLocal(_view, body, meta, recordId, env) {
    // The portal decides registered vs waitlisted; locally we predict it from the cached seats.
    const load = env.sessionLoad(body.session_id)
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
}

export const OPS = {
  'attractive_job.review': reviewOp,
  'attractive_job.comment': commentOp,
  'registration.attendance': attendanceOp,
  'registration.status': registrationStatusOp,
  'registration.walk_in': walkInOp
} as const

export type OpName = keyof typeof OPS
export const OP_NAMES = Object.keys(OPS) as OpName[]
export type OpBody<N extends OpName> = z.infer<(typeof OPS)[N]['body']>

export function isOpName(value: string): value is OpName {
  return Object.hasOwn(OPS, value)
}

/** Local id of a walk-in registered offline, replaced by the server's id once it is confirmed. */
export function localWalkInId(clientRef: string): string {
  return `local-${clientRef}`
}
