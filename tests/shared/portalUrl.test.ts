import { describe, expect, it } from 'vitest'
import { contract } from '../../src/shared/ipc/contract'
import {
  PORTAL_URL_CREDENTIALS_MESSAGE,
  PORTAL_URL_HTTPS_MESSAGE,
  PORTAL_URL_MAX_LENGTH,
  PORTAL_URL_MESSAGE,
  PORTAL_URL_TOO_LONG_MESSAGE,
  PortalUrl,
  Settings
} from '../../src/shared/ipc/views'

function refusal(value: string): string | undefined {
  const parsed = PortalUrl.safeParse(value)
  return parsed.success ? undefined : parsed.error.issues[0]?.message
}

describe('the portal URL rule', () => {
  it('accepts https, and plain http only on this PC (the simulator, a test portal)', () => {
    for (const url of [
      'https://job.seoul.go.kr',
      'https://job.seoul.go.kr/',
      'https://job.seoul.go.kr:8443/admin',
      'HTTPS://JOB.SEOUL.GO.KR',
      'http://localhost:4010',
      'http://127.0.0.1:4010',
      'http://[::1]:4010'
    ]) {
      expect(PortalUrl.safeParse(url).success, url).toBe(true)
    }
    expect(PortalUrl.parse('  https://job.seoul.go.kr  ')).toBe('https://job.seoul.go.kr')
  })

  it('refuses plain http to any other host, look-alikes included', () => {
    for (const url of ['http://job.seoul.go.kr', 'http://10.0.0.5:8080', 'http://localhost.evil.example', 'http://127.0.0.1.nip.io', 'http://0.0.0.0:4010']) {
      expect(refusal(url), url).toBe(PORTAL_URL_HTTPS_MESSAGE)
    }
  })

  it('refuses what is not a web address at all', () => {
    for (const url of [
      'javascript:alert(document.cookie)',
      'JavaScript:fetch("https://evil.example")',
      'file:///C:/Windows/System32/drivers/etc/hosts',
      'file://fileserver/share/portal.html',
      'data:text/html,<script>alert(1)</script>',
      'ftp://job.seoul.go.kr',
      'ws://localhost:4010',
      'job.seoul.go.kr',
      '',
      'https://'
    ]) {
      expect(refusal(url), url).toBe(PORTAL_URL_MESSAGE)
    }
  })

  it('refuses credentials in the address', () => {
    expect(refusal('https://manager:demo@job.seoul.go.kr')).toBe(PORTAL_URL_CREDENTIALS_MESSAGE)
    expect(refusal('https://manager@job.seoul.go.kr')).toBe(PORTAL_URL_CREDENTIALS_MESSAGE)
    expect(refusal('http://a:b@localhost:4010')).toBe(PORTAL_URL_CREDENTIALS_MESSAGE)
  })

  it(`refuses anything longer than ${PORTAL_URL_MAX_LENGTH} characters`, () => {
    const base = 'https://job.seoul.go.kr/'
    expect(PortalUrl.safeParse(base + 'a'.repeat(PORTAL_URL_MAX_LENGTH - base.length)).success).toBe(true)
    expect(refusal(base + 'a'.repeat(PORTAL_URL_MAX_LENGTH - base.length + 1))).toBe(PORTAL_URL_TOO_LONG_MESSAGE)
    expect(refusal(base + 'a'.repeat(100_000))).toBe(PORTAL_URL_TOO_LONG_MESSAGE)
  })

  it('tells the staff member in Korean what to type instead', () => {
    for (const message of [PORTAL_URL_MESSAGE, PORTAL_URL_HTTPS_MESSAGE, PORTAL_URL_CREDENTIALS_MESSAGE, PORTAL_URL_TOO_LONG_MESSAGE]) {
      expect(message).toMatch(/[가-힣]/)
    }
    expect(PORTAL_URL_HTTPS_MESSAGE).toContain('https://')
  })

  it('is the rule of the settings screen and of the sign-in form', () => {
    expect(Settings.shape.portalUrl.safeParse('javascript:alert(1)').success).toBe(false)
    expect(Settings.shape.portalUrl.safeParse(null).success).toBe(true)
    const signIn = contract['auth:signIn'].input
    expect(signIn.safeParse({ username: 'manager', password: 'demo', portalUrl: 'http://job.seoul.go.kr' }).success).toBe(false)
    expect(signIn.safeParse({ username: 'manager', password: 'demo', portalUrl: 'https://job.seoul.go.kr' }).success).toBe(true)
  })
})
