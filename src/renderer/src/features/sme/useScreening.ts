import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import { SCREENING_TEXT } from '../../../../shared/domains/sme/viewLabels'
import type { SmeDetail, SmeScreenRequest } from '../../../../shared/domains/sme/views'
import { notify } from '../../lib/notify'
import { invalidateAfterOutboxChange } from '../registry'
import { sendHint } from '../sync/sendHint'
import { smeKeys } from './queryKeys'

/** Whether a write of this application waits behind one parked in 확인 필요. */
export function behindConflict(client: ReturnType<typeof useQueryClient>, id: string): boolean {
  const detail = client.getQueryData<SmeDetail>(smeKeys.detail(id))
  return detail !== undefined && detail.needs_attention > 0
}

/** Records 적격/부적격 (queued: it reaches the portal at the next sync when offline). */
export function useScreenMutation(onDone?: () => void) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: SmeScreenRequest) => call('sme:screen', input),
    onSuccess: async (_queued, input) => {
      const result = input.result === 'eligible' ? SCREENING_TEXT.eligible : SCREENING_TEXT.ineligible
      notify.success({ topic: 'sme-screen', title: SCREENING_TEXT.queued(result), message: await sendHint(client, behindConflict(client, input.id)) })
      onDone?.()
      await invalidateAfterOutboxChange(client)
    },
    onError: (error) => notify.failure({ topic: 'sme-screen', title: SCREENING_TEXT.failed, error })
  })
}
