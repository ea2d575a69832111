import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import { SEND_HINTS } from '../../../../shared/domains/attractive-jobs/labels'
import type { CompletionSettings, HintSettings, PromotionProposal, WalkInInput } from '../../../../shared/domains/reemployment/views'
import type { AttendanceStatus } from '../../../../shared/portal'
import { notify } from '../../lib/notify'
import { invalidateAfterOutboxChange } from '../registry'
import { syncKeys } from '../sync/queryKeys'
import { reemploymentKeys } from './queryKeys'

/** When a write just queued reaches the portal: in a moment when online, otherwise once the network is back. */
async function sendHint(client: QueryClient): Promise<string> {
  const status = await client.fetchQuery({ queryKey: syncKeys.status, queryFn: () => call('sync:status', {}), staleTime: 0 }).catch(() => null)
  return status?.online ? SEND_HINTS.soon : SEND_HINTS.whenOnline
}

/**
 * Check-in mode's writes: each answer carries the session's new counts, put in place at once (the
 * big counter moves with the click), then everything over the cache and the outbox is refreshed.
 * No success notices here: the undo bar and the counter are the feedback, a notice per person would
 * bury the screen; failures do show, and stay.
 */
export function useCheckInMutation(sessionId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ registrationId, status }: { registrationId: string; status: AttendanceStatus }) =>
      call('reemployment:checkIn', { registrationId, status }),
    onSuccess: async (result) => {
      client.setQueryData(reemploymentKeys.checkInCounts(sessionId), result.counts)
      await invalidateAfterOutboxChange(client)
    },
    onError: (error) => notify.failure({ topic: 'check-in', title: '출석을 기록하지 못했습니다', error })
  })
}

export function useUndoCheckInMutation(sessionId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ registrationId, seq }: { registrationId: string; seq: number }) => call('reemployment:undoCheckIn', { registrationId, seq }),
    onSuccess: async (result) => {
      client.setQueryData(reemploymentKeys.checkInCounts(sessionId), result.counts)
      await invalidateAfterOutboxChange(client)
    },
    onError: (error) => notify.failure({ topic: 'check-in', title: '출석 기록을 되돌리지 못했습니다', error })
  })
}

/** A walk-in at the door. A refused field (phone, birth year) is shown in the form, not as a notice. */
export function useWalkInMutation(sessionId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Omit<WalkInInput, 'sessionId'>) => call('reemployment:checkInWalkIn', { ...input, sessionId }),
    onSuccess: async (result) => {
      client.setQueryData(reemploymentKeys.checkInCounts(sessionId), result.counts)
      await invalidateAfterOutboxChange(client)
    }
  })
}

/**
 * Confirms the proposed waitlisted person. The portal may refuse (`409 capacity_exceeded`: another PC
 * or the portal filled the seat first): that is said in plain Korean, and the roster is read again so
 * the coordinator sees the seats as they are — never a silent failure.
 */
export function usePromoteMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (proposal: PromotionProposal) => call('reemployment:promote', { registrationId: proposal.registrationId }),
    onSuccess: async (result, proposal) => {
      const who = `${proposal.person.name} (대기 ${proposal.waitlist_rank}번)`
      if (result.outcome === 'confirmed') {
        notify.success({ topic: 'promote', title: '대기자를 확정했습니다', message: `${who}님이 확정되었습니다.` })
      } else if (result.outcome === 'queued') {
        notify.info({ topic: 'promote', title: '대기자 확정을 저장했습니다', message: `${who} · ${await sendHint(client)}` })
      } else {
        notify.failure({
          topic: 'promote',
          title: '대기자를 확정하지 못했습니다',
          error: result.message ?? '포털이 확정을 받아들이지 않았습니다. 명단을 새로 불러왔으니 확인하세요.'
        })
      }
      await invalidateAfterOutboxChange(client)
    },
    onError: async (error) => {
      notify.failure({ topic: 'promote', title: '대기자를 확정하지 못했습니다', error })
      await client.invalidateQueries({ queryKey: reemploymentKeys.all })
    }
  })
}

export function useCancelRegistrationMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ registrationId }: { registrationId: string; name: string }) => call('reemployment:cancel', { registrationId }),
    onSuccess: async (_result, { name }) => {
      notify.success({ topic: 'cancel-registration', title: `${name}님의 신청을 취소했습니다`, message: await sendHint(client) })
      await invalidateAfterOutboxChange(client)
    },
    onError: (error) => notify.failure({ topic: 'cancel-registration', title: '신청을 취소하지 못했습니다', error })
  })
}

export function useSaveHintSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (settings: HintSettings) => call('reemployment:setHintSettings', settings),
    onSuccess: async (settings) => {
      client.setQueryData(reemploymentKeys.hintSettings, settings)
      notify.success({ topic: 'reemployment-settings', title: '참고 조건을 저장했습니다', message: '명단의 참고 표시에 바로 반영됩니다.' })
      await client.invalidateQueries({ queryKey: reemploymentKeys.all })
    },
    onError: (error) => notify.failure({ topic: 'reemployment-settings', title: '참고 조건을 저장하지 못했습니다', error })
  })
}

export function useSaveCompletionSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (settings: CompletionSettings) => call('reemployment:setCompletionSettings', settings),
    onSuccess: async (settings) => {
      client.setQueryData(reemploymentKeys.completionSettings, settings)
      notify.success({ topic: 'reemployment-settings', title: '수료 기준을 저장했습니다', message: '과정별 수료 판정에 바로 반영됩니다.' })
      await client.invalidateQueries({ queryKey: reemploymentKeys.all })
    },
    onError: (error) => notify.failure({ topic: 'reemployment-settings', title: '수료 기준을 저장하지 못했습니다', error })
  })
}
