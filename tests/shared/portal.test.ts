import { describe, expect, it } from 'vitest'
import { AttractiveJob, canApplyReviewAction, isValidBusinessNo, ReviewRequest, WalkInRequest } from '../../src/shared/portal'
import { maskEmail, maskName, maskPhone, phoneLast4 } from '../../src/shared/domain/masking'
import { collectionsForRoles } from '../../src/shared/domain/roles'
import { makeAttractiveJob } from '../helpers/records'

describe('shared/portal schemas', () => {
  it('accepts the contract example record and rejects broken copies', () => {
    expect(AttractiveJob.safeParse(makeAttractiveJob()).success).toBe(true)
    expect(AttractiveJob.safeParse({ ...makeAttractiveJob(), hourly_wage: '12,121' }).success).toBe(false)
    expect(AttractiveJob.safeParse({ ...makeAttractiveJob(), status: 'bogus' }).success).toBe(false)
    expect(AttractiveJob.safeParse({ ...makeAttractiveJob(), period: { start: '2026-13-01', end: '2026-11-30' } }).success).toBe(false)
    expect(AttractiveJob.safeParse({ ...makeAttractiveJob(), updated_at: '2026-11-20 10:12' }).success).toBe(false)
    expect(AttractiveJob.safeParse({ ...makeAttractiveJob(), contact: { name: '김*수', phone: '010-1234-5678', email: 'k***@a.kr' } }).success).toBe(false)
  })

  it('requires a reason of at least five characters to reject or request revision', () => {
    expect(ReviewRequest.safeParse({ action: 'approve' }).success).toBe(true)
    expect(ReviewRequest.safeParse({ action: 'reject', reason: '부족함' }).success).toBe(false)
    expect(ReviewRequest.safeParse({ action: 'reject', reason: '생활임금 미달' }).success).toBe(true)
    expect(ReviewRequest.safeParse({ action: 'request_revision', reason: '     ' }).success).toBe(false)
  })

  it('follows the review state machine', () => {
    expect(canApplyReviewAction('submitted', 'start_review')).toBe(true)
    expect(canApplyReviewAction('submitted', 'approve')).toBe(false)
    expect(canApplyReviewAction('in_review', 'approve')).toBe(true)
    expect(canApplyReviewAction('approved', 'reject')).toBe(false)
    expect(canApplyReviewAction('revision_requested', 'start_review')).toBe(false)
  })

  it('checks the 사업자등록번호 check digit', () => {
    expect(isValidBusinessNo('1208147521')).toBe(true)
    expect(isValidBusinessNo('1208147522')).toBe(false)
    expect(isValidBusinessNo('120814752')).toBe(false)
    expect(isValidBusinessNo('12081475ab')).toBe(false)
  })

  it('validates walk-in registrations', () => {
    const base = { session_id: 'RS-1', person: { name: '홍길동', birth_year: 1966, phone: '010-1234-5678' }, client_ref: crypto.randomUUID() }
    expect(WalkInRequest.safeParse(base).success).toBe(true)
    expect(WalkInRequest.safeParse({ ...base, client_ref: 'local-1' }).success).toBe(false)
    expect(WalkInRequest.safeParse({ ...base, person: { ...base.person, phone: '12345' } }).success).toBe(false)
  })
})

describe('shared/domain/masking (one rule everywhere)', () => {
  it('masks names, phones and e-mails the same way every time', () => {
    expect(maskName('홍길동')).toBe('홍*동')
    expect(maskName('김수')).toBe('김*')
    expect(maskName('남궁민수')).toBe('남**수')
    expect(maskPhone('010-1234-5678')).toBe('010-****-5678')
    expect(maskPhone('01012345678')).toBe('010-****-5678')
    expect(maskPhone('02-123-4567')).toBe('02-***-4567')
    expect(phoneLast4('010-1234-5678')).toBe('5678')
    expect(maskEmail('kim@example.go.kr')).toBe('k***@example.go.kr')
  })
})

describe('shared/domain/roles', () => {
  it('maps roles to the feeds they see, in contract order', () => {
    expect(collectionsForRoles(['manager'])).toHaveLength(4)
    expect(collectionsForRoles(['reemployment_coordinator', 'attractive_jobs_reviewer'])).toEqual([
      'attractive-jobs',
      'reemployment-sessions',
      'reemployment-registrations'
    ])
    expect(collectionsForRoles([])).toEqual([])
  })
})
