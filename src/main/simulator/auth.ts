/** Demo staff accounts and bearer tokens (portal-admin-api.md §2). */
import { randomBytes } from 'node:crypto'
import type { Role, Staff, TokenResponse } from '../../shared/portal/common'
import { ApiError } from './http'
import type { Clock } from './util'

export interface DemoAccount {
  username: string
  password: 'demo'
  roles: Role[]
  name: string
  id: string
  department: string
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'manager', password: 'demo', roles: ['manager'], name: '김민준', id: 'S-0001', department: '일자리정책과' },
  { username: 'reviewer', password: 'demo', roles: ['attractive_jobs_reviewer'], name: '이서연', id: 'S-0007', department: '일자리정책과 매력일자리팀' },
  { username: 'screener', password: 'demo', roles: ['sme_screener'], name: '박지훈', id: 'S-0021', department: '일자리정책과 강소기업팀' },
  { username: 'evaluator', password: 'demo', roles: ['sme_evaluator'], name: '최수빈', id: 'S-0031', department: '일자리정책과 강소기업팀' },
  { username: 'coordinator', password: 'demo', roles: ['reemployment_coordinator'], name: '정하은', id: 'S-0041', department: '일자리정책과 재취업지원팀' }
]

/** The staff member the simulator uses for "someone else edited this" changes. */
export const OTHER_STAFF_ID = 'S-0099'

export const REFRESH_TTL_SECONDS = 12 * 3600

interface TokenEntry {
  staff: Staff
  expiresAt: number
}

function staffOf(a: DemoAccount): Staff {
  return { id: a.id, name: a.name, department: a.department, roles: [...a.roles] }
}

export class AuthService {
  private readonly access = new Map<string, TokenEntry>()
  private readonly refresh = new Map<string, TokenEntry>()

  constructor(
    private readonly ttlSeconds: number,
    private readonly now: Clock = Date.now
  ) {}

  private issue(staff: Staff): TokenResponse {
    const now = this.now()
    const accessToken = `sim-at-${randomBytes(18).toString('base64url')}`
    const refreshToken = `sim-rt-${randomBytes(18).toString('base64url')}`
    this.access.set(accessToken, { staff, expiresAt: now + this.ttlSeconds * 1000 })
    this.refresh.set(refreshToken, { staff, expiresAt: now + REFRESH_TTL_SECONDS * 1000 })
    return { access_token: accessToken, refresh_token: refreshToken, expires_in: Math.max(1, Math.round(this.ttlSeconds)), staff }
  }

  passwordGrant(username: string, password: string): TokenResponse {
    const account = DEMO_ACCOUNTS.find((a) => a.username === username)
    if (!account || account.password !== password) throw new ApiError(401, 'unauthorized', '아이디 또는 비밀번호가 올바르지 않습니다.')
    return this.issue(staffOf(account))
  }

  /** Refresh tokens are not rotated away: the old one stays valid until it expires (a lost response is harmless). */
  refreshGrant(token: string): TokenResponse {
    const entry = this.refresh.get(token)
    if (!entry || entry.expiresAt < this.now()) throw new ApiError(401, 'unauthorized', '리프레시 토큰이 유효하지 않습니다.')
    return this.issue(entry.staff)
  }

  authenticate(header: string | undefined): Staff {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '')
    if (!match?.[1]) throw new ApiError(401, 'unauthorized', 'Authorization: Bearer 토큰이 필요합니다.')
    const entry = this.access.get(match[1])
    if (!entry) throw new ApiError(401, 'unauthorized', '알 수 없는 토큰입니다.')
    if (entry.expiresAt <= this.now()) throw new ApiError(401, 'token_expired', '액세스 토큰이 만료되었습니다. 갱신 후 다시 시도하세요.')
    return entry.staff
  }
}
