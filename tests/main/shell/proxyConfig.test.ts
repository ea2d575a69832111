import { describe, expect, it } from 'vitest'
import { bypassesProxy, chromiumProxyConfig, proxyServerUrl } from '../../../src/main/shell/proxyConfig'
import { chromiumFetch } from '../../../src/main/shell/chromiumFetch'
import { ProxySettings, proxyServerProblem, PROXY_SERVER_CREDENTIALS_MESSAGE, PROXY_SERVER_MESSAGE } from '../../../src/shared/ipc/views'
import { startPortalSimulator } from '../../../src/main/simulator'
import { PortalClient } from '../../../src/main/sync/portalClient'

describe("설정's proxy as Chromium's session takes it", () => {
  it("system: the Windows settings and PAC; manual: one server, the bypass list in Chromium's form", () => {
    expect(chromiumProxyConfig({ mode: 'system' })).toEqual({ mode: 'system' })
    expect(chromiumProxyConfig({ mode: 'manual', server: 'proxy.seoul.go.kr:8080', bypass: '*.seoul.go.kr; 10.0.0.0/8, <local>' })).toEqual({
      mode: 'fixed_servers',
      proxyRules: 'http://proxy.seoul.go.kr:8080',
      proxyBypassRules: '*.seoul.go.kr,10.0.0.0/8,<local>'
    })
    expect(proxyServerUrl('http://10.0.0.1:3128/')).toBe('http://10.0.0.1:3128')
  })

  it('the bypass rules read the same for the CLI: suffixes, exact hosts with ports, CIDR, <local>, loopback always direct', () => {
    const at = (url: string, bypass: string) => bypassesProxy(new URL(url), bypass)
    expect(at('https://job.seoul.go.kr/x', '*.seoul.go.kr')).toBe(true)
    expect(at('https://job.seoul.go.kr/x', '.seoul.go.kr')).toBe(true)
    expect(at('https://jobseoul.go.kr/x', '.seoul.go.kr')).toBe(false)
    expect(at('https://job.seoul.go.kr:8443/x', 'job.seoul.go.kr:443')).toBe(false)
    expect(at('https://job.seoul.go.kr/x', 'job.seoul.go.kr:443')).toBe(true)
    expect(at('http://10.20.30.40/x', '10.0.0.0/8')).toBe(true)
    expect(at('http://11.20.30.40/x', '10.0.0.0/8')).toBe(false)
    expect(at('http://intranet/x', '<local>')).toBe(true)
    expect(at('http://127.0.0.1:4100/x', '')).toBe(true)
    expect(at('https://portal.example.kr/x', '')).toBe(false)
  })

  it('the server is validated in Korean: host:port, never credentials', () => {
    expect(proxyServerProblem('proxy.seoul.go.kr:8080')).toBeNull()
    expect(proxyServerProblem('http://10.0.0.1:80')).toBeNull()
    expect(proxyServerProblem('proxy.seoul.go.kr')).toBe(PROXY_SERVER_MESSAGE)
    expect(proxyServerProblem('https://proxy:8080')).toBe(PROXY_SERVER_MESSAGE)
    expect(proxyServerProblem('http://kim:pw@proxy:8080')).toBe(PROXY_SERVER_CREDENTIALS_MESSAGE)
    const parsed = ProxySettings.safeParse({ mode: 'manual', server: 'proxy:99999' })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.message).toBe(PROXY_SERVER_MESSAGE)
  })
})

describe("Electron's net.fetch as the portal client's fetch", () => {
  it('hands over a Request without cookies, and the portal client works on top of it', async () => {
    const sim = await startPortalSimulator({ port: 0, seed: 7, scale: 2 })
    const seen: Request[] = []
    try {
      // A stand-in with net.fetch's shape (string or Request in, web Response out): Node's fetch underneath.
      const netFetch = async (input: string | Request, init?: RequestInit) => {
        expect(typeof input === 'string' || input instanceof Request).toBe(true)
        const request = new Request(input, init)
        seen.push(request.clone())
        return fetch(request)
      }
      const client = new PortalClient({ baseUrl: sim.url, fetch: chromiumFetch(netFetch) })
      await client.signIn('manager', 'demo')
      expect(seen.length).toBeGreaterThan(0)
      expect(seen.every((request) => request.credentials === 'omit')).toBe(true)
      expect(seen[0]!.url).toContain(sim.url)
    } finally {
      await sim.close()
    }
  })
})
