import { describe, expect, it } from 'vitest'
import '../../../src/shared/koreanValidationMessages'
import { RecordLookupRequest } from '../../../src/shared/ipc/lookupViews'

describe('RecordLookupRequest', () => {
  it('takes two characters or more, trimmed, with six per collection unless told', () => {
    expect(RecordLookupRequest.parse({ text: '  돌봄 ' })).toEqual({ text: '돌봄', limit: 6 })
    expect(RecordLookupRequest.parse({ text: 'AJ', limit: 20 })).toEqual({ text: 'AJ', limit: 20 })
  })

  it('refuses one character (spaces do not count) with a Korean message', () => {
    for (const text of ['가', ' 가 ', '   ', '']) {
      const parsed = RecordLookupRequest.safeParse({ text })
      expect(parsed.success, JSON.stringify(text)).toBe(false)
      expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(['두 글자 이상 입력하세요.'])
    }
  })

  it('refuses a limit outside 1–20 and text over 100 characters', () => {
    expect(RecordLookupRequest.safeParse({ text: '돌봄', limit: 0 }).success).toBe(false)
    expect(RecordLookupRequest.safeParse({ text: '돌봄', limit: 21 }).success).toBe(false)
    expect(RecordLookupRequest.safeParse({ text: '가'.repeat(101) }).success).toBe(false)
    expect(RecordLookupRequest.safeParse({ text: '가'.repeat(100) }).success).toBe(true)
  })
})
