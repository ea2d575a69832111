import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { josa } from 'es-hangul'
import { call } from '../../api'
import {
  COMMENT_QUEUED_TITLE,
  REVIEW_ACTION_LABELS,
  bulkBehindConflictHint,
  bulkQueuedTitle,
  reviewQueuedTitle
} from '../../../../shared/domains/attractive-jobs/labels'
import type { AttractiveJobDetail, BulkResult, BulkReviewRequest } from '../../../../shared/domains/attractive-jobs/views'
import type { ReviewAction } from '../../../../shared/portal'
import { formatCount } from '../../lib/format'
import { notify } from '../../lib/notify'
import { useSession } from '../auth/useSession'
import { invalidateAfterOutboxChange } from '../registry'
import { sendHint } from '../sync/sendHint'
import { useSyncStatus } from '../sync/useSync'
import { attractiveJobsKeys } from './queryKeys'

export function showError(title: string, error: unknown): void {
  notify.failure({ title, error })
}

/**
 * Whether the portal is reachable as main last saw it: the sync status (polled, and corrected by every
 * failed refresh or sync) over the session's flag from sign-in.
 */
export function usePortalOnline(): boolean {
  const status = useSyncStatus()
  const session = useSession()
  return status.data?.online ?? session.data?.online ?? false
}

/** When a write of `recordId` (null: a batch) will reach the portal (see sendHint). */
function sendHintFor(client: QueryClient, recordId: string | null): Promise<string> {
  const detail = recordId ? client.getQueryData<AttractiveJobDetail>(attractiveJobsKeys.detail(recordId)) : undefined
  return sendHint(client, detail !== undefined && detail.needs_attention > 0)
}

export interface ReviewInput {
  id: string
  action: ReviewAction
  reason?: string
}

export function useReviewMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, action, reason }: ReviewInput) =>
      call('attractiveJobs:review', { id, action, ...(reason ? { reason } : {}) }),
    onSuccess: async (_result, { id, action }) => {
      notify.success({ topic: 'review-queued', title: reviewQueuedTitle(action), message: await sendHintFor(client, id) })
      await invalidateAfterOutboxChange(client)
    },
    onError: (error, { action }) => showError(`${josa(REVIEW_ACTION_LABELS[action], '을/를')} 저장하지 못했습니다`, error)
  })
}

export function useCommentMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: string }) => call('attractiveJobs:comment', { id, body }),
    onSuccess: async (_result, { id }) => {
      notify.success({ topic: 'comment-queued', title: COMMENT_QUEUED_TITLE, message: await sendHintFor(client, id) })
      await invalidateAfterOutboxChange(client)
    },
    onError: (error) => showError('의견을 저장하지 못했습니다', error)
  })
}

/** "3건 제외 · 2건은 해당 자료의 충돌을 먼저 해결해야 보냅니다. · 곧 포털로 보냅니다." */
async function bulkResultMessage(client: QueryClient, result: BulkResult): Promise<string> {
  const parts: string[] = []
  if (result.skipped.length > 0) parts.push(`${formatCount(result.skipped.length)}건 제외`)
  if (result.behindConflict > 0) parts.push(bulkBehindConflictHint(formatCount(result.behindConflict)))
  if (result.queued > result.behindConflict) parts.push(await sendHintFor(client, null))
  return parts.join(' · ')
}

export function useBulkReviewMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: BulkReviewRequest) => call('attractiveJobs:bulkReview', input),
    onSuccess: async (result, { action }) => {
      if (result.queued > 0) {
        notify.success({ topic: 'bulk-review', title: bulkQueuedTitle(action, formatCount(result.queued)), message: await bulkResultMessage(client, result) })
      } else {
        notify.warning({
          topic: 'bulk-review',
          title: `일괄 ${REVIEW_ACTION_LABELS[action]}: 처리한 건이 없습니다`,
          message: `${formatCount(result.skipped.length)}건 모두 제외되었습니다.`
        })
      }
      await invalidateAfterOutboxChange(client)
    },
    onError: (error, { action }) => showError(`일괄 ${josa(REVIEW_ACTION_LABELS[action], '을/를')} 저장하지 못했습니다`, error)
  })
}
