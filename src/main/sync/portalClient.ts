import { randomUUID } from 'node:crypto'
import ky, { type KyInstance } from 'ky'
import type { z } from 'zod'
import {
  AttractiveJobsRules,
  AuditEventsResponse,
  ContactResponse,
  DistrictList,
  Problem,
  Staff,
  StaffDirectory,
  TokenResponse,
  type AuditEventsRequest,
  type CollectionName
} from '../../shared/portal'
import { PortalContractError, PortalError, PortalSignInRefusedError, PortalUnreachableError } from './errors'
import { PROXY_AUTH_TEXT, ProxiedRequestError } from './networkFailure'

export interface Tokens {
  accessToken: string
  refreshToken: string
  expiresAt: number
}

export interface PortalClientOptions {
  /** Installation base, e.g. https://job.seoul.go.kr (the API lives under /admin/v1). */
  baseUrl: string
  timeoutMs?: number
  /** How requests leave the PC: Electron's network stack in the app, undici with a proxy in the CLI; default Node's fetch. */
  fetch?: typeof fetch
  /** Called whenever the tokens change (sign-in, refresh, refresh failure → null). */
  onTokens?: (tokens: Tokens | null) => void
  log?: (message: string) => void
}

export interface WriteOptions {
  idempotencyKey: string
  ifMatch?: number | null
  /** Query parameters and extra headers the op's request asks for. */
  query?: Record<string, string> | undefined
  headers?: Record<string, string> | undefined
}

export interface PortalResponse {
  status: number
  body: unknown
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now())
}

/**
 * undici and ky wrap the socket error (ECONNREFUSED, ECONNRESET…) a few levels deep: report that one,
 * and the proxy it went through when it did — the text is what the outbox keeps of a failed send and is
 * classified again from it (networkFailure.ts).
 */
function rootCauseMessage(error: unknown): string {
  let current: unknown = error
  let proxy: ProxiedRequestError | null = error instanceof ProxiedRequestError ? error : null
  for (let depth = 0; depth < 6 && current instanceof Error && current.cause instanceof Error; depth += 1) {
    current = current.cause
    if (current instanceof ProxiedRequestError) proxy ??= current
  }
  let message = String(error)
  if (current instanceof Error) {
    const code = (current as { code?: unknown }).code
    message = typeof code === 'string' && !current.message.includes(code) ? `${code}: ${current.message}` : current.message
  }
  return proxy ? `${proxy.message}: ${message}` : message
}

export function normalizeBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '').replace(/\/admin\/v1$/, '')
}

/**
 * The portal admin API v1 over HTTP (ky). Auth is a pluggable step: today the password grant,
 * refreshed once on `token_expired`; the rest of the app only sees `request`.
 */
export class PortalClient {
  readonly baseUrl: string
  private readonly http: KyInstance
  private tokens: Tokens | null = null
  private refreshing: Promise<void> | null = null

  constructor(private readonly options: PortalClientOptions) {
    this.baseUrl = normalizeBaseUrl(options.baseUrl)
    this.http = ky.create({
      prefix: `${this.baseUrl}/admin/v1`,
      timeout: options.timeoutMs ?? 30_000,
      retry: 0,
      throwHttpErrors: false,
      ...(options.fetch ? { fetch: options.fetch } : {})
    })
  }

  get signedIn(): boolean {
    return this.tokens !== null
  }

  setTokens(tokens: Tokens | null): void {
    this.tokens = tokens
    this.options.onTokens?.(tokens)
  }

  /**
   * The password grant. Its 401 means the username or password is wrong — told apart from the 401 of
   * an authenticated call (the session ended), which the same code carries.
   */
  async signIn(username: string, password: string): Promise<z.infer<typeof TokenResponse>> {
    let response: PortalResponse
    try {
      response = await this.send('POST', 'auth/token', { json: { grant_type: 'password', username, password }, auth: false })
    } catch (error) {
      if (error instanceof PortalError && error.status === 401) throw new PortalSignInRefusedError(error.problem)
      throw error
    }
    const token = this.expect(TokenResponse, response.body, 'auth/token')
    this.acceptTokens(token)
    return token
  }

  signOut(): void {
    this.setTokens(null)
  }

  me(): Promise<Staff> {
    return this.getJson('me', Staff)
  }

  /**
   * One feed page as the body's bytes: decoding, parsing and checking them (feedDecode.ts) happens
   * where the page is decoded, off the main thread in the app. Error answers are handled as usual.
   */
  async getFeedPageBytes(collection: CollectionName, cursor: string | null, limit: number): Promise<Uint8Array> {
    const searchParams: Record<string, string> = { limit: String(limit) }
    if (cursor) searchParams.cursor = cursor
    const response = await this.request('GET', `${collection}/changes`, { searchParams, bodyAsBytes: true })
    return response.body as Uint8Array
  }

  getRecord(collection: CollectionName, id: string): Promise<unknown> {
    return this.request('GET', `${collection}/${encodeURIComponent(id)}`).then((r) => r.body)
  }

  getContact(collection: CollectionName, id: string, reason: string) {
    return this.getJson(`${collection}/${encodeURIComponent(id)}/contact`, ContactResponse, { reason })
  }

  getDistricts() {
    return this.getJson('reference/districts', DistrictList)
  }

  /** Who decided, scored or commented, by name (ids stay the keys). */
  getStaffDirectory() {
    return this.getJson('reference/staff', StaffDirectory)
  }

  getAttractiveJobsRules(year: number) {
    return this.getJson('reference/attractive-jobs-rules', AttractiveJobsRules, { year: String(year) })
  }

  /** Audit events from this PC (§10); the same key and events again are the same request (a lost answer). */
  async postAuditEvents(request: AuditEventsRequest, idempotencyKey: string): Promise<AuditEventsResponse> {
    const response = await this.request('POST', 'audit/events', { json: request, headers: { 'Idempotency-Key': idempotencyKey } })
    return this.expect(AuditEventsResponse, response.body, 'audit/events')
  }

  /** A write: Idempotency-Key always, If-Match when the record already exists. */
  write(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body: unknown, options: WriteOptions): Promise<PortalResponse> {
    const headers: Record<string, string> = { ...options.headers, 'Idempotency-Key': options.idempotencyKey }
    if (options.ifMatch != null) headers['If-Match'] = `"${options.ifMatch}"`
    return this.request(method, path, { json: body, headers, ...(options.query ? { searchParams: options.query } : {}) })
  }

  async getJson<S extends z.ZodType>(path: string, schema: S, searchParams?: Record<string, string>): Promise<z.output<S>> {
    const response = await this.request('GET', path, searchParams ? { searchParams } : {})
    return this.expect(schema, response.body, path)
  }

  /** Sends an authenticated request; on `token_expired` refreshes once and repeats it. */
  async request(
    method: string,
    path: string,
    init: { json?: unknown; searchParams?: Record<string, string>; headers?: Record<string, string>; bodyAsBytes?: boolean } = {}
  ): Promise<PortalResponse> {
    try {
      return await this.send(method, path, { ...init, auth: true })
    } catch (error) {
      if (!(error instanceof PortalError) || error.code !== 'token_expired' || !this.tokens) throw error
      await this.refresh()
      return this.send(method, path, { ...init, auth: true })
    }
  }

  private async refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      const refreshToken = this.tokens?.refreshToken
      if (!refreshToken) throw new PortalError(401, 'unauthorized', null, null)
      try {
        const response = await this.send('POST', 'auth/token', {
          json: { grant_type: 'refresh_token', refresh_token: refreshToken },
          auth: false
        })
        this.acceptTokens(this.expect(TokenResponse, response.body, 'auth/token'))
      } catch (error) {
        if (error instanceof PortalError) this.setTokens(null)
        throw error
      }
    })().finally(() => {
      this.refreshing = null
    })
    return this.refreshing
  }

  private acceptTokens(token: z.infer<typeof TokenResponse>): void {
    this.setTokens({
      accessToken: token.access_token,
      refreshToken: token.refresh_token,
      expiresAt: Date.now() + token.expires_in * 1000
    })
  }

  private expect<S extends z.ZodType>(schema: S, body: unknown, path: string): z.output<S> {
    const parsed = schema.safeParse(body)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new PortalContractError(`${path}: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid body'}`)
    }
    return parsed.data
  }

  private async send(
    method: string,
    path: string,
    init: { json?: unknown; searchParams?: Record<string, string>; headers?: Record<string, string>; bodyAsBytes?: boolean; auth: boolean }
  ): Promise<PortalResponse> {
    const headers: Record<string, string> = { 'X-Request-Id': randomUUID(), Accept: 'application/json', ...init.headers }
    if (init.auth) {
      if (!this.tokens) throw new PortalError(401, 'unauthorized', null, null)
      headers.Authorization = `Bearer ${this.tokens.accessToken}`
    }
    let response: Response
    let text: string
    try {
      response = await this.http(path, {
        method,
        headers,
        ...(init.json !== undefined ? { json: init.json } : {}),
        ...(init.searchParams ? { searchParams: init.searchParams } : {})
      })
      // A successful body asked for as bytes is the caller's to decode (feed pages: on the decoder's thread).
      if (response.ok && init.bodyAsBytes) return { status: response.status, body: new Uint8Array(await response.arrayBuffer()) }
      text = await response.text()
    } catch (error) {
      throw new PortalUnreachableError(rootCauseMessage(error), error)
    }
    // A proxy asking for credentials answered in the portal's place: the portal never saw the request, so
    // it is a failure to reach it (kept queued and retried), not a refusal to park in 확인 필요.
    if (response.status === 407) throw new PortalUnreachableError(PROXY_AUTH_TEXT)
    let body: unknown = null
    if (text.length > 0) {
      try {
        body = JSON.parse(text)
      } catch {
        if (response.ok) throw new PortalContractError(`${path}: 응답이 JSON이 아닙니다.`)
      }
    }
    if (response.ok) return { status: response.status, body }
    const problem = Problem.safeParse(body)
    const code = problem.success ? problem.data.code : response.status === 429 ? 'rate_limited' : response.status >= 500 ? 'unavailable' : 'unknown'
    throw new PortalError(response.status, code, problem.success ? problem.data : null, parseRetryAfter(response.headers.get('retry-after')))
  }
}
