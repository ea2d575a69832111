import type { Db } from '../../db/types'
import { ATTRACTIVE_JOB_STATUS_LABELS, REVIEW_ACTION_LABELS } from '../../../shared/domains/attractive-jobs/labels'
import type { BulkPreview, BulkResult, BulkTarget } from '../../../shared/domains/attractive-jobs/views'
import { canApplyReviewAction, ReviewRequest, type AttractiveJobStatus, type ReviewAction } from '../../../shared/portal'
import { toDecisionChecks } from '../../../shared/domains/attractive-jobs/rules'
import { AppError } from '../../core/errors'
import type { DomainContext } from '../types'
import { reviewOp } from './ops'
import { attractiveJobsTable, jobHeadline, matchingAttractiveJobs } from './repository'
import { checkJob } from './rules'


function targetRecords(db: Db, target: BulkTarget): { id: string; title: string; status: string }[] {
  if ('filter' in target) return matchingAttractiveJobs(db, target.filter)
  return target.ids.map((id) => jobHeadline(db, id) ?? { id, title: '(캐시에 없음)', status: 'missing' })
}

/** How many will change and which are skipped because their state does not allow the action. */
export function previewBulk(db: Db, target: BulkTarget, action: ReviewAction): BulkPreview {
  const preview: BulkPreview = { action, willChange: [], skipped: [] }
  for (const record of targetRecords(db, target)) {
    if (record.status === 'missing') {
      preview.skipped.push({ id: record.id, title: record.title, status: 'withdrawn', reason: '캐시에 없는 자료입니다.' })
      continue
    }
    const status = record.status as AttractiveJobStatus
    if (canApplyReviewAction(status, action)) preview.willChange.push({ id: record.id, title: record.title, status })
    else
      preview.skipped.push({
        id: record.id,
        title: record.title,
        status,
        reason: `${ATTRACTIVE_JOB_STATUS_LABELS[status]} 상태에서는 ${REVIEW_ACTION_LABELS[action]}할 수 없습니다.`
      })
  }
  return preview
}

/** One action with one reason on many records; each is queued like a single decision (with its checks). */
export function applyBulk(ctx: DomainContext, input: { target: BulkTarget; action: ReviewAction; reason?: string | undefined }): BulkResult {
  const { db } = ctx
  const body = ReviewRequest.safeParse({ action: input.action, reason: input.reason })
  if (!body.success) throw new AppError('validation_failed', body.error.issues[0]?.message ?? '입력값이 올바르지 않습니다.')
  const preview = previewBulk(db, input.target, input.action)
  const result: BulkResult = { queued: 0, skipped: preview.skipped.map(({ id, title, reason }) => ({ id, title, reason })) }
  db.transaction(() => {
    for (const record of preview.willChange) {
      const view = attractiveJobsTable.getView(db, record.id)
      const checks = view ? checkJob(db, view) : null
      try {
        ctx.writes.enqueue(reviewOp, {
          recordId: record.id,
          body: { action: input.action, ...(input.reason ? { reason: input.reason } : {}), ...(checks ? { checks: toDecisionChecks(checks) } : {}) }
        })
        result.queued += 1
      } catch (error) {
        result.skipped.push({ id: record.id, title: record.title, reason: error instanceof Error ? error.message : String(error) })
      }
    }
  })()
  return result
}
