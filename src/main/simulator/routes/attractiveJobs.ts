/** 매력일자리 review and comments (portal-admin-api.md §5). */
import { CommentRequest, REVIEW_TRANSITIONS, ReviewRequest, type AttractiveJobStatus } from '../../../shared/portal/attractiveJobs'
import { loadForWrite, loadOrThrow, nextCommentId, requireRole, type Sim } from '../context'
import { ApiError, jsonReply, parseBody, textReply, type Reply, type RequestCtx } from '../http'
import { targetOf, type Route } from '../router'
import { nowInstant } from '../util'

const COLLECTION = 'attractive-jobs'
const ROLES = ['attractive_jobs_reviewer'] as const

function review(sim: Sim, ctx: RequestCtx, [id = '']: string[]): Reply {
  requireRole(ctx.staff, ROLES)
  const loaded = loadForWrite(sim, ctx, COLLECTION, id)
  const body = parseBody(ctx, ReviewRequest)
  const status = loaded.record.status as AttractiveJobStatus
  const transition = REVIEW_TRANSITIONS[body.action]
  if (!transition.from.includes(status)) {
    throw new ApiError(409, 'invalid_transition', `'${status}' 상태에서는 '${body.action}'을(를) 할 수 없습니다.`, { current: loaded.row.json })
  }
  const at = nowInstant(sim.now)
  loaded.record.status = transition.to
  if (body.action !== 'start_review') {
    loaded.record.decision = {
      outcome: transition.to,
      reason: body.reason?.trim() ? body.reason.trim() : null,
      decided_by: ctx.staff.id,
      decided_at: at
    }
  }
  if (body.checks) (loaded.priv.checks ??= []).push({ at, by: ctx.staff.id, action: body.action, checks: body.checks })
  return textReply(200, sim.store.commit(COLLECTION, loaded))
}

function comment(sim: Sim, ctx: RequestCtx, [id = '']: string[]): Reply {
  requireRole(ctx.staff, ROLES)
  const loaded = loadOrThrow(sim, COLLECTION, id)
  const body = parseBody(ctx, CommentRequest)
  const comments = Array.isArray(loaded.record.comments) ? loaded.record.comments : []
  const created = { id: nextCommentId(comments), author: ctx.staff.id, body: body.body, created_at: nowInstant(sim.now) }
  comments.push(created)
  loaded.record.comments = comments
  sim.store.commit(COLLECTION, loaded)
  sim.stats.commentsAdded[id] = (sim.stats.commentsAdded[id] ?? 0) + 1
  return jsonReply(201, created)
}

export const attractiveJobRoutes: Route[] = [
  { method: 'POST', pattern: /^\/attractive-jobs\/([^/]+)\/review$/, write: true, target: targetOf('attractive-jobs'), handler: review },
  { method: 'POST', pattern: /^\/attractive-jobs\/([^/]+)\/comments$/, write: true, target: targetOf('attractive-jobs'), handler: comment }
]
