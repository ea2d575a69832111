import { describe, expect, it } from 'vitest'
import { formatBytes, formatCount, formatDate, formatRelative, formatWon } from '../../src/renderer/src/lib/format'
import { hrefFor, isAppPath, PATHS } from '../../src/renderer/src/router/paths'

describe('renderer/lib/format', () => {
  it('formats money and counts the Korean way', () => {
    expect(formatWon(12121)).toBe('12,121원')
    expect(formatWon(0)).toBe('0원')
    expect(formatCount(100000)).toBe('100,000')
  })

  it('keeps a plain date as written, whatever the machine time zone', () => {
    expect(formatDate('2026-03-02')).toBe('2026-03-02')
    expect(formatDate(null)).toBe('—')
    expect(formatDate('not a date')).toBe('not a date')
  })

  it('says how old a cached copy is in Korean', () => {
    const now = new Date('2026-11-25T10:00:00+09:00')
    expect(formatRelative('2026-11-25T09:57:00+09:00', now)).toBe('3분 전')
    expect(formatRelative(null, now)).toBe('없음')
  })

  it('formats attachment sizes', () => {
    expect(formatBytes(512)).toBe('512B')
    expect(formatBytes(482113)).toBe('470.8KB')
  })
})

describe('renderer/router/paths', () => {
  it('builds hash links with the record to open and recognises only known paths', () => {
    expect(hrefFor(PATHS.attractiveJobs, { open: 'AJ-2026-000012' })).toBe('/attractive-jobs?open=AJ-2026-000012')
    expect(hrefFor(PATHS.inbox)).toBe('/inbox')
    expect(isAppPath('/inbox')).toBe(true)
    expect(isAppPath('/admin')).toBe(false)
  })
})
