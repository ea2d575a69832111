import { describe, expect, it } from 'vitest'
import { csvText, looksLikeFormula, prepareCell, roundHalfAway, shownText } from '../../../../src/main/reports/write/cells'
import { displayWidth, WidthEstimate } from '../../../../src/main/reports/write/widths'

describe('cell conversion', () => {
  it('rounds money half away from zero in the chosen unit', () => {
    expect(prepareCell('money', 1_500_000, 1_000_000)).toEqual({ value: 2, format: 'money' })
    expect(prepareCell('money', 1_499_999, 1_000_000)).toEqual({ value: 1, format: 'money' })
    expect(prepareCell('money', -1_500_000, 1_000_000)).toEqual({ value: -2, format: 'money' })
    expect(prepareCell('money', 12_345, 1_000)).toEqual({ value: 12, format: 'money' })
    expect(prepareCell('money', 250_000_000, 100_000_000)).toEqual({ value: 3, format: 'money' })
    expect(roundHalfAway(2.675, 2)).toBe(2.68)
    expect(roundHalfAway(-0.4, 0)).toBe(0)
  })

  it('keeps codes as text and empty values empty in their column format', () => {
    expect(prepareCell('code', '00123', 1)).toEqual({ value: '00123', format: 'code' })
    expect(prepareCell('code', 11110, 1)).toEqual({ value: '11110', format: 'code' })
    expect(prepareCell('integer', null, 1)).toEqual({ value: null, format: 'integer' })
    expect(prepareCell('date', '', 1)).toEqual({ value: null, format: 'date' })
  })

  it('shows cells as their Excel format would, and writes CSV without separators', () => {
    expect(shownText(prepareCell('integer', 1234567, 1))).toBe('1,234,567')
    expect(csvText(prepareCell('integer', 1234567, 1))).toBe('1234567')
    expect(shownText(prepareCell('number', 87.333, 1))).toBe('87.33')
    expect(shownText(prepareCell('number', 1234.5, 1))).toBe('1,234.5')
    expect(csvText(prepareCell('number', 90, 1))).toBe('90.0')
    expect(csvText(prepareCell('percent', 0.3333, 1))).toBe('33.3%')
    expect(csvText(prepareCell('money', -400_000, 1_000_000))).toBe('0')
    expect(shownText(prepareCell('date', '2026-12-03', 1))).toBe('2026. 12. 3.')
  })

  it('recognises the leading characters of formula injection', () => {
    for (const text of ['=1', '+1', '-1', '@A', '\tx', '\rx']) expect(looksLikeFormula(text)).toBe(true)
    for (const text of ['1', ' =1', '김', '']) expect(looksLikeFormula(text)).toBe(false)
  })
})

describe('column widths', () => {
  it('counts Hangul and full-width characters as two, others as one, on the longest line', () => {
    expect(displayWidth('abc')).toBe(3)
    expect(displayWidth('서울시')).toBe(6)
    expect(displayWidth('ＡＢ')).toBe(4)
    expect(displayWidth('짧음\n아주 긴 둘째 줄')).toBe(15)
  })

  it('pads, and clamps to the minimum and maximum', () => {
    const estimate = new WidthEstimate(['이름', 'x', '비고'])
    estimate.see(0, '김민준')
    estimate.see(2, '가'.repeat(40))
    expect(estimate.widths()).toEqual([8, 6, 60])
  })
})
