import { useEffect, useState } from 'react'
import { APPROVE_DESPITE_FAILURES_MISSING, NEEDS_ATTENTION_MISSING } from '../../../../shared/domains/attractive-jobs/labels'
import { renderReasonTemplate } from '../../../../shared/domains/attractive-jobs/rules'
import type { AttractiveJobDetail } from '../../../../shared/domains/attractive-jobs/views'
import { canApplyReviewAction, type ReviewAction } from '../../../../shared/portal'
import { useAttractiveJob } from './useAttractiveJobs'
import { useRecordRefresh } from './useDecisionQueries'
import { useReviewMutation } from './useReviewActions'

export const MIN_REASON_LENGTH = 5

export interface DecisionTarget {
  id: string
  action: ReviewAction
  /** A new number per opening, so each opening refreshes the record again. */
  nonce: number
}

export function needsReason(action: ReviewAction): boolean {
  return action === 'reject' || action === 'request_revision'
}

/** The reason the dialog starts from: one filled template per failed rule check. */
export function defaultReason(detail: AttractiveJobDetail | undefined): string {
  return (detail?.checks ?? [])
    .filter((c) => !c.passed)
    .map((c) => renderReasonTemplate(c.rule, c))
    .join('\n')
}

/**
 * The state of one decision dialog: the record and its pre-decision refresh, the reason, the two
 * confirmations (적정 despite failed rules; deciding on a record whose earlier write waits in 확인 필요),
 * and a submit that may be asked for before the refresh is done — it then waits for it, and goes ahead
 * only if the refresh confirmed the record (an unconfirmed copy is the staff member's call to make
 * after reading the warning).
 */
export function useDecisionForm({ id, action, nonce }: DecisionTarget, onDecided: (andNext: boolean) => void) {
  const detail = useAttractiveJob(id)
  const irreversible = action !== 'start_review'
  const refresh = useRecordRefresh(id, nonce, irreversible)
  const mutation = useReviewMutation()
  const [edited, setEdited] = useState<string | null>(null)
  const [touched, setTouched] = useState(false)
  const [failuresConfirmed, setFailuresConfirmed] = useState(false)
  const [waitConfirmed, setWaitConfirmed] = useState(false)
  const [waiting, setWaiting] = useState<{ andNext: boolean } | null>(null)
  const [waitDropped, setWaitDropped] = useState(false)

  const reasonRequired = needsReason(action)
  const data = detail.data
  const reason = edited ?? (reasonRequired ? defaultReason(data) : '')
  const reasonGiven = reason.trim().length >= MIN_REASON_LENGTH
  const failedChecks = action === 'approve' ? (data?.checks ?? []).filter((c) => !c.passed) : []
  const needsAttention = data?.needs_attention ?? 0
  const status = refresh.data?.status ?? data?.record.status
  const checking = irreversible && refresh.isPending
  const blocked = status !== undefined && !canApplyReviewAction(status, action) && !mutation.isSuccess
  const unconfirmedCopy = irreversible && !checking && refresh.data?.refreshed !== true

  const errors = {
    reason: reasonRequired && !reasonGiven ? `사유를 ${MIN_REASON_LENGTH}자 이상 입력하세요.` : null,
    failures: failedChecks.length > 0 && !failuresConfirmed && !reasonGiven ? APPROVE_DESPITE_FAILURES_MISSING : null,
    waiting: needsAttention > 0 && !waitConfirmed ? NEEDS_ATTENTION_MISSING : null
  }
  const valid = data !== undefined && !blocked && errors.reason === null && errors.failures === null && errors.waiting === null

  const send = (andNext: boolean) => {
    if (!valid || mutation.isPending || mutation.isSuccess) return
    const trimmed = reason.trim()
    mutation.mutate({ id, action, ...(trimmed !== '' && (reasonRequired || action === 'approve') ? { reason: trimmed } : {}) }, {
      onSuccess: () => onDecided(andNext)
    })
  }

  const submit = (andNext: boolean) => {
    setTouched(true)
    setWaitDropped(false)
    if (checking || data === undefined) setWaiting({ andNext })
    else send(andNext)
  }

  // The refresh (or the record) arrived: a submit asked for meanwhile goes ahead, or says why not.
  const ready = !checking && data !== undefined
  useEffect(() => {
    if (!waiting || !ready) return
    setWaiting(null)
    if (unconfirmedCopy) setWaitDropped(true)
    else send(waiting.andNext)
    // Only when the wait ends: `send` reads this render's state.
  }, [waiting, ready])

  return {
    detail,
    refresh,
    mutation,
    reason,
    setReason: (value: string) => {
      setEdited(value)
      setTouched(true)
    },
    reasonRequired,
    failedChecks,
    failuresConfirmed,
    setFailuresConfirmed,
    needsAttention,
    waitConfirmed,
    setWaitConfirmed,
    status,
    checking,
    blocked,
    /** A submit is waiting for the refresh to finish. */
    waiting: waiting !== null,
    /** A waiting submit was not carried out: the refresh could not confirm the record. */
    waitDropped,
    /** Shown once the staff member tried to submit. */
    errors: touched ? errors : { reason: null, failures: null, waiting: null },
    busy: waiting !== null || mutation.isPending,
    submit
  }
}

export type DecisionForm = ReturnType<typeof useDecisionForm>
