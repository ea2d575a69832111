import { describe, expect, it } from 'vitest'
import { parseProxyForm, parsePortalUrl, securityFormErrors, securityFormSettings } from '../../../../src/renderer/src/features/settings/settingsForm'
import { PortalUrl, PROXY_SERVER_CREDENTIALS_MESSAGE, PROXY_SERVER_MESSAGE, Settings } from '../../../../src/shared/ipc/views'

describe('settings form', () => {
  it('accepts whole minutes 1..240 and days 30..3650, and what it sends passes the contract', () => {
    for (const values of [
      { syncIntervalMinutes: 1, idleLockMinutes: 1, retentionDays: 30 },
      { syncIntervalMinutes: 5, idleLockMinutes: 15, retentionDays: 365 },
      { syncIntervalMinutes: 240, idleLockMinutes: 240, retentionDays: 3650 },
      { syncIntervalMinutes: '10', idleLockMinutes: '20', retentionDays: ' 400 ' }
    ]) {
      expect(securityFormErrors(values)).toEqual({ syncIntervalMinutes: null, idleLockMinutes: null, retentionDays: null })
      const sent = securityFormSettings(values)
      expect(sent).not.toBeNull()
      expect(Settings.partial().safeParse(sent).success).toBe(true)
    }
  })

  it('says in Korean what is wrong with each field, and sends nothing then', () => {
    for (const idleLockMinutes of [0, 241, 1.5, '', '열다섯']) {
      const errors = securityFormErrors({ syncIntervalMinutes: 5, idleLockMinutes, retentionDays: 365 })
      expect(errors.idleLockMinutes).toBe('자동 잠금 시간은 1분에서 240분 사이의 정수로 입력하세요.')
      expect(errors.retentionDays).toBeNull()
      expect(securityFormSettings({ syncIntervalMinutes: 5, idleLockMinutes, retentionDays: 365 })).toBeNull()
    }
    for (const retentionDays of [29, 3651, -1, '']) {
      expect(securityFormErrors({ syncIntervalMinutes: 5, idleLockMinutes: 15, retentionDays }).retentionDays).toBe('보유기간은 30일에서 3650일 사이의 정수로 입력하세요.')
    }
  })

  it('the sync interval: whole minutes 1..240, in Korean otherwise', () => {
    for (const syncIntervalMinutes of [0, 241, 2.5, '', '다섯']) {
      expect(securityFormErrors({ syncIntervalMinutes, idleLockMinutes: 15, retentionDays: 365 }).syncIntervalMinutes).toBe('동기화 간격은 1분에서 240분 사이의 정수로 입력하세요.')
      expect(securityFormSettings({ syncIntervalMinutes, idleLockMinutes: 15, retentionDays: 365 })).toBeNull()
    }
  })

  it('the proxy: system needs nothing; a manual server is checked by the contract, with its Korean message under the field', () => {
    expect(parseProxyForm({ mode: 'system', server: 'ignored', bypass: '' })).toEqual({ ok: true, value: { mode: 'system' } })
    expect(parseProxyForm({ mode: 'manual', server: ' proxy.seoul.go.kr:8080 ', bypass: '*.seoul.go.kr' })).toEqual({
      ok: true,
      value: { mode: 'manual', server: 'proxy.seoul.go.kr:8080', bypass: '*.seoul.go.kr' }
    })
    expect(parseProxyForm({ mode: 'manual', server: 'proxy.seoul.go.kr', bypass: '' })).toEqual({ ok: false, errors: { server: PROXY_SERVER_MESSAGE, bypass: null } })
    expect(parseProxyForm({ mode: 'manual', server: 'http://kim:pw@proxy:8080', bypass: '' })).toEqual({ ok: false, errors: { server: PROXY_SERVER_CREDENTIALS_MESSAGE, bypass: null } })
    expect(parseProxyForm({ mode: 'manual', server: '', bypass: '' })).toEqual({ ok: false, errors: { server: '프록시 서버 주소를 입력하세요.', bypass: null } })
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
