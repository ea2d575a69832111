import { describe, expect, it } from 'vitest'
import type { ImportMapping, ImportPreview, ImportRowView } from '../../../../src/shared/domains/reemployment/importViews'
import {
  columnLabel,
  columnLetter,
  mappingProblems,
  rowsToShow,
  sameMapping,
  stepAfterPreview
} from '../../../../src/renderer/src/features/reemployment/import/importSteps'

const mapping = (over: Partial<ImportMapping> = {}): ImportMapping => ({ name: 0, birthYear: 1, phone: 2, expectedRetirement: null, ...over })

const row = (line: number, errors: string[] = [], duplicate = false): ImportRowView => ({
  line,
  name: '김*수',
  birthYear: '1965',
  phone: '010-****-1234',
  errors,
  duplicate
})

describe('list import steps', () => {
  it('names columns as a spreadsheet does, past Z too', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 199].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'GR'])
    expect(columnLabel(1, ' 년생 ')).toBe('B열 · 년생')
    expect(columnLabel(2, '')).toBe('C열 · (제목 없음)')
  })

  it('asks for every required field without a column, in Korean with the right particle', () => {
    expect(mappingProblems(mapping())).toEqual({})
    expect(mappingProblems(mapping({ name: null, phone: null }))).toEqual({ name: '성명이 든 열을 고르세요.', phone: '연락처가 든 열을 고르세요.' })
    // 퇴직예정일 is optional.
    expect(mappingProblems(mapping({ expectedRetirement: null }))).toEqual({})
  })

  it('refuses one column for two fields, naming the field that took it first', () => {
    expect(mappingProblems(mapping({ phone: 0 }))).toEqual({ phone: '성명에 이미 고른 열입니다. 다른 열을 고르세요.' })
    expect(mappingProblems(mapping({ expectedRetirement: 1 }))).toEqual({ expectedRetirement: '출생연도에 이미 고른 열입니다. 다른 열을 고르세요.' })
  })

  it('compares mappings field by field', () => {
    expect(sameMapping(mapping(), mapping())).toBe(true)
    expect(sameMapping(mapping(), mapping({ expectedRetirement: 3 }))).toBe(false)
  })

  it('goes to the mapping step only when main left a required field unmapped', () => {
    const preview = { unmapped: [] } as unknown as ImportPreview
    expect(stepAfterPreview(preview)).toBe('preview')
    expect(stepAfterPreview({ ...preview, unmapped: ['phone'] })).toBe('mapping')
  })

  it('filters to the rows left out on import: errors and duplicates', () => {
    const rows = [row(2), row(3, ['연락처가 휴대전화 번호가 아닙니다.']), row(4, [], true), row(5)]
    expect(rowsToShow(rows, false)).toBe(rows)
    expect(rowsToShow(rows, true).map((r) => r.line)).toEqual([3, 4])
  })
})
