import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalSimulator } from '../../../src/main/simulator'
import { DEMO_ACCOUNTS } from '../../../src/main/simulator'
import { Problem, Staff, TokenResponse } from '../../../src/shared/portal'
import { call, login, start } from './helpers'

describe('auth', () => {
  let sim: PortalSimulator
  // The simulator's clock: tests move it forward instead of sleeping until a token expires.
  let t = Date.parse('2026-12-01T09:00:00+09:00')
  beforeAll(async () => {
    sim = await start({ tokenTtlSeconds: 60, now: () => t })
  })
  afterAll(() => sim.close())

  it('signs every demo account in with password "demo"', async () => {
    for (const a of DEMO_ACCOUNTS) {
      const r = await call(sim, 'POST', '/auth/token', { body: { grant_type: 'password', username: a.username, password: 'demo' } })
      expect(r.status).toBe(200)
      const t = TokenResponse.parse(r.body)
      expect(t.staff.roles).toEqual(a.roles)
      expect(t.staff.id).toMatch(/^S-\d{4}$/)
    }
  })

  it('rejects a wrong password and unknown tokens with 401 unauthorized problem+json', async () => {
    const r = await call(sim, 'POST', '/auth/token', { body: { grant_type: 'password', username: 'manager', password: 'nope' } })
    expect(r.status).toBe(401)
    expect(r.headers.get('content-type')).toContain('application/problem+json')
    expect(Problem.parse(r.body).code).toBe('unauthorized')
    const me = await call(sim, 'GET', '/me', { token: 'bogus' })
    expect(me.status).toBe(401)
    expect(Problem.parse(me.body).code).toBe('unauthorized')
    expect((await call(sim, 'GET', '/me')).status).toBe(401)
  })

  it('GET /me returns the staff member and echoes X-Request-Id', async () => {
    const token = await login(sim, 'reviewer')
    const r = await call(sim, 'GET', '/me', { token, headers: { 'X-Request-Id': 'c2f1a8a4-4c1f-4b7e-9d6b-1f7d3f3c2a10' } })
    expect(r.status).toBe(200)
    expect(Staff.parse(r.body)).toMatchObject({ id: 'S-0007', roles: ['attractive_jobs_reviewer'] })
    expect(r.headers.get('x-request-id')).toBe('c2f1a8a4-4c1f-4b7e-9d6b-1f7d3f3c2a10')
  })

  it('expires access tokens (token_expired) and refreshes them', async () => {
    const r = await call<{ access_token: string; refresh_token: string; expires_in: number }>(sim, 'POST', '/auth/token', { body: { grant_type: 'password', username: 'manager', password: 'demo' } })
    expect(r.body.expires_in).toBe(60)
    expect((await call(sim, 'GET', '/me', { token: r.body.access_token })).status).toBe(200)
    // Valid up to the last millisecond of its 60 s, expired from then on.
    t += 59_999
    expect((await call(sim, 'GET', '/me', { token: r.body.access_token })).status).toBe(200)
    t += 1
    const expired = await call(sim, 'GET', '/me', { token: r.body.access_token })
    expect(expired.status).toBe(401)
    expect(Problem.parse(expired.body).code).toBe('token_expired')
    const refreshed = await call<{ access_token: string }>(sim, 'POST', '/auth/token', { body: { grant_type: 'refresh_token', refresh_token: r.body.refresh_token } })
    expect(refreshed.status).toBe(200)
    expect((await call(sim, 'GET', '/me', { token: refreshed.body.access_token })).status).toBe(200)
    const bad = await call(sim, 'POST', '/auth/token', { body: { grant_type: 'refresh_token', refresh_token: 'nope' } })
    expect(bad.status).toBe(401)
  })

  it('refuses a refresh token after its 12 hours', async () => {
    const r = await call<{ refresh_token: string }>(sim, 'POST', '/auth/token', { body: { grant_type: 'password', username: 'coordinator', password: 'demo' } })
    t += 12 * 3600_000
    expect((await call(sim, 'POST', '/auth/token', { body: { grant_type: 'refresh_token', refresh_token: r.body.refresh_token } })).status).toBe(200)
    t += 1
    const late = await call(sim, 'POST', '/auth/token', { body: { grant_type: 'refresh_token', refresh_token: r.body.refresh_token } })
    expect(late.status).toBe(401)
    expect(Problem.parse(late.body).code).toBe('unauthorized')
  })

  it('rejects a malformed token request with 422', async () => {
    const r = await call(sim, 'POST', '/auth/token', { body: { grant_type: 'magic' } })
    expect(r.status).toBe(422)
    expect(Problem.parse(r.body).code).toBe('validation_failed')
  })
})
