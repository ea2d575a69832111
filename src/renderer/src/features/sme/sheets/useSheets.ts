import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { josa } from 'es-hangul'
import { call } from '../../../api'
import { ABSTENTION_KIND_LABELS } from '../../../../../shared/domains/sme/labels'
import { ABSTAIN_TEXT, INTEGRITY_PLEDGE, SHEET_TEXT } from '../../../../../shared/domains/sme/viewLabels'
import type { AbstainInput, ScoreRequest } from '../../../../../shared/domains/sme/views'
import type { SmeStage } from '../../../../../shared/portal'
import { notify } from '../../../lib/notify'
import { invalidateAfterOutboxChange } from '../../registry'
import { sendHint } from '../../sync/sendHint'
import { smeKeys } from '../queryKeys'
import { behindConflict } from '../useScreening'

/** Whether the signed-in staff member has confirmed the round's 청렴·이해충돌 확인. */
export function usePledgeStatus(round: string | null) {
  return useQuery({
    queryKey: smeKeys.pledge(round ?? ''),
    queryFn: () => call('sme:pledgeStatus', { round: round ?? '' }),
    enabled: round !== null && round !== ''
  })
}

export function useConfirmPledge() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (round: string) => call('sme:confirmPledge', { round }),
    onSuccess: (status) => client.setQueryData(smeKeys.pledge(status.round), status),
    onError: (error) => notify.failure({ topic: 'sme-pledge', title: INTEGRITY_PLEDGE.failed, error })
  })
}

/** The signed-in evaluator's work list for a round (default: the newest with assignments). */
export function useMySheets(round: string | null) {
  const request = round ? { round } : {}
  return useQuery({ queryKey: smeKeys.mySheets(request), queryFn: () => call('sme:mySheets', request) })
}

/** One sheet: the evaluator's own, or — for a manager — the one named by `evaluatorId`. */
export function useScoreSheet(target: { id: string; stage: SmeStage; evaluatorId?: string } | null) {
  return useQuery({
    queryKey: smeKeys.sheet(target?.id ?? '', target?.stage ?? 'document', target?.evaluatorId ?? null),
    queryFn: () => call('sme:sheet', target ? { id: target.id, stage: target.stage, ...(target.evaluatorId ? { evaluatorId: target.evaluatorId } : {}) } : { id: '', stage: 'document' }),
    enabled: target !== null
  })
}

/** Saves a sheet (queued: offline it waits for the connection). */
export function useScoreMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ScoreRequest) => call('sme:score', input),
    onSuccess: async (_queued, input) => {
      notify.success({ topic: 'sme-score', title: SHEET_TEXT.queued, message: await sendHint(client, behindConflict(client, input.id)) })
      await invalidateAfterOutboxChange(client)
    },
    onError: (error) => notify.failure({ topic: 'sme-score', title: SHEET_TEXT.failed, error })
  })
}

/** 회피 (the evaluator's own), 기피·제척 (a manager for an evaluator). */
export function useAbstainMutation(onDone?: () => void) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: AbstainInput) => call('sme:abstain', input),
    onSuccess: async (_queued, input) => {
      const kind = ABSTENTION_KIND_LABELS[input.kind ?? 'recusal']
      notify.success({ topic: 'sme-abstain', title: ABSTAIN_TEXT.queued(josa(kind, '을/를')), message: await sendHint(client, behindConflict(client, input.id)) })
      onDone?.()
      await invalidateAfterOutboxChange(client)
    },
    onError: (error, input) =>
      notify.failure({ topic: 'sme-abstain', title: ABSTAIN_TEXT.failed(josa(ABSTENTION_KIND_LABELS[input.kind ?? 'recusal'], '을/를')), error })
  })
}
