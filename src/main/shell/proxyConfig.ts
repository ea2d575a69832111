import type { ProxySettings } from '../../shared/ipc/views'

/**
 * The proxy settings of 설정 as Chromium takes them (`session.setProxy`, applied by electron/network.ts),
 * and the same bypass rules read for the CLI, so one setting means the same in the app and on the command
 * line. Plain functions: tested in Node.
 */

/** Electron's ProxyConfig, the two modes the app uses. */
export type ChromiumProxyConfig = { mode: 'system' } | { mode: 'fixed_servers'; proxyRules: string; proxyBypassRules: string }

/** `host:port` or `http://host:port` (checked by the shared schema) as one form: `http://host:port`. */
export function proxyServerUrl(server: string): string {
  const trimmed = server.trim().replace(/\/+$/, '')
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`
}

/** The hosts that go direct, as typed in 설정: separated by commas, semicolons (Windows' own list) or spaces. */
export function bypassEntries(bypass: string): string[] {
  return bypass
    .split(/[,;\s]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
}

/**
 * `system`: Windows' own proxy settings and PAC script, as Edge uses them. `manual`: every request through
 * the one server, the listed hosts direct (Chromium always sends loopback direct, so the built-in demo
 * portal is never proxied).
 */
export function chromiumProxyConfig(proxy: ProxySettings): ChromiumProxyConfig {
  if (proxy.mode === 'system') return { mode: 'system' }
  return { mode: 'fixed_servers', proxyRules: proxyServerUrl(proxy.server), proxyBypassRules: bypassEntries(proxy.bypass).join(',') }
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || hostname === '::1' || /^127\.\d+\.\d+\.\d+$/.test(hostname)
}

function ipv4(text: string): number | null {
  const parts = text.split('.')
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return null
  return parts.reduce((value, part) => value * 256 + Number(part), 0)
}

function inCidr(hostname: string, rule: string): boolean {
  const [base, bits] = rule.split('/')
  const address = ipv4(hostname)
  const network = base ? ipv4(base) : null
  const prefix = Number(bits)
  if (address === null || network === null || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return false
  const size = 2 ** (32 - prefix)
  return Math.floor(address / size) === Math.floor(network / size)
}

/**
 * Whether `url` skips the proxy under Chromium's bypass rules (the subset offices use): `<local>` (a host
 * name without a dot), `*.seoul.go.kr` and `.seoul.go.kr` (any host under it), `*seoul.go.kr`, an exact
 * host, optionally with `:port`, `10.0.0.0/8`, and `*` for everything. Loopback always goes direct.
 */
export function bypassesProxy(url: URL, bypass: string): boolean {
  const hostname = url.hostname.toLowerCase()
  if (isLoopback(hostname)) return true
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  return bypassEntries(bypass).some((raw) => {
    const entry = raw.toLowerCase().replace(/^[a-z]+:\/\//, '')
    if (entry === '*') return true
    if (entry === '<local>') return !hostname.includes('.') && !hostname.includes(':')
    if (entry.includes('/')) return inCidr(hostname, entry)
    const portMatch = /^(.*):(\d+)$/.exec(entry)
    const host = portMatch ? portMatch[1]! : entry
    if (portMatch && portMatch[2] !== port) return false
    if (host.startsWith('*.')) return hostname.endsWith(host.slice(1))
    if (host.startsWith('.')) return hostname.endsWith(host)
    if (host.startsWith('*')) return hostname.endsWith(host.slice(1))
    return hostname === host
  })
}
