import type Database from 'better-sqlite3'
import { ATTRACTIVE_JOB_STATUS_LABELS, REVIEW_ACTION_LABELS } from '../../shared/domain/labels'
import type { BulkPreview, BulkResult, BulkTarget } from '../../shared/ipc/attractiveJobViews'
import { canApplyReviewAction, ReviewRequest, type AttractiveJobStatus, type ReviewAction } from '../../shared/portal'
import { matchingAttractiveJobs } from '../db/repositories/attractiveJobs'
import { prepared } from '../db/statements'
import { AppError } from '../core/errors'
import { enqueueWrite } from '../outbox/queue'
import { toDecisionChecks } from '../../shared/domain/attractiveJobRules'
import { checkJob } from './rules'
import type { AttractiveJob } from '../../shared/portal'

type Db = Database.Database

function targetRecords(db: Db, target: BulkTarget): { id: string; title: string; status: string }[] {
  if ('filter' in target) return matchingAttractiveJobs(db, target.filter)
  const lookup = prepared(db, `SELECT id, title, status FROM attractive_jobs WHERE id = ?`)
  return target.ids.map((id) => (lookup.get(id) as { id: string; title: string; status: string } | undefined) ?? { id, title: '(캐시에 없음)', status: 'missing' })
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
export function applyBulk(db: Db, input: { target: BulkTarget; action: ReviewAction; reason?: string | undefined; actorId: string; now: Date }): BulkResult {
  const body = ReviewRequest.safeParse({ action: input.action, reason: input.reason })
  if (!body.success) throw new AppError('validation_failed', body.error.issues[0]?.message ?? '입력값이 올바르지 않습니다.')
  const preview = previewBulk(db, input.target, input.action)
  const result: BulkResult = { queued: 0, skipped: preview.skipped.map(({ id, title, reason }) => ({ id, title, reason })) }
  db.transaction(() => {
    for (const record of preview.willChange) {
      const view = prepared(
        db,
        `SELECT coalesce(j.local_raw, j.raw) AS json FROM attractive_jobs r JOIN attractive_jobs_json j ON j.rowid = r.rowid WHERE r.id = ?`
      ).get(record.id) as { json: string }
      const checks = checkJob(db, JSON.parse(view.json) as AttractiveJob)
      try {
        enqueueWrite(db, {
          op: 'attractive_job.review',
          recordId: record.id,
          body: { action: input.action, ...(input.reason ? { reason: input.reason } : {}), ...(checks ? { checks: toDecisionChecks(checks) } : {}) },
          actorId: input.actorId,
          now: input.now
        })
        result.queued += 1
      } catch (error) {
        result.skipped.push({ id: record.id, title: record.title, reason: error instanceof Error ? error.message : String(error) })
      }
    }
  })()
  return result
}
