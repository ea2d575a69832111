import { describe, expect, it } from 'vitest'
import {
  COMMENT_QUEUED_TITLE,
  REVIEW_ACTION_LABELS,
  bulkBehindConflictHint,
  bulkQueuedTitle,
  bulkRuleFailureSkip,
  reviewActionRefusal,
  reviewActionRefusedTitle,
  reviewQueuedTitle
} from '../../../../src/shared/domains/attractive-jobs/labels'
import { ATTRACTIVE_JOB_STATUSES, REVIEW_ACTIONS, canApplyReviewAction } from '../../../../src/shared/portal'

describe('매력일자리 decision sentences', () => {
  it('refuse an action in one sentence, for the single decision and the bulk preview alike', () => {
    expect(reviewActionRefusal('submitted', 'reject')).toBe('접수 상태에서는 부적정 처리할 수 없습니다.')
    expect(reviewActionRefusal('approved', 'approve')).toBe('적정 상태에서는 적정 처리할 수 없습니다.')
    expect(reviewActionRefusal('submitted', 'request_revision')).toBe('접수 상태에서는 보완요청할 수 없습니다.')
    expect(reviewActionRefusal('in_review', 'start_review')).toBe('검토중 상태에서는 검토를 시작할 수 없습니다.')
    expect(reviewActionRefusedTitle('reject')).toBe('부적정 처리할 수 없습니다')
    // Every refusal the state machine can produce reads as a sentence with no "(를)"-style particle.
    for (const status of ATTRACTIVE_JOB_STATUSES) {
      for (const action of REVIEW_ACTIONS) {
        if (canApplyReviewAction(status, action)) continue
        const sentence = reviewActionRefusal(status, action)
        expect(sentence, `${status} ${action}`).toMatch(/ 상태에서는 .+ 수 없습니다\.$/)
        expect(sentence).not.toMatch(/\((을|를|이|가|은|는|으)\)/)
      }
    }
  })

  it('say what was done and that it waits for the portal', () => {
    expect(reviewQueuedTitle('approve')).toBe('적정 처리했습니다 · 포털 전송 대기')
    expect(reviewQueuedTitle('reject')).toBe('부적정 처리했습니다 · 포털 전송 대기')
    expect(reviewQueuedTitle('request_revision')).toBe('보완요청했습니다 · 포털 전송 대기')
    expect(reviewQueuedTitle('start_review')).toBe('검토를 시작했습니다 · 포털 전송 대기')
    expect(COMMENT_QUEUED_TITLE).toBe('의견을 남겼습니다 · 포털 전송 대기')
    expect(bulkQueuedTitle('approve', '1,204')).toBe(`일괄 ${REVIEW_ACTION_LABELS.approve} 1,204건 처리했습니다 · 포털 전송 대기`)
    expect(bulkBehindConflictHint('2')).toBe('2건은 해당 자료의 충돌을 먼저 해결해야 보냅니다.')
    expect(bulkRuleFailureSkip(['사전교육 시간', '인건비 충분'])).toBe('기준 미충족(사전교육 시간, 인건비 충분)으로 제외했습니다.')
  })
})
