import { describe, expect, it } from 'vitest'
import { daysBetween, localToday, nextUnscored, parseScore, sheetChanged, sheetDraftState, valuesOf } from '../../../../src/renderer/src/features/sme/sheets/sheetForm'
import type { MySheetRow } from '../../../../src/shared/domains/sme/views'

const ITEMS = [
  { code: 'competitiveness', label: '기업 경쟁력', max: 20 },
  { code: 'growth', label: '성장잠재력', max: 15 }
]

describe('score sheet as typed', () => {
  it('reads typed numbers, leaving blanks out and flagging text', () => {
    expect(parseScore('')).toBeNull()
    expect(parseScore('  ')).toBeNull()
    expect(parseScore(' 7 ')).toBe(7)
    expect(parseScore('7.5')).toBe(7.5)
    expect(parseScore('7.')).toBe(7)
    expect(parseScore('-1')).toBeNaN()
    expect(parseScore('1e1')).toBeNaN()
    expect(parseScore('칠')).toBeNaN()
  })

  it('checks each value against 0..max as typed, with the live total and completeness', () => {
    const partial = sheetDraftState(ITEMS, { competitiveness: '18' })
    expect(partial).toMatchObject({ scores: { competitiveness: 18 }, total: 18, complete: false, valid: true })
    const full = sheetDraftState(ITEMS, { competitiveness: '20', growth: '0' })
    expect(full).toMatchObject({ total: 20, complete: true, valid: true })
    const bad = sheetDraftState(ITEMS, { competitiveness: '21', growth: '7.3' })
    expect(bad.valid).toBe(false)
    expect(bad.complete).toBe(false)
    expect(bad.problems).toEqual({ competitiveness: '0~20점 사이로 입력하세요.', growth: '0.5점 단위로 입력하세요.' })
    expect(bad.total).toBe(0)
    expect(sheetDraftState(ITEMS, { competitiveness: 'abc' }).problems.competitiveness).toBe('숫자로 입력하세요.')
  })

  it('knows an unchanged sheet (nothing is queued again) from a changed one', () => {
    const sheet = { items: ITEMS, scores: { competitiveness: 12 }, comment: '좋음' }
    expect(valuesOf(sheet)).toEqual({ competitiveness: '12', growth: '' })
    expect(sheetChanged(sheet, sheetDraftState(ITEMS, valuesOf(sheet)), ' 좋음 ')).toBe(false)
    expect(sheetChanged(sheet, sheetDraftState(ITEMS, { competitiveness: '12', growth: '3' }), '좋음')).toBe(true)
    expect(sheetChanged(sheet, sheetDraftState(ITEMS, { competitiveness: '' }), '좋음')).toBe(true)
    expect(sheetChanged(sheet, sheetDraftState(ITEMS, valuesOf(sheet)), '')).toBe(true)
  })
})

describe('the next unscored application', () => {
  const row = (id: string, stage: MySheetRow['stage'], state: MySheetRow['state']) => ({ id, stage, state })
  const rows = [row('A', 'document', 'complete'), row('B', 'document', 'missing'), row('C', 'document', 'recusal'), row('D', 'document', 'partial'), row('B', 'site_visit', 'missing')]

  it('is the first missing or partial one after the current, wrapping round, never the current', () => {
    expect(nextUnscored(rows, { id: 'B', stage: 'document' })).toEqual(row('D', 'document', 'partial'))
    expect(nextUnscored(rows, { id: 'D', stage: 'document' })).toEqual(row('B', 'site_visit', 'missing'))
    // The same application in another stage is another sheet.
    expect(nextUnscored(rows, { id: 'B', stage: 'site_visit' })).toEqual(row('B', 'document', 'missing'))
    expect(nextUnscored(rows, null)).toEqual(row('B', 'document', 'missing'))
  })

  it('is none when every other sheet is complete or abstained', () => {
    expect(nextUnscored([row('A', 'document', 'complete'), row('B', 'document', 'missing')], { id: 'B', stage: 'document' })).toBeNull()
    expect(nextUnscored([], null)).toBeNull()
  })
})

describe('the 14-day rule of a 회피', () => {
  it('counts calendar days, across months and a leap day', () => {
    expect(daysBetween('2026-07-01', '2026-07-15')).toBe(14)
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysBetween('2026-07-02', '2026-07-01')).toBe(-1)
  })

  it("takes today from the PC's own calendar", () => {
    expect(localToday(new Date(2026, 6, 5, 23, 59))).toBe('2026-07-05')
    expect(localToday(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01')
  })
})
