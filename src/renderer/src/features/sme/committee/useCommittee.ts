import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../../api'
import { COMMITTEE_TEXT } from '../../../../../shared/domains/sme/viewLabels'
import type { BatchResult, SelectionBatchRequest, StageBatchRequest, StageRef } from '../../../../../shared/domains/sme/views'
import { notify } from '../../../lib/notify'
import { invalidateAfterOutboxChange } from '../../registry'
import { sendHint } from '../../sync/sendHint'
import { smeKeys } from '../queryKeys'

/** The committee matrix of one round and stage (manager). */
export function useCommittee(ref: StageRef | null) {
  return useQuery({
    queryKey: smeKeys.committee(ref ?? { round: '', stage: 'document' }),
    queryFn: () => call('sme:committee', ref ?? { round: '', stage: 'document' }),
    enabled: ref !== null
  })
}

/** What moving these applications to the next stage would do, over the cache; not kept once the dialog closes. */
export function useAdvancePreview(request: StageBatchRequest | null) {
  return useQuery({
    queryKey: smeKeys.advancePreview(request ?? { ids: [] }),
    queryFn: () => call('sme:advancePreview', request ?? { ids: [] }),
    enabled: request !== null,
    gcTime: 0
  })
}

export function useSelectPreview(request: SelectionBatchRequest | null) {
  return useQuery({
    queryKey: smeKeys.selectPreview(request ?? { decisions: [] }),
    queryFn: () => call('sme:selectPreview', request ?? { decisions: [] }),
    enabled: request !== null,
    gcTime: 0
  })
}

async function announce(client: ReturnType<typeof useQueryClient>, result: BatchResult, title: string): Promise<void> {
  if (result.queued === 0) {
    notify.warning({ topic: 'sme-batch', title: COMMITTEE_TEXT.batchNothing, message: COMMITTEE_TEXT.batchSkipped(result.skipped.length) })
    return
  }
  const parts = [await sendHint(client, false)]
  if (result.skipped.length > 0) parts.unshift(COMMITTEE_TEXT.batchSkipped(result.skipped.length))
  notify.success({ topic: 'sme-batch', title, message: parts.join(' · ') })
}

/** Moves the chosen applications to the round's next stage: one outbox write each. */
export function useAdvanceMutation(onDone: () => void) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (request: StageBatchRequest) => call('sme:advance', request),
    onSuccess: async (result) => {
      await announce(client, result, COMMITTEE_TEXT.advanceQueued(result.queued))
      onDone()
      await invalidateAfterOutboxChange(client)
    },
    onError: (error) => notify.failure({ topic: 'sme-batch', title: COMMITTEE_TEXT.batchFailed, error })
  })
}

/** Records the final selection (selected / not selected, with the committee's note): one outbox write each. */
export function useSelectMutation(onDone: () => void) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (request: SelectionBatchRequest) => call('sme:select', request),
    onSuccess: async (result) => {
      await announce(client, result, COMMITTEE_TEXT.selectQueued(result.queued))
      onDone()
      await invalidateAfterOutboxChange(client)
    },
    onError: (error) => notify.failure({ topic: 'sme-batch', title: COMMITTEE_TEXT.batchFailed, error })
  })
}
