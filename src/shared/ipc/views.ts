import { z } from 'zod'
import { CollectionName, Staff } from '../portal'

/** Shapes the main process hands to the renderer (views over the cache, not portal records). */

export const PORTAL_URL_MESSAGE = '포털 주소 형식이 올바르지 않습니다 (예: https://job.seoul.go.kr)'
export const PORTAL_URL_HTTPS_MESSAGE =
  '포털 주소는 https://로 시작해야 합니다 (예: https://job.seoul.go.kr). http:// 주소는 이 PC 안에서 도는 시험용 포털(localhost)에만 쓸 수 있습니다.'
export const PORTAL_URL_CREDENTIALS_MESSAGE = '포털 주소에 아이디나 비밀번호를 넣을 수 없습니다. 주소만 입력하고 로그인 화면에서 로그인하세요.'
export const PORTAL_URL_MAX_LENGTH = 300
export const PORTAL_URL_TOO_LONG_MESSAGE = `포털 주소가 너무 깁니다 (${PORTAL_URL_MAX_LENGTH}자 이하). 주소를 확인해 다시 입력하세요.`
/** Hosts that never leave this PC: plain http is acceptable only for them (the built-in simulator, a test portal). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Why `value` cannot be the portal's address, or null when it can. Tokens and passwords travel to this
 * address, so it must be https (http only on loopback), and nothing that is not a web address at all —
 * `javascript:`, `file:`, `data:` — ever is.
 */
export function portalUrlProblem(value: string): string | null {
  if (value.length > PORTAL_URL_MAX_LENGTH) return PORTAL_URL_TOO_LONG_MESSAGE
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return PORTAL_URL_MESSAGE
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return PORTAL_URL_MESSAGE
  if (url.username !== '' || url.password !== '') return PORTAL_URL_CREDENTIALS_MESSAGE
  if (url.hostname === '') return PORTAL_URL_MESSAGE
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return PORTAL_URL_HTTPS_MESSAGE
  return null
}

/** The portal's address as staff type it (spaces around it ignored), and as it is stored: the rule of portalUrlProblem. */
export const PortalUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = portalUrlProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

export const CollectionProgress = z.object({
  collection: CollectionName,
  pulled: z.number().int(),
  quarantined: z.number().int(),
  done: z.boolean()
})
export type CollectionProgress = z.infer<typeof CollectionProgress>

/**
 * Why the portal could not be reached, when that is known: 네트워크 없음, 프록시 거부, 인증서를 신뢰할 수 없음,
 * 포털 응답 없음/중단 (src/main/sync/networkFailure.ts decides it). The message already says it in words;
 * the kind lets a screen show its own sign beside it.
 */
export const NetworkFailureKind = z.enum(['no_network', 'proxy_refused', 'certificate', 'portal_down'])
export type NetworkFailureKind = z.infer<typeof NetworkFailureKind>

export const NETWORK_FAILURE_LABELS: Record<NetworkFailureKind, string> = {
  no_network: '네트워크 없음',
  proxy_refused: '프록시 거부',
  certificate: '인증서를 신뢰할 수 없음',
  portal_down: '포털 응답 없음'
}

export const SyncSummary = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  pulled: z.record(z.string(), z.number().int()),
  pushed: z.number().int(),
  conflicts: z.number().int(),
  rejected: z.number().int(),
  quarantined: z.number().int(),
  /** Told as every failure is (what happened and what to do), the technical part in `detail`. */
  error: z.object({ code: z.string(), message: z.string(), detail: z.string().optional(), network: NetworkFailureKind.optional() }).nullable()
})
export type SyncSummary = z.infer<typeof SyncSummary>

export const SyncStatus = z.object({
  running: z.boolean(),
  online: z.boolean(),
  progress: z.array(CollectionProgress),
  lastSyncAt: z.string().nullable(),
  lastSummary: SyncSummary.nullable(),
  /** Minutes between automatic syncs while they run (the app); null where syncs run only on demand (the CLI). */
  autoSyncMinutes: z.number().nullable().default(null)
})
export type SyncStatus = z.infer<typeof SyncStatus>

/** Writes still to send (pending) and those waiting for a person (conflicts, rejected): every author's. */
export const OutboxCounts = z.object({ pending: z.number().int(), conflicts: z.number().int(), rejected: z.number().int() })
export type OutboxCounts = z.infer<typeof OutboxCounts>

export const CacheStatus = z.object({
  collections: z.record(z.string(), z.object({ count: z.number().int(), last_pulled_at: z.string().nullable() })),
  outbox: OutboxCounts,
  quarantine: z.number().int()
})
export type CacheStatus = z.infer<typeof CacheStatus>

/** A staff member who may unlock this PC offline: signed in online here before, so a password verifier is kept. */
export const OfflineAccount = z.object({ username: z.string(), staffId: z.string(), name: z.string() })
export type OfflineAccount = z.infer<typeof OfflineAccount>

export const Session = z.object({
  staff: Staff.nullable(),
  portalUrl: z.string().nullable(),
  /** Signed in against the portal in this run (false: working offline, unlocked with the password verified at the last online sign-in). */
  online: z.boolean(),
  /** Who last signed in on this PC (the sign-in form is filled in with them). */
  lastStaff: Staff.nullable(),
  /** The screens hide every record until the password is entered again (idle, or 잠금). */
  locked: z.boolean(),
  /** Minutes without input before the app locks itself. */
  idleLockMinutes: z.number().int(),
  /** Who may go on offline on this PC. */
  offlineAccounts: z.array(OfflineAccount)
})
export type Session = z.infer<typeof Session>

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  demoMode: z.boolean(),
  /** Set when the cache file could not be opened and was moved aside at start. */
  cacheRecovery: z.object({ movedTo: z.string(), reason: z.string() }).nullable(),
  /** An installed build (not `npm run dev`): demo mode is a choice on the sign-in screen, never automatic. */
  packaged: z.boolean(),
  /** What the 정보 box and 진단 정보 show; electron and chrome are null outside the Electron shell (CLI, tests). */
  runtime: z.object({ electron: z.string().nullable(), chrome: z.string().nullable(), node: z.string() }),
  /** The sign-in screen may offer "데모 모드로 둘러보기" (no portal configured, the built-in simulator at hand). */
  demoAvailable: z.boolean()
})
export type AppInfo = z.infer<typeof AppInfo>

export const IDLE_LOCK_MINUTES = { min: 1, max: 240, default: 15 } as const
export const RETENTION_DAYS = { min: 30, max: 3650, default: 365 } as const
export const SYNC_INTERVAL_MINUTES = { min: 1, max: 240, default: 5 } as const

export const PROXY_SERVER_MESSAGE = '프록시 서버 주소는 호스트:포트 형식으로 입력하세요 (예: proxy.seoul.go.kr:8080 또는 http://10.0.0.1:8080).'
export const PROXY_SERVER_CREDENTIALS_MESSAGE =
  '프록시 서버 주소에 아이디나 비밀번호를 넣을 수 없습니다. 주소와 포트만 입력하세요. 프록시 인증은 이 PC의 Windows 계정으로 처리됩니다.'

/**
 * Why `value` cannot be the proxy server, or null when it can: `host:port` or `http://host:port`, the port
 * always written. Never a user name or password in it: the setting is shown on the 설정 screen, written
 * into the 접속기록 with every change (from → to) and into the diagnostics, so a password there would be
 * kept in plain text in all three; an office proxy that asks for credentials gets the Windows sign-in
 * (Chromium's integrated authentication) instead.
 */
export function proxyServerProblem(value: string): string | null {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value)
  let url: URL
  try {
    url = new URL(hasScheme ? value : `http://${value}`)
  } catch {
    return PROXY_SERVER_MESSAGE
  }
  if (url.username !== '' || url.password !== '' || value.includes('@')) return PROXY_SERVER_CREDENTIALS_MESSAGE
  if (url.protocol !== 'http:' || url.hostname === '' || url.pathname !== '/' || url.search !== '' || url.hash !== '') return PROXY_SERVER_MESSAGE
  // The URL parser drops a written :80, so the port is read from the text itself.
  const port = /:(\d{1,5})\/?$/.exec(value)?.[1]
  if (!port || Number(port) < 1 || Number(port) > 65535) return PROXY_SERVER_MESSAGE
  return null
}

/**
 * How the portal is reached: `system` — the Windows proxy settings (and PAC) as the browser uses them;
 * `manual` — this proxy server (host:port or http://host:port), with hosts that bypass it.
 */
export const ProxySettings = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('system') }),
  z.object({
    mode: z.literal('manual'),
    server: z
      .string()
      .trim()
      .min(1, '프록시 서버 주소를 입력하세요.')
      .max(300)
      .superRefine((value, ctx) => {
        const problem = proxyServerProblem(value)
        if (problem) ctx.addIssue({ code: 'custom', message: problem })
      }),
    /** Comma- or semicolon-separated hosts that go direct (e.g. `*.seoul.go.kr;localhost`). */
    bypass: z.string().trim().max(1000).default('')
  })
])
export type ProxySettings = z.infer<typeof ProxySettings>

export const Settings = z.object({
  portalUrl: PortalUrl.nullable(),
  idleLockMinutes: z.number().int().min(IDLE_LOCK_MINUTES.min).max(IDLE_LOCK_MINUTES.max),
  /** 재취업 registrations of sessions that ended longer ago are removed from the cache (개인정보 처리방침의 보유기간). */
  retentionDays: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max),
  /** Minutes between automatic syncs while the portal is reachable (a write is sent at once regardless). */
  syncIntervalMinutes: z.number().int().min(SYNC_INTERVAL_MINUTES.min).max(SYNC_INTERVAL_MINUTES.max),
  proxy: ProxySettings
})
export type Settings = z.infer<typeof Settings>
