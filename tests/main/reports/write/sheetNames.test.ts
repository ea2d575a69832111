import { describe, expect, it } from 'vitest'
import { MAX_SHEET_NAME, sheetNames } from '../../../../src/main/reports/write/sheetNames'

describe('sheet names', () => {
  it('replaces the characters Excel forbids and the apostrophe', () => {
    expect(sheetNames(['a\\b/c?d*e[f]g:h', "위원's 점수"])).toEqual(['a_b_c_d_e_f_g_h', '위원_s 점수'])
  })

  it('cuts a long name to 31 characters, never through a character', () => {
    const [name] = sheetNames(['가'.repeat(40)])
    expect(name).toBe('가'.repeat(MAX_SHEET_NAME))
    const [emoji] = sheetNames([`${'a'.repeat(30)}😀`])
    expect(emoji).toBe('a'.repeat(30))
  })

  it('makes names unique without regard to case, keeping 요약 for the summary', () => {
    expect(sheetNames(['요약', 'Data', 'data', 'DATA'])).toEqual(['요약 (2)', 'Data', 'data (2)', 'DATA (3)'])
    const long = '나'.repeat(31)
    expect(sheetNames([long, long])).toEqual([long, `${'나'.repeat(27)} (2)`])
  })

  it('names an empty or reserved name by its position, the same every time', () => {
    expect(sheetNames(['', '  ', 'History', '::'])).toEqual(['자료1', '자료2', '자료3', '__'])
  })
})
