/** Audit events from staff tools (portal-admin-api.md §10). */
import { AuditEventsRequest } from '../../../shared/portal/audit'
import type { Sim } from '../context'
import { ApiError, jsonReply, parseBody, type Reply, type RequestCtx } from '../http'
import type { Route } from '../router'

/**
 * Stores each event under its client-made id once; a repeated event is counted as accepted but not
 * stored again. Any signed-in staff member may send their own events; an event of someone else
 * (`staff_id` other than the caller) refuses the whole call with 403, so nothing is recorded under
 * another's name.
 */
function postEvents(sim: Sim, ctx: RequestCtx): Reply {
  const { events } = parseBody(ctx, AuditEventsRequest)
  const foreign = events.findIndex((event) => event.staff_id !== ctx.staff.id)
  if (foreign >= 0) {
    throw new ApiError(403, 'forbidden', '다른 직원의 접속기록은 보낼 수 없습니다.', {
      errors: [{ path: `events.${foreign}.staff_id`, message: `호출한 직원(${ctx.staff.id})의 기록만 보낼 수 있습니다.` }]
    })
  }
  for (const event of events) sim.store.putAuditEvent(event.id, event.staff_id, JSON.stringify(event))
  return jsonReply(200, { accepted: events.length })
}

export const auditRoutes: Route[] = [{ method: 'POST', pattern: /^\/audit\/events$/, write: true, handler: postEvents }]
