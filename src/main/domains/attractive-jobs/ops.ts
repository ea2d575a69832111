import { REVIEW_ACTION_LABELS, reviewActionRefusal } from '../../../shared/domains/attractive-jobs/labels'
import { CommentRequest, REVIEW_TRANSITIONS, ReviewRequest, canApplyReviewAction, type AttractiveJob } from '../../../shared/portal'
import { defineOp } from '../types'

const NOT_CACHED = '캐시에 없는 매력일자리입니다.'
const jobPath = (id: string) => `attractive-jobs/${encodeURIComponent(id)}`

export const reviewOp = defineOp<ReviewRequest, AttractiveJob>({
  name: 'attractive_job.review',
  collection: 'attractive-jobs',
  label: '매력일자리 검토',
  body: ReviewRequest,
  intent(body) {
    const action = REVIEW_ACTION_LABELS[body.action] ?? String(body.action)
    return body.reason ? `${action} — 사유: ${body.reason}` : action
  },
  request: (id) => ({ method: 'POST', path: `${jobPath(id)}/review` }),
  ifMatch: true,
  answer: 'record',
  check(_db, view, body) {
    if (!view) return NOT_CACHED
    return canApplyReviewAction(view.status, body.action) ? null : reviewActionRefusal(view.status, body.action)
  },
  applyLocal(_db, view, body, meta) {
    const job = view!
    const to = REVIEW_TRANSITIONS[body.action].to
    const decision =
      body.action === 'start_review'
        ? job.decision
        : { outcome: to as 'approved' | 'rejected' | 'revision_requested', reason: body.reason ?? null, decided_by: meta.actorId, decided_at: meta.deviceTime }
    return { ...job, status: to, decision, updated_at: meta.deviceTime }
  }
})

export const commentOp = defineOp<CommentRequest, AttractiveJob>({
  name: 'attractive_job.comment',
  collection: 'attractive-jobs',
  label: '매력일자리 의견',
  body: CommentRequest,
  intent: (body) => `의견: ${body.body}`,
  request: (id) => ({ method: 'POST', path: `${jobPath(id)}/comments` }),
  // A comment adds to the record without changing what was decided: no If-Match.
  ifMatch: false,
  answer: 'other',
  check: (_db, view) => (view ? null : NOT_CACHED),
  applyLocal(_db, view, body, meta) {
    const job = view!
    const comment = { id: `local-${meta.idempotencyKey}`, author: meta.actorId, body: body.body, created_at: meta.deviceTime }
    return { ...job, comments: [...job.comments, comment], updated_at: meta.deviceTime }
  }
})

export const attractiveJobOps = [reviewOp, commentOp]
