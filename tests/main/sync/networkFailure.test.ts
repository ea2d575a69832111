import { describe, expect, it } from 'vitest'
import { classifyNetworkFailure, networkFailureOfStatus, ProxiedRequestError, PROXY_AUTH_TEXT } from '../../../src/main/sync/networkFailure'
import { isOffline, isRetryable, NETWORK_FAILURE_MESSAGES, PortalUnreachableError } from '../../../src/main/sync/errors'
import { NETWORK_FAILURE_LABELS, NetworkFailureKind } from '../../../src/shared/ipc/views'

/** A socket error as undici nests it: TypeError('fetch failed') → cause Error with a code. */
function nodeFailure(code: string, message = `${code} 10.0.0.1:443`): TypeError {
  const cause = Object.assign(new Error(message), { code })
  return new TypeError('fetch failed', { cause })
}

/** Electron's net.fetch rejects with a plain Error named after Chromium's net error. */
function chromiumFailure(name: string): Error {
  return new Error(`net::${name}`)
}

describe('one classifier for the four network failures, Node and Chromium alike', () => {
  it.each([
    ['ENOTFOUND', 'no_network'],
    ['EAI_AGAIN', 'no_network'],
    ['ENETUNREACH', 'no_network'],
    ['ECONNREFUSED', 'portal_down'],
    ['ECONNRESET', 'portal_down'],
    ['UND_ERR_CONNECT_TIMEOUT', 'portal_down'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'certificate'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'certificate'],
    ['CERT_HAS_EXPIRED', 'certificate'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'certificate']
  ] as const)('Node %s → %s', (code, kind) => {
    expect(classifyNetworkFailure(nodeFailure(code))).toEqual({ kind, code })
  })

  it.each([
    ['ERR_INTERNET_DISCONNECTED', 'no_network'],
    ['ERR_NAME_NOT_RESOLVED', 'no_network'],
    ['ERR_PROXY_CONNECTION_FAILED', 'proxy_refused'],
    ['ERR_TUNNEL_CONNECTION_FAILED', 'proxy_refused'],
    ['ERR_PROXY_AUTH_UNSUPPORTED', 'proxy_refused'],
    ['ERR_CERT_AUTHORITY_INVALID', 'certificate'],
    ['ERR_CERT_DATE_INVALID', 'certificate'],
    ['ERR_CONNECTION_REFUSED', 'portal_down'],
    ['ERR_CONNECTION_TIMED_OUT', 'portal_down']
  ] as const)('Chromium net::%s → %s', (name, kind) => {
    expect(classifyNetworkFailure(chromiumFailure(name))).toEqual({ kind, code: name })
  })

  it("a socket error on a request sent through a proxy is the proxy's failure, not the portal's", () => {
    const proxied = new ProxiedRequestError('http://10.1.1.1:8080', nodeFailure('ECONNREFUSED'))
    expect(classifyNetworkFailure(proxied)?.kind).toBe('proxy_refused')
    // The outbox keeps only the text of a failed send and classifies it again from there.
    expect(classifyNetworkFailure(new PortalUnreachableError(`${proxied.message}: ECONNREFUSED: connect ECONNREFUSED 10.1.1.1:8080`))?.kind).toBe('proxy_refused')
  })

  it('a certificate failure wins over a connection reset further down the chain', () => {
    const tls = Object.assign(new Error('self-signed certificate', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) }), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' })
    expect(classifyNetworkFailure(new TypeError('fetch failed', { cause: tls }))?.kind).toBe('certificate')
  })

  it('a proxy asking for credentials and a tunnel it refused are proxy failures', () => {
    expect(classifyNetworkFailure(new PortalUnreachableError(PROXY_AUTH_TEXT))).toEqual({ kind: 'proxy_refused', code: 'HTTP 407' })
    expect(classifyNetworkFailure(new Error('Proxy response (403) !== 200 when HTTP Tunneling'))).toEqual({ kind: 'proxy_refused', code: 'CONNECT 403' })
  })

  it('the gateway statuses are the portal being down; other statuses and plain bugs are no network failure', () => {
    expect(networkFailureOfStatus(503)).toEqual({ kind: 'portal_down', code: 'HTTP 503' })
    expect(networkFailureOfStatus(502)?.kind).toBe('portal_down')
    expect(networkFailureOfStatus(409)).toBeNull()
    expect(classifyNetworkFailure(new Error('Cannot read properties of undefined'))).toBeNull()
  })

  it('certificates and proxies are not retried within a run; no network and a refused portal count as offline', () => {
    const cert = new PortalUnreachableError('DEPTH_ZERO_SELF_SIGNED_CERT: self-signed certificate')
    const proxy = new PortalUnreachableError('net::ERR_PROXY_CONNECTION_FAILED')
    const refused = new PortalUnreachableError('ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9')
    const reset = new PortalUnreachableError('ECONNRESET: socket hang up')
    expect([cert, proxy].map(isRetryable)).toEqual([false, false])
    expect([refused, reset].map(isRetryable)).toEqual([true, true])
    expect(isOffline(new PortalUnreachableError('ENOTFOUND: getaddrinfo ENOTFOUND portal.example'))).toBe(true)
    expect(isOffline(refused)).toBe(true)
    // A dropped connection is a passing fault: retried, not a reason to stop the run as offline.
    expect(isOffline(reset)).toBe(false)
  })

  it('every kind has a Korean label and a message that says what to do, and the four messages differ', () => {
    for (const kind of NetworkFailureKind.options) {
      expect(NETWORK_FAILURE_LABELS[kind]).toMatch(/[가-힣]/)
      expect(NETWORK_FAILURE_MESSAGES[kind]).toMatch(/(하세요|주세요)\./)
    }
    expect(new Set(Object.values(NETWORK_FAILURE_MESSAGES)).size).toBe(NetworkFailureKind.options.length)
  })
})
