import type { Db } from '../../db/types'
import { writeCountsFor } from '../../db/repositories/outbox'
import { BULK_NEEDS_ATTENTION_SKIP, bulkRuleFailureSkip, reviewActionRefusal } from '../../../shared/domains/attractive-jobs/labels'
import { RULE_CODES, RULE_LABELS, toDecisionChecks, type RuleCode } from '../../../shared/domains/attractive-jobs/rules'
import type { BulkPreview, BulkPreviewRow, BulkResult, BulkReviewRequest, BulkTarget } from '../../../shared/domains/attractive-jobs/views'
import { canApplyReviewAction, ReviewRequest, type AttractiveJobStatus, type ReviewAction } from '../../../shared/portal'
import { AppError } from '../../core/errors'
import type { DomainContext } from '../types'
import { reviewOp } from './ops'
import { attractiveJobsTable, jobHeadline, matchingAttractiveJobs, ruleFailuresOf } from './repository'
import { checkJob } from './rules'

const COLLECTION = 'attractive-jobs'
const NOT_CACHED = '캐시에 없는 자료입니다.'

function targetRecords(db: Db, target: BulkTarget): { id: string; title: string; status: string }[] {
  if ('filter' in target) return matchingAttractiveJobs(db, target.filter)
  return target.ids.map((id) => jobHeadline(db, id) ?? { id, title: '(캐시에 없음)', status: 'missing' })
}

function isRuleCode(code: string): code is RuleCode {
  return (RULE_CODES as readonly string[]).includes(code)
}

/**
 * What a bulk action would change (each row with its failing rules and its writes parked in 확인 필요)
 * and which records it skips because their state does not allow the action — in the words the single
 * decision uses.
 */
export function previewBulk(db: Db, target: BulkTarget, action: ReviewAction): BulkPreview {
  const preview: BulkPreview = { action, willChange: [], skipped: [] }
  for (const record of targetRecords(db, target)) {
    if (record.status === 'missing') {
      preview.skipped.push({ id: record.id, title: record.title, status: 'withdrawn', reason: NOT_CACHED })
      continue
    }
    const status = record.status as AttractiveJobStatus
    if (!canApplyReviewAction(status, action)) {
      preview.skipped.push({ id: record.id, title: record.title, status, reason: reviewActionRefusal(status, action) })
      continue
    }
    preview.willChange.push({
      id: record.id,
      title: record.title,
      status,
      rule_failures: ruleFailuresOf(db, record.id)?.filter(isRuleCode) ?? null,
      needs_attention: writeCountsFor(db, COLLECTION, record.id).parked
    })
  }
  return preview
}

interface Exclusions {
  ruleFailures: boolean
  needingAttention: boolean
}

function exclusionsOf(input: BulkReviewRequest): Exclusions {
  return {
    // Leaving out failing records only means something for 적정: failures are what 부적정/보완요청 are about.
    ruleFailures: input.action === 'approve' && input.excludeRuleFailures === true,
    needingAttention: input.excludeNeedingAttention === true
  }
}

/** Why the staff member's choices leave a row of the preview out (null: it is queued). */
function leftOutBecause(row: BulkPreviewRow, exclude: Exclusions): string | null {
  const failures = row.rule_failures ?? []
  if (exclude.ruleFailures && failures.length > 0) return bulkRuleFailureSkip(failures.map((rule) => RULE_LABELS[rule]))
  if (exclude.needingAttention && row.needs_attention > 0) return BULK_NEEDS_ATTENTION_SKIP
  return null
}

/** One action with one reason on many records; each is queued like a single decision (with its checks). */
export function applyBulk(ctx: DomainContext, input: BulkReviewRequest): BulkResult {
  const { db } = ctx
  const body = ReviewRequest.safeParse({ action: input.action, reason: input.reason })
  if (!body.success) throw new AppError('validation_failed', body.error.issues[0]?.message ?? '입력값이 올바르지 않습니다.')
  const exclude = exclusionsOf(input)
  const preview = previewBulk(db, input.target, input.action)
  const result: BulkResult = { queued: 0, skipped: preview.skipped.map(({ id, title, reason }) => ({ id, title, reason })), behindConflict: 0 }
  db.transaction(() => {
    for (const record of preview.willChange) {
      const leftOut = leftOutBecause(record, exclude)
      if (leftOut) {
        result.skipped.push({ id: record.id, title: record.title, reason: leftOut })
        continue
      }
      const view = attractiveJobsTable.getView(db, record.id)
      const checks = view ? checkJob(db, view) : null
      try {
        ctx.writes.enqueue(reviewOp, {
          recordId: record.id,
          body: { action: input.action, ...(input.reason ? { reason: input.reason } : {}), ...(checks ? { checks: toDecisionChecks(checks) } : {}) }
        })
        result.queued += 1
        if (record.needs_attention > 0) result.behindConflict += 1
      } catch (error) {
        result.skipped.push({ id: record.id, title: record.title, reason: error instanceof Error ? error.message : String(error) })
      }
    }
  })()
  return result
}
