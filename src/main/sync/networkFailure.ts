import type { NetworkFailureKind } from '../../shared/ipc/views'

/**
 * What kind of network failure an error is, from Node/undici's error codes and Chromium's `net::ERR_*`
 * names alike (the CLI sends with undici, the app with Electron's `net.fetch`), so both tell a clerk the
 * same thing. The stored text of a failed send (`outbox.last_error`) is classified the same way, which
 * is why the message is read as well as the `code` fields of the cause chain.
 */

/**
 * The marker a request sent through a proxy carries when it fails locally (the CLI's proxy fetch). With
 * a CONNECT tunnel a failed connection to the portal comes back as the proxy's answer, so a socket error
 * on such a request is the proxy's own: refused, unknown host, timed out.
 */
export const VIA_PROXY = 'via proxy'

export class ProxiedRequestError extends Error {
  constructor(
    /** The proxy as shown in a detail: scheme, host and port, never a user name or password. */
    readonly proxy: string,
    readonly cause: unknown
  ) {
    super(`${VIA_PROXY} ${proxy}`)
    this.name = 'ProxiedRequestError'
  }
}

export interface NetworkFailure {
  kind: NetworkFailureKind
  /** The code that decided it (ECONNREFUSED, ERR_CERT_DATE_INVALID, HTTP 503, timeout…). */
  code: string
}

const NO_NETWORK = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NODATA',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'ERR_INTERNET_DISCONNECTED',
  'ERR_NAME_NOT_RESOLVED',
  'ERR_NAME_RESOLUTION_FAILED',
  'ERR_ADDRESS_UNREACHABLE',
  'ERR_NETWORK_CHANGED',
  'ERR_NETWORK_ACCESS_DENIED'
])

const PORTAL_DOWN = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'ERR_CONNECTION_REFUSED',
  'ERR_CONNECTION_RESET',
  'ERR_CONNECTION_CLOSED',
  'ERR_CONNECTION_ABORTED',
  'ERR_CONNECTION_FAILED',
  'ERR_CONNECTION_TIMED_OUT',
  'ERR_TIMED_OUT',
  'ERR_EMPTY_RESPONSE'
])

/** Refused outright: nothing listens there (kept apart: the outbox counts these as offline, see errors.ts). */
export const REFUSED_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ERR_CONNECTION_REFUSED'])

/** A socket error that, on a request sent through a proxy, means the proxy itself could not be reached. */
const PROXY_UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET', 'EHOSTUNREACH'])

const NODE_CERT = /^(CERT_|UNABLE_TO_(VERIFY|GET)_|SELF_SIGNED_CERT|DEPTH_ZERO_SELF_SIGNED_CERT|ERR_TLS_CERT_|ERR_SSL_|HOSTNAME_MISMATCH|INVALID_(CA|PURPOSE))/
const CHROMIUM_PROXY = /^ERR_(PROXY_|TUNNEL_|MANDATORY_PROXY_|PAC_)/
const CHROMIUM_CERT = /^ERR_(CERT_|SSL_|BAD_SSL_)/
/** undici's answer to a CONNECT the proxy did not accept (407 included). */
const UNDICI_TUNNEL_REFUSED = /Proxy response \((\d+)\) !== 200/
/** A proxy that answered a plain (untunnelled) request itself, asking for credentials (PortalClient's text). */
export const PROXY_AUTH_TEXT = 'HTTP 407 Proxy Authentication Required'
const PROXY_AUTH_ANSWER = /HTTP 407 Proxy Authentication Required/
const CHROMIUM_NAME = /net::(ERR_[A-Z0-9_]+)/
const NODE_CODE = /\b(E[A-Z]{3,}|UND_ERR_[A-Z_]+|[A-Z]+(?:_[A-Z0-9]+){2,})\b/g

/** The codes and messages of an error and its causes (ky and undici nest the socket's error a few levels deep). */
function chainOf(error: unknown): { codes: string[]; messages: string[]; names: string[] } {
  const codes: string[] = []
  const messages: string[] = []
  const names: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 8 && current != null; depth += 1) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code
      if (typeof code === 'string') codes.push(code)
      messages.push(current.message)
      names.push(current.name)
      current = (current as { cause?: unknown }).cause
    } else {
      if (typeof current === 'string') messages.push(current)
      break
    }
  }
  return { codes, messages, names }
}

function kindOfCode(code: string, viaProxy: boolean): NetworkFailureKind | null {
  if (NODE_CERT.test(code) || CHROMIUM_CERT.test(code)) return 'certificate'
  if (CHROMIUM_PROXY.test(code)) return 'proxy_refused'
  if (viaProxy && PROXY_UNREACHABLE.has(code)) return 'proxy_refused'
  if (NO_NETWORK.has(code)) return 'no_network'
  if (PORTAL_DOWN.has(code)) return 'portal_down'
  return null
}

/** The portal's gateway answered that the portal is down (a 407 never gets this far: see PortalClient). */
export function networkFailureOfStatus(status: number): NetworkFailure | null {
  if (status === 502 || status === 503 || status === 504) return { kind: 'portal_down', code: `HTTP ${status}` }
  return null
}

/**
 * The kind of a failure to reach the portal, or null when it is none of the four (a portal that
 * answered with an error, a bug). Certificates and proxies are decided first: their codes are the
 * most specific, and a TLS error inside a tunnel is still a certificate problem.
 */
export function classifyNetworkFailure(error: unknown): NetworkFailure | null {
  const { codes, messages, names } = chainOf(error)
  const text = messages.join(' | ')
  const viaProxy = text.includes(VIA_PROXY)
  const tunnel = UNDICI_TUNNEL_REFUSED.exec(text)
  if (tunnel) return { kind: 'proxy_refused', code: `CONNECT ${tunnel[1]}` }
  if (PROXY_AUTH_ANSWER.test(text)) return { kind: 'proxy_refused', code: 'HTTP 407' }
  const candidates = [...codes]
  for (const match of text.matchAll(new RegExp(CHROMIUM_NAME, 'g'))) candidates.push(match[1]!)
  for (const match of text.matchAll(NODE_CODE)) candidates.push(match[1]!)
  // The most telling kind wins whatever the order of the chain: a certificate, then a proxy, then the rest.
  const found = candidates.map((code) => ({ code, kind: kindOfCode(code, viaProxy) })).filter((c): c is NetworkFailure => c.kind !== null)
  for (const kind of ['certificate', 'proxy_refused', 'no_network', 'portal_down'] as const) {
    const hit = found.find((c) => c.kind === kind)
    if (hit) return hit
  }
  // ky's own timeout aborts the request before any socket error: the portal (or the way to it) is too slow.
  if (names.includes('TimeoutError') || /timed out/i.test(text)) return { kind: 'portal_down', code: 'timeout' }
  return null
}
