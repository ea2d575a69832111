import { describe, expect, it } from 'vitest'
import { auditTime, detailSummary, monthLabel, recordLabel, seoulMonthOf, shiftMonth } from '../../../../src/renderer/src/features/audit/auditFormat'

describe('features/audit/auditFormat', () => {
  it('writes times and months in Seoul, whatever the PC’s zone', () => {
    expect(auditTime('2026-11-30T23:30:05.000Z')).toBe('2026-12-01 08:30:05')
    expect(auditTime('2026-12-09T10:00:00+09:00')).toBe('2026-12-09 10:00:00')
    expect(auditTime(null)).toBe('—')
    expect(auditTime('어제')).toBe('어제')
    expect(seoulMonthOf(new Date('2026-11-30T15:00:00.000Z'))).toBe('2026-12')
    expect(seoulMonthOf(new Date('2026-11-30T14:59:59.000Z'))).toBe('2026-11')
  })

  it('moves months across years and names them', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(shiftMonth('2026-05', -17)).toBe('2024-12')
    expect(monthLabel('2027-01')).toBe('2027년 1월')
  })

  it('names the record and sums up the detail in Korean', () => {
    expect(recordLabel('reemployment-sessions', 'RS-2026-12-01')).toBe('재취업 교육·상담 회차 RS-2026-12-01')
    expect(recordLabel('sme-applications', null)).toBe('서울형 강소기업')
    expect(recordLabel(null, 'P-0001873')).toBe('P-0001873')
    expect(recordLabel(null, null)).toBe('—')
    expect(detailSummary('{"document":"sign_in_sheet","rows":28,"masked":true}')).toBe('문서: 출석부 · 행 수: 28 · 가림 처리: 예')
    expect(detailSummary('{"idleLockMinutes":{"from":15,"to":10}}')).toBe('idleLockMinutes: {"from":15,"to":10}')
    expect(detailSummary(null)).toBe('')
    expect(detailSummary('not json')).toBe('not json')
  })
})
