import { randomUUID } from 'node:crypto'
import type { reemploymentContract } from '../../../shared/domains/reemployment/contract'
import type { DomainContext, HandlersOf } from '../types'
import { attendanceOp, registrationStatusOp, walkInOp } from './ops'

/** Every write goes to the cache and the outbox first; the portal hears of it at the next sync. */
export function reemploymentHandlers(ctx: DomainContext): HandlersOf<typeof reemploymentContract> {
  return {
    'reemployment:attendance': ({ registrationId, status, checkedAt }) =>
      ctx.writes.enqueue(attendanceOp, {
        recordId: registrationId,
        body: { status, checked_at: checkedAt ?? ctx.now().toISOString() }
      }),
    'reemployment:setStatus': ({ registrationId, status }) =>
      ctx.writes.enqueue(registrationStatusOp, { recordId: registrationId, body: { status } }),
    'reemployment:walkIn': ({ sessionId, name, birthYear, phone }) =>
      ctx.writes.enqueue(walkInOp, {
        body: { session_id: sessionId, person: { name, birth_year: birthYear, phone }, client_ref: randomUUID() }
      })
  }
}
