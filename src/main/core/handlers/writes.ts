import { randomUUID } from 'node:crypto'
import { enqueueWrite } from '../../outbox/queue'
import { attractiveJobsTable } from '../../db/repositories/attractiveJobs'
import { checkJob } from '../../review/rules'
import { toDecisionChecks } from '../../../shared/domain/attractiveJobRules'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'

/** Every write goes to the cache and the outbox first; the portal hears of it at the next sync. */
export function writeHandlers(
  ctx: CoreContext
): Pick<Handlers, 'attractiveJobs:review' | 'attractiveJobs:comment' | 'reemployment:attendance' | 'reemployment:setStatus' | 'reemployment:walkIn'> {
  const actor = () => ctx.session.requireStaff().id
  const queued = (result: { seq: number; recordId: string }) => {
    ctx.sync.nudge()
    return { seq: result.seq, recordId: result.recordId }
  }
  return {
    'attractiveJobs:review': ({ id, action, reason, checks }) => {
      // A decision carries the rule checks it was made on; computed here when the caller did not send them.
      const view = action === 'start_review' ? undefined : attractiveJobsTable.getView(ctx.db, id)
      const results = view ? checkJob(ctx.db, view) : null
      const computed = checks ?? (results ? toDecisionChecks(results) : null)
      return queued(
        enqueueWrite(ctx.db, {
          op: 'attractive_job.review',
          recordId: id,
          body: { action, ...(reason ? { reason } : {}), ...(computed ? { checks: computed } : {}) },
          actorId: actor(),
          now: ctx.now()
        })
      )
    },
    'attractiveJobs:comment': ({ id, body }) =>
      queued(enqueueWrite(ctx.db, { op: 'attractive_job.comment', recordId: id, body: { body }, actorId: actor(), now: ctx.now() })),
    'reemployment:attendance': ({ registrationId, status, checkedAt }) => {
      const now = ctx.now()
      return queued(
        enqueueWrite(ctx.db, {
          op: 'registration.attendance',
          recordId: registrationId,
          body: { status, checked_at: checkedAt ?? now.toISOString() },
          actorId: actor(),
          now
        })
      )
    },
    'reemployment:setStatus': ({ registrationId, status }) =>
      queued(enqueueWrite(ctx.db, { op: 'registration.status', recordId: registrationId, body: { status }, actorId: actor(), now: ctx.now() })),
    'reemployment:walkIn': ({ sessionId, name, birthYear, phone }) =>
      queued(
        enqueueWrite(ctx.db, {
          op: 'registration.walk_in',
          body: { session_id: sessionId, person: { name, birth_year: birthYear, phone }, client_ref: randomUUID() },
          actorId: actor(),
          now: ctx.now()
        })
      )
  }
}
