import { Agent, ProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici'
import type { ProxySettings } from '../../shared/ipc/views'
import { ProxiedRequestError } from '../sync/networkFailure'
import { bypassesProxy, proxyServerUrl } from '../shell/proxyConfig'

/**
 * How the CLI reaches the portal through an office proxy. Node's fetch ignores proxies, so:
 *
 * 1. HTTPS_PROXY / HTTP_PROXY / NO_PROXY (lowercase first, as curl and undici read them) when either
 *    proxy variable is set — they win over the stored setting: whoever runs the CLI (a Task Scheduler
 *    job, IT on a server) set them for this run on purpose, and a server has no 설정 screen to change;
 * 2. else the 설정 screen's manual proxy, with its bypass list read as the app reads it;
 * 3. else Node's own fetch, direct. The `system` setting cannot be read outside Chromium (WinINET and
 *    PAC), so a PC that needs the Windows proxy sets HTTPS_PROXY for the CLI (docs/windows.md).
 *
 * undici's own `fetch` is used with its dispatchers (never Node's built-in fetch with this package's
 * dispatcher: two undici versions do not share their classes). ky hands over a Request of Node's
 * undici, so it is taken apart into URL and init first.
 */

export type ProxyRoute =
  | { source: 'env'; httpProxy: string | null; httpsProxy: string | null; noProxy: string }
  | { source: 'settings'; server: string; bypass: string }
  | { source: 'none' }

function nonEmpty(value: string | undefined): string | null {
  return value !== undefined && value.trim() !== '' ? value.trim() : null
}

/** Which route this run takes (see above): the environment first, then the stored manual proxy. */
export function proxyRouteFor(env: NodeJS.ProcessEnv, proxy: ProxySettings): ProxyRoute {
  const httpProxy = nonEmpty(env.http_proxy) ?? nonEmpty(env.HTTP_PROXY)
  const httpsProxy = nonEmpty(env.https_proxy) ?? nonEmpty(env.HTTPS_PROXY)
  if (httpProxy || httpsProxy) return { source: 'env', httpProxy, httpsProxy, noProxy: nonEmpty(env.no_proxy) ?? nonEmpty(env.NO_PROXY) ?? '' }
  if (proxy.mode === 'manual') return { source: 'settings', server: proxyServerUrl(proxy.server), bypass: proxy.bypass }
  return { source: 'none' }
}

/**
 * NO_PROXY as curl reads it: `*` for all; otherwise hosts (a leading `.` or `*.` ignored) that match
 * themselves and every host under them, optionally with `:port`. No implicit loopback: a portal on
 * 127.0.0.1 is proxied unless NO_PROXY names it.
 */
export function noProxyMatches(url: URL, noProxy: string): boolean {
  const hostname = url.hostname.toLowerCase().replace(/^\[|\]$/g, '')
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  return noProxy
    .split(/[,\s]+/)
    .filter((entry) => entry !== '')
    .some((raw) => {
      if (raw === '*') return true
      const match = /^(.*?)(?::(\d+))?$/.exec(raw.toLowerCase())
      const host = (match?.[1] ?? '').replace(/^\*?\./, '').replace(/^\[|\]$/g, '')
      if (match?.[2] && match[2] !== port) return false
      return host !== '' && (hostname === host || hostname.endsWith(`.${host}`))
    })
}

/** The proxy `url` goes through on this route, or null for direct. */
export function proxyFor(route: ProxyRoute, url: URL): string | null {
  if (route.source === 'none') return null
  if (route.source === 'settings') return bypassesProxy(url, route.bypass) ? null : route.server
  if (noProxyMatches(url, route.noProxy)) return null
  return url.protocol === 'https:' ? (route.httpsProxy ?? route.httpProxy) : route.httpProxy
}

/** A proxy as shown in a detail or the log: a user name and password in HTTPS_PROXY are left out. */
export function shownProxy(proxy: string): string {
  try {
    const url = new URL(proxy)
    return `${url.protocol}//${url.host}`
  } catch {
    return '(프록시 주소 형식 오류)'
  }
}

/** The fetch the CLI's portal client sends with (CoreOptions.portalFetch). */
export function cliPortalFetch(env: NodeJS.ProcessEnv, proxy: ProxySettings): typeof fetch {
  const route = proxyRouteFor(env, proxy)
  if (route.source === 'none') return globalThis.fetch
  const direct = new Agent()
  const agents = new Map<string, Dispatcher>()
  const agentFor = (uri: string): Dispatcher => {
    let agent = agents.get(uri)
    if (!agent) {
      agent = new ProxyAgent(uri)
      agents.set(uri, agent)
    }
    return agent
  }
  return async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    const proxyUri = proxyFor(route, url)
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : null
    try {
      const response = await undiciFetch(url, {
        method: request.method,
        headers: [...request.headers],
        body,
        redirect: request.redirect,
        signal: request.signal,
        dispatcher: proxyUri ? agentFor(proxyUri) : direct
      })
      // The same web Response in all but the class: ky reads status, headers and the body stream.
      return response as unknown as Response
    } catch (error) {
      if (proxyUri && !request.signal.aborted) throw new ProxiedRequestError(shownProxy(proxyUri), error)
      throw error
    }
  }
}
