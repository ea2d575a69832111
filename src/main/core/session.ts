import type { Db } from '../db/types'
import { z } from 'zod'
import { Staff } from '../../shared/portal'
import type { Session } from '../../shared/ipc/views'
import { appendAudit } from '../db/repositories/auditLog'
import { getSetting, setSetting } from '../db/repositories/settings'
import { PortalClient, type Tokens } from '../sync/portalClient'
import { AppError } from './errors'

const PortalUrlSetting = z.string().url().nullable()
export const SETTING_PORTAL_URL = 'portal_url'
const SETTING_LAST_STAFF = 'last_staff'

export interface SessionServiceOptions {
  db: Db
  now: () => Date
  /** Overrides the stored portal URL for this run (CLI --portal, demo simulator). */
  portalUrl?: string | null
  onTokens?: (tokens: Tokens | null) => void
}

/**
 * Who is signed in and how the portal is reached. Tokens live in memory only; the last signed-in
 * staff member is remembered so the cache stays usable offline ("오프라인으로 계속").
 */
export class SessionService {
  private client: PortalClient | null = null
  private staff: Staff | null = null
  private online = false
  private runPortalUrl: string | null

  constructor(private readonly options: SessionServiceOptions) {
    this.runPortalUrl = options.portalUrl ?? null
  }

  get portalUrl(): string | null {
    return this.runPortalUrl ?? getSetting(this.options.db, SETTING_PORTAL_URL, PortalUrlSetting, null)
  }

  setPortalUrl(url: string | null): void {
    setSetting(this.options.db, SETTING_PORTAL_URL, url)
    this.runPortalUrl = null
    if (this.client && this.client.baseUrl !== url) this.signOut()
  }

  get lastStaff(): Staff | null {
    return getSetting(this.options.db, SETTING_LAST_STAFF, Staff.nullable(), null)
  }

  current(): Session {
    return {
      staff: this.staff,
      portalUrl: this.portalUrl,
      online: this.online && this.client?.signedIn === true,
      lastStaff: this.lastStaff
    }
  }

  /** The signed-in portal client; throws a Korean AppError when there is none. */
  requireClient(): PortalClient {
    if (!this.client || !this.client.signedIn) {
      throw new AppError('not_signed_in', '포털에 로그인해야 합니다. 설정 또는 로그인 화면에서 로그인하세요.')
    }
    return this.client
  }

  requireStaff(): Staff {
    if (!this.staff) throw new AppError('not_signed_in', '로그인이 필요합니다.')
    return this.staff
  }

  async signIn(username: string, password: string, portalUrl?: string): Promise<Staff> {
    const url = portalUrl ?? this.portalUrl
    if (!url) throw new AppError('validation_failed', '포털 주소가 설정되지 않았습니다. 포털 주소를 입력하세요.')
    const client = new PortalClient({
      baseUrl: url,
      ...(this.options.onTokens ? { onTokens: this.options.onTokens } : {})
    })
    const token = await client.signIn(username, password)
    if (portalUrl) this.setPortalUrl(portalUrl)
    this.client = client
    this.staff = token.staff
    this.online = true
    setSetting(this.options.db, SETTING_LAST_STAFF, token.staff)
    appendAudit(this.options.db, { at: this.options.now().toISOString(), actorId: token.staff.id, action: 'sign_in', detail: { portal: client.baseUrl } })
    return token.staff
  }

  /** Works on the cache as the last signed-in staff member, without the portal. */
  continueOffline(): Session {
    const last = this.lastStaff
    if (!last) throw new AppError('not_signed_in', '이 PC에서 로그인한 적이 없어 오프라인으로 계속할 수 없습니다.')
    this.staff = last
    this.online = false
    return this.current()
  }

  signOut(): void {
    this.client?.signOut()
    this.client = null
    this.staff = null
    this.online = false
  }

  markOnline(online: boolean): void {
    this.online = online
  }
}
