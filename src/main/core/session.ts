import type { Db } from '../db/types'
import { z } from 'zod'
import { Staff } from '../../shared/portal'
import type { AccessSession } from '../../shared/ipc/access'
import { PortalUrl, type ProxySettings, type Session } from '../../shared/ipc/views'
import { appendAudit } from '../db/repositories/auditLog'
import { clearFailedAttempts, getOfflineAccount, listOfflineAccounts, recordFailedAttempt, saveOfflineAccount, type OfflineAccount } from '../db/repositories/offlineAccounts'
import { getSetting, setSetting } from '../db/repositories/settings'
import { PortalSignInRefusedError } from '../sync/errors'
import { PortalClient, type Tokens } from '../sync/portalClient'
import { idleLockMinutes, proxySettings, setIdleLockMinutes } from './appSettings'
import { AppError } from './errors'
import { makeVerifier, verifyPassword } from './passwordVerifier'

// The rule the settings screen applies, so a value stored by an older version (javascript:, plain http) reads as unset.
const PortalUrlSetting = z.union([PortalUrl, z.null()])
export const SETTING_PORTAL_URL = 'portal_url'
const SETTING_LAST_STAFF = 'last_staff'

/** Wrong passwords in a row before offline use of an account is refused (안전성 확보조치 기준 §5⑥). */
export const MAX_FAILED_ATTEMPTS = 5
/** How long offline use stays refused after the last wrong try; an online sign-in ends it at once. */
export const LOCKOUT_MINUTES = 30

export interface SessionServiceOptions {
  db: Db
  now: () => Date
  /** Overrides the stored portal URL for this run (CLI --portal, demo simulator). */
  portalUrl?: string | null
  onTokens?: (tokens: Tokens | null) => void
  /** The fetch each new portal client sends with, given the stored proxy settings (CoreOptions.portalFetch). */
  portalFetch?: ((proxy: ProxySettings) => typeof fetch) | undefined
  /** A staff member's session begins (online or offline), before anything is read: the cache is fitted to their roles. */
  onSessionStart?: (staff: Staff) => void
}

/**
 * Who is signed in, how the portal is reached, and whether the screens are locked. Tokens live in
 * memory only. Going on without the portal needs the password checked against the verifier kept at
 * this account's last online sign-in here, and then runs with the roles the portal gave then.
 */
export class SessionService {
  private client: PortalClient | null = null
  private staff: Staff | null = null
  /** The account name the staff member signed in with (whose verifier unlocks the screens). */
  private username: string | null = null
  private online = false
  private locked = false
  private lastActivityAt = 0
  private runPortalUrl: string | null
  /** Read once and kept: the idle check runs on every call through dispatch. */
  private idleMinutes: number

  constructor(private readonly options: SessionServiceOptions) {
    this.runPortalUrl = options.portalUrl ?? null
    this.idleMinutes = idleLockMinutes(options.db)
  }

  get idleLockMinutes(): number {
    return this.idleMinutes
  }

  setIdleLockMinutes(minutes: number): void {
    setIdleLockMinutes(this.options.db, minutes)
    this.idleMinutes = idleLockMinutes(this.options.db)
  }

  get portalUrl(): string | null {
    return this.runPortalUrl ?? getSetting(this.options.db, SETTING_PORTAL_URL, PortalUrlSetting, null)
  }

  setPortalUrl(url: string | null): void {
    setSetting(this.options.db, SETTING_PORTAL_URL, url)
    this.runPortalUrl = null
    if (this.client && this.client.baseUrl !== url) this.signOut()
  }

  /** This run talks to `url` without storing it (the demo simulator). */
  useRunPortal(url: string): void {
    this.runPortalUrl = url
  }

  get lastStaff(): Staff | null {
    return getSetting(this.options.db, SETTING_LAST_STAFF, Staff.nullable(), null)
  }

  current(): Session {
    this.checkIdle()
    return {
      staff: this.staff,
      portalUrl: this.portalUrl,
      online: this.online && this.client?.signedIn === true,
      lastStaff: this.lastStaff,
      locked: this.staff !== null && this.locked,
      idleLockMinutes: this.idleMinutes,
      offlineAccounts: listOfflineAccounts(this.options.db).map((account) => ({
        username: account.username,
        staffId: account.staff.id,
        name: account.staff.name
      }))
    }
  }

  /** What the contract's access rules read: the roles and the lock (null: nobody signed in). */
  accessView(): AccessSession | null {
    this.checkIdle()
    return this.staff ? { roles: this.staff.roles, locked: this.locked } : null
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
    const portalFetch = this.options.portalFetch?.(proxySettings(this.options.db))
    const client = new PortalClient({
      baseUrl: url,
      ...(portalFetch ? { fetch: portalFetch } : {}),
      ...(this.options.onTokens ? { onTokens: this.options.onTokens } : {})
    })
    let token
    try {
      token = await client.signIn(username, password)
    } catch (error) {
      if (error instanceof PortalSignInRefusedError) this.audit(null, 'sign_in_failed', { username: username.trim(), portal: client.baseUrl })
      throw error
    }
    if (portalUrl) this.setPortalUrl(portalUrl)
    // The verifier for going on offline later: made from the password the portal has just accepted.
    const verifier = await makeVerifier(password)
    saveOfflineAccount(this.options.db, { username, staff: token.staff, ...verifier, verifiedAt: this.options.now().toISOString() })
    this.client = client
    this.online = true
    this.begin(token.staff, username)
    this.audit(token.staff.id, 'sign_in', { portal: client.baseUrl })
    return token.staff
  }

  /**
   * Works on the cache without the portal, as a staff member who signed in online here before: their
   * password is checked against the verifier kept then, their roles are those the portal gave then.
   */
  async continueOffline(username: string, password: string): Promise<Session> {
    const account = getOfflineAccount(this.options.db, username)
    if (!account) {
      throw new AppError('not_signed_in', '이 PC에서 이 계정으로 온라인 로그인한 적이 없어 오프라인으로 계속할 수 없습니다. 네트워크가 되는 곳에서 한 번 로그인하세요.')
    }
    await this.checkPassword(account, password, 'offline_unlock_failed')
    this.client?.signOut()
    this.client = null
    this.online = false
    this.begin(account.staff, account.username)
    this.audit(account.staff.id, 'offline_unlock', {})
    return this.current()
  }

  /** Hides every record until the password is entered again (the 잠금 button, Ctrl+L, or idle). */
  lock(reason: 'user' | 'idle' = 'user'): Session {
    if (this.staff && !this.locked) {
      this.locked = true
      this.audit(this.staff.id, 'lock', { reason })
    }
    return this.current()
  }

  async unlock(password: string): Promise<Session> {
    const staff = this.requireStaff()
    if (!this.locked) return this.current()
    const account = this.username ? getOfflineAccount(this.options.db, this.username) : null
    if (!account) throw new AppError('not_signed_in', '잠금을 풀 수 없습니다. 다시 로그인하세요.')
    try {
      await this.checkPassword(account, password, 'unlock_failed')
    } catch (error) {
      // Five wrong tries at the lock screen end the session: the next person starts at sign-in.
      if (error instanceof AppError && error.code === 'locked_out') this.signOut()
      throw error
    }
    this.locked = false
    this.lastActivityAt = this.options.now().getTime()
    this.audit(staff.id, 'unlock', {})
    return this.current()
  }

  /** Keyboard or mouse input in the window: the idle clock starts again. */
  touch(): void {
    if (!this.locked) this.lastActivityAt = this.options.now().getTime()
  }

  signOut(): void {
    if (this.staff) this.audit(this.staff.id, 'sign_out', {})
    this.client?.signOut()
    this.client = null
    this.staff = null
    this.username = null
    this.online = false
    this.locked = false
  }

  markOnline(online: boolean): void {
    this.online = online
  }

  private begin(staff: Staff, username: string): void {
    this.staff = staff
    this.username = username
    this.locked = false
    this.lastActivityAt = this.options.now().getTime()
    setSetting(this.options.db, SETTING_LAST_STAFF, staff)
    this.options.onSessionStart?.(staff)
  }

  /** Locks once the staff member has been idle for the set minutes (checked whenever anything is asked). */
  private checkIdle(): void {
    if (!this.staff || this.locked) return
    const idleMs = this.idleMinutes * 60_000
    if (this.options.now().getTime() - this.lastActivityAt >= idleMs) this.lock('idle')
  }

  private async checkPassword(account: OfflineAccount, password: string, failureCode: 'offline_unlock_failed' | 'unlock_failed'): Promise<void> {
    const now = this.options.now()
    if (account.lockedUntil && Date.parse(account.lockedUntil) > now.getTime()) throw lockedOut(account.lockedUntil)
    if (await verifyPassword(password, account)) {
      clearFailedAttempts(this.options.db, account.username)
      return
    }
    const reachesLimit = account.failedAttempts + 1 >= MAX_FAILED_ATTEMPTS
    const lockedUntil = reachesLimit ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null
    const failures = recordFailedAttempt(this.options.db, account.username, lockedUntil)
    this.audit(account.staff.id, failureCode, { failures })
    if (lockedUntil) throw lockedOut(lockedUntil)
    throw new AppError(failureCode, `비밀번호가 맞지 않습니다. ${MAX_FAILED_ATTEMPTS - failures}번 더 틀리면 ${LOCKOUT_MINUTES}분 동안 오프라인으로 쓸 수 없습니다.`)
  }

  private audit(staffId: string | null, action: string, detail: Record<string, unknown>): void {
    appendAudit(this.options.db, { at: this.options.now().toISOString(), actorId: staffId, action, detail })
  }
}

function lockedOut(until: string): AppError {
  const time = new Date(until).toLocaleTimeString('ko-KR', { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit' })
  return new AppError(
    'locked_out',
    `비밀번호를 ${MAX_FAILED_ATTEMPTS}번 틀려 ${time}까지 오프라인으로 쓸 수 없습니다. 네트워크가 되는 곳에서 포털에 로그인하면 바로 풀립니다.`
  )
}
