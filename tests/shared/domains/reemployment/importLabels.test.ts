import { describe, expect, it } from 'vitest'
import {
  excludedRows,
  importConfirmSentence,
  importDoneMessage,
  importDoneTitle,
  importRowStatus
} from '../../../../src/shared/domains/reemployment/importLabels'

describe('list import labels', () => {
  it('names a row 중복 before 오류: a duplicate is left out whatever else is wrong with it', () => {
    expect(importRowStatus({ errors: [], duplicate: false })).toBe('ok')
    expect(importRowStatus({ errors: ['x'], duplicate: false })).toBe('invalid')
    expect(importRowStatus({ errors: ['x'], duplicate: true })).toBe('duplicate')
    expect(importRowStatus({ errors: [], duplicate: true })).toBe('duplicate')
  })

  it('counts every row not imported once, even one both wrong and repeated', () => {
    expect(excludedRows({ rows: 10, valid: 7, invalid: 2, duplicates: 2 })).toBe(3)
    expect(excludedRows({ rows: 0, valid: 0, invalid: 0, duplicates: 0 })).toBe(0)
  })

  it('asks before queuing, with both counts, grouped in thousands', () => {
    expect(importConfirmSentence(3, 2)).toBe('3명을 현장등록으로 보낼 목록에 넣습니다. 오류·중복 2행은 제외합니다.')
    expect(importConfirmSentence(1200, 0)).toBe('1,200명을 현장등록으로 보낼 목록에 넣습니다.')
  })

  it('says what was queued and that the portal decides the seats', () => {
    expect(importDoneTitle(3)).toBe('3명을 보낼 목록에 넣었습니다')
    expect(importDoneMessage(2, '연결되면 포털로 보냅니다.')).toBe('오류·중복 2행은 제외했습니다. 연결되면 포털로 보냅니다. 확정·대기는 다음 동기화 때 포털이 정합니다.')
    expect(importDoneMessage(0, '곧 포털로 보냅니다.')).toBe('곧 포털로 보냅니다. 확정·대기는 다음 동기화 때 포털이 정합니다.')
  })
})
