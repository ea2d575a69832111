import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import { REVIEW_ACTION_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import type { BulkTarget } from '../../../../shared/domains/attractive-jobs/views'
import type { ReviewAction } from '../../../../shared/portal'
import { formatCount } from '../../lib/format'
import { invalidateAfterOutboxChange } from '../registry'
import { notify } from '../../lib/notify'

export function showError(title: string, error: unknown): void {
  notify.failure({ title, error })
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
    onSuccess: async (_result, { action }) => {
      notify.success({
        topic: 'review-queued',
        title: `${REVIEW_ACTION_LABELS[action]}: 보낼 목록에 추가했습니다`,
        message: '다음 동기화 때 포털에 반영됩니다.'
      })
      await invalidateAfterOutboxChange(client)
    },
    onError: (error, { action }) => showError(`${REVIEW_ACTION_LABELS[action]}을(를) 저장하지 못했습니다`, error)
  })
}

export function useCommentMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: string }) => call('attractiveJobs:comment', { id, body }),
    onSuccess: async () => {
      notify.success({ topic: 'comment-queued', title: '의견을 보낼 목록에 추가했습니다', message: '다음 동기화 때 포털에 반영됩니다.' })
      await invalidateAfterOutboxChange(client)
    },
    onError: (error) => showError('의견을 저장하지 못했습니다', error)
  })
}

export function useBulkReviewMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { target: BulkTarget; action: ReviewAction; reason?: string }) =>
      call('attractiveJobs:bulkReview', { target: input.target, action: input.action, ...(input.reason ? { reason: input.reason } : {}) }),
    onSuccess: async (result, { action }) => {
      notify[result.queued > 0 ? 'success' : 'warning']({
        topic: 'bulk-review',
        title: `일괄 ${REVIEW_ACTION_LABELS[action]}: ${formatCount(result.queued)}건 보낼 목록에 추가, ${formatCount(result.skipped.length)}건 제외`,
        message: result.queued > 0 ? '다음 동기화 때 포털에 반영됩니다.' : '상태가 맞지 않아 바뀐 건이 없습니다.'
      })
      await invalidateAfterOutboxChange(client)
    },
    onError: (error, { action }) => showError(`일괄 ${REVIEW_ACTION_LABELS[action]}을(를) 저장하지 못했습니다`, error)
  })
}
