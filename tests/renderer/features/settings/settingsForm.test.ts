import { describe, expect, it } from 'vitest'
import { parsePortalUrl, securityFormErrors, securityFormSettings } from '../../../../src/renderer/src/features/settings/settingsForm'
import { PortalUrl, Settings } from '../../../../src/shared/ipc/views'

describe('settings form', () => {
  it('accepts whole minutes 1..240 and days 30..3650, and what it sends passes the contract', () => {
    for (const values of [
      { idleLockMinutes: 1, retentionDays: 30 },
      { idleLockMinutes: 15, retentionDays: 365 },
      { idleLockMinutes: 240, retentionDays: 3650 },
      { idleLockMinutes: '20', retentionDays: ' 400 ' }
    ]) {
      expect(securityFormErrors(values)).toEqual({ idleLockMinutes: null, retentionDays: null })
      const sent = securityFormSettings(values)
      expect(sent).not.toBeNull()
      expect(Settings.partial().safeParse(sent).success).toBe(true)
    }
  })

  it('says in Korean what is wrong with each field, and sends nothing then', () => {
    for (const idleLockMinutes of [0, 241, 1.5, '', '열다섯']) {
      const errors = securityFormErrors({ idleLockMinutes, retentionDays: 365 })
      expect(errors.idleLockMinutes).toBe('자동 잠금 시간은 1분에서 240분 사이의 정수로 입력하세요.')
      expect(errors.retentionDays).toBeNull()
      expect(securityFormSettings({ idleLockMinutes, retentionDays: 365 })).toBeNull()
    }
    for (const retentionDays of [29, 3651, -1, '']) {
      expect(securityFormErrors({ idleLockMinutes: 15, retentionDays }).retentionDays).toBe('보유기간은 30일에서 3650일 사이의 정수로 입력하세요.')
    }
  })

  it('the portal address: empty goes back to the default; otherwise the contract’s PortalUrl decides, with its message', () => {
    expect(parsePortalUrl('  ')).toEqual({ ok: true, value: null })
    expect(parsePortalUrl(' https://job.seoul.go.kr ')).toEqual({ ok: true, value: 'https://job.seoul.go.kr' })
    for (const typed of ['javascript:alert(1)', 'file:///C:/portal', 'job.seoul', 'ftp://job.seoul.go.kr']) {
      const expected = PortalUrl.safeParse(typed.trim())
      expect(expected.success, typed).toBe(false)
      expect(parsePortalUrl(typed)).toEqual({ ok: false, message: expected.error?.issues[0]?.message })
    }
  })
})
