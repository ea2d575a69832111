import { describe, expect, it } from 'vitest'
import { AUDIT_KIND_FILTERS, AUDIT_KIND_LABELS, AUDIT_STAGE_LABELS, MONTHLY_REVIEW_KINDS, auditKindLabel } from '../../../src/shared/domain/auditLabels'

/** Every kind the app records (session, privacy, settings, views, the outbox's stages). */
const RECORDED_KINDS = [
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'offline_unlock',
  'offline_unlock_failed',
  'lock',
  'unlock',
  'unlock_failed',
  'contact_lookup',
  'export',
  'import',
  'printout',
  'view',
  'settings_change',
  'sme_pledge_confirmed',
  'purge_outside_roles'
]

describe('shared/domain/auditLabels', () => {
  it('has a Korean label for every kind the app records and every stage of a write', () => {
    for (const kind of [...RECORDED_KINDS, ...MONTHLY_REVIEW_KINDS]) expect(AUDIT_KIND_LABELS[kind], kind).toMatch(/[가-힣]/)
    for (const stage of ['queued', 'synced', 'conflict', 'rejected', 'rebased', 'reapplied', 'discarded', 'undone', 'refusal_shown']) {
      expect(AUDIT_STAGE_LABELS[stage], stage).toMatch(/[가-힣]/)
    }
  })

  it('labels a write’s stage with the op’s own label, and shows an unknown kind as stored', () => {
    const opLabel = (op: string) => (op === 'attractive_job.review' ? '매력일자리 검토' : op)
    expect(auditKindLabel('queued:attractive_job.review', opLabel)).toBe('매력일자리 검토 · 포털 전송 대기')
    expect(auditKindLabel('synced:registration.attendance')).toBe('registration.attendance · 포털 반영')
    expect(auditKindLabel('printout')).toBe('출력')
    expect(auditKindLabel('something_new')).toBe('something_new')
    expect(auditKindLabel('bogus:op')).toBe('bogus:op')
  })

  it('offers each kind and each stage once in the kind filter', () => {
    const values = AUDIT_KIND_FILTERS.map((f) => f.value)
    expect(new Set(values).size).toBe(values.length)
    expect(values).toEqual(expect.arrayContaining(['printout', 'queued', 'synced']))
  })
})
