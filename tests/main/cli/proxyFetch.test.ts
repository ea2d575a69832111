import { afterEach, describe, expect, it } from 'vitest'
import { cliPortalFetch, noProxyMatches, proxyFor, proxyRouteFor, shownProxy } from '../../../src/main/cli/proxyFetch'
import { explainFailure } from '../../../src/main/core/failures'
import { startPortalSimulator, type PortalSimulator } from '../../../src/main/simulator'
import { NETWORK_FAILURE_MESSAGES } from '../../../src/main/sync/errors'
import { PortalClient } from '../../../src/main/sync/portalClient'
import { cliInProcess } from '../../helpers/cli'
import { closedPort, startProxy, startTlsFront, startTlsServer, type TestProxy, type TestServer } from '../../helpers/network'
import { makeTempDir } from '../../helpers/tempDir'

const SYSTEM = { mode: 'system' } as const

/** What reaching the portal through `fetch` ends in: signed in, or the failure as a clerk is told it. */
async function signInThrough(baseUrl: string, fetch: typeof globalThis.fetch) {
  const client = new PortalClient({ baseUrl, fetch, timeoutMs: 5_000 })
  try {
    await client.signIn('manager', 'demo')
    return { ok: true as const }
  } catch (error) {
    return { ok: false as const, ...explainFailure(error) }
  }
}

describe('the CLI reaches the portal through an office proxy (HTTPS_PROXY / HTTP_PROXY / NO_PROXY)', () => {
  const open: { close(): Promise<void> }[] = []
  let sim: PortalSimulator | null = null
  const track = <T extends { close(): Promise<void> }>(thing: T): T => (open.push(thing), thing)
  afterEach(async () => {
    await Promise.all(open.splice(0).map((thing) => thing.close()))
    await sim?.close()
    sim = null
  })
  const simulator = async () => (sim = await startPortalSimulator({ port: 0, seed: 7, scale: 5 }))

  it('signs in through a forwarding proxy: the request is tunnelled to the portal', async () => {
    const portal = await simulator()
    const proxy: TestProxy = track(await startProxy('forward'))
    const result = await signInThrough(portal.url, cliPortalFetch({ HTTP_PROXY: proxy.url }, SYSTEM))
    expect(result).toEqual({ ok: true })
    expect(proxy.connects).toContain(new URL(portal.url).host)
  })

  it('NO_PROXY sends the named host direct: the proxy sees nothing', async () => {
    const portal = await simulator()
    const proxy = track(await startProxy('forward'))
    const result = await signInThrough(portal.url, cliPortalFetch({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }, SYSTEM))
    expect(result).toEqual({ ok: true })
    expect(proxy.connects).toEqual([])
    expect(proxy.plainRequests).toEqual([])
  })

  it.each(['auth_required', 'forbidden'] as const)('a proxy that refuses the tunnel (%s) is told as the proxy refusing', async (behaviour) => {
    const portal = await simulator()
    const proxy = track(await startProxy(behaviour))
    const result = await signInThrough(portal.url, cliPortalFetch({ HTTP_PROXY: proxy.url }, SYSTEM))
    expect(result).toMatchObject({ ok: false, code: 'portal_unreachable', network: 'proxy_refused', message: NETWORK_FAILURE_MESSAGES.proxy_refused })
    expect(proxy.connects.length).toBeGreaterThan(0)
  })

  it('a proxy address where nothing listens is the proxy refusing, not the portal being down', async () => {
    const portal = await simulator()
    const port = await closedPort()
    const result = await signInThrough(portal.url, cliPortalFetch({ HTTP_PROXY: `http://127.0.0.1:${port}` }, SYSTEM))
    expect(result).toMatchObject({ ok: false, network: 'proxy_refused' })
    expect(result.ok === false && result.detail).toContain(`via proxy http://127.0.0.1:${port}`)
  })

  it('an HTTPS portal whose certificate this PC does not trust: told as the certificate, direct and through the proxy', async () => {
    const portal = await simulator()
    const front: TestServer = track(await startTlsFront(new URL(portal.url).port ? Number(new URL(portal.url).port) : 80))
    const proxy = track(await startProxy('forward'))
    const url = `https://127.0.0.1:${front.port}`
    const direct = await signInThrough(url, cliPortalFetch({}, SYSTEM))
    const proxied = await signInThrough(url, cliPortalFetch({ HTTPS_PROXY: proxy.url }, SYSTEM))
    for (const result of [direct, proxied]) {
      expect(result).toMatchObject({ ok: false, network: 'certificate', message: NETWORK_FAILURE_MESSAGES.certificate })
    }
    expect(proxy.connects).toEqual([`127.0.0.1:${front.port}`])
  })

  it('nothing listening at the portal is the portal being down; a 503 from its gateway too', async () => {
    const port = await closedPort()
    expect(await signInThrough(`http://127.0.0.1:${port}`, cliPortalFetch({}, SYSTEM))).toMatchObject({ ok: false, network: 'portal_down' })
    const gateway = track(await startTlsServer(503))
    // The 503 answer comes over TLS with an untrusted certificate: the certificate is what fails first.
    expect(await signInThrough(`https://127.0.0.1:${gateway.port}`, cliPortalFetch({}, SYSTEM))).toMatchObject({ ok: false, network: 'certificate' })
  })

  it('`sync` on the command line: one Korean line saying the proxy refused, and a failing exit code', async () => {
    const portal = await simulator()
    const proxy = track(await startProxy('auth_required'))
    const dir = makeTempDir()
    try {
      const run = await cliInProcess(['sync', '--portal', portal.url, '--user', 'manager', '--data-dir', dir.path], { HTTP_PROXY: proxy.url })
      expect(run.code).not.toBe(0)
      expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^오류: 프록시 서버가 포털 연결을 거부했습니다\./)
      expect(proxy.connects.length).toBeGreaterThan(0)
    } finally {
      dir.remove()
    }
  })
})

describe('the route a request takes', () => {
  const portal = new URL('https://job.seoul.go.kr/admin/v1/staff/me')

  it('the environment wins over 설정; lowercase variables first, as curl reads them', () => {
    const manual = { mode: 'manual', server: 'proxy.seoul.go.kr:8080', bypass: '' } as const
    expect(proxyRouteFor({ https_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:2' }, manual)).toMatchObject({ source: 'env', httpsProxy: 'http://a:1' })
    expect(proxyRouteFor({}, manual)).toEqual({ source: 'settings', server: 'http://proxy.seoul.go.kr:8080', bypass: '' })
    expect(proxyRouteFor({ HTTPS_PROXY: '  ' }, SYSTEM)).toEqual({ source: 'none' })
  })

  it("HTTPS goes through HTTPS_PROXY, falling back to HTTP_PROXY; 설정's bypass list is honoured", () => {
    expect(proxyFor({ source: 'env', httpProxy: 'http://h:1', httpsProxy: null, noProxy: '' }, portal)).toBe('http://h:1')
    expect(proxyFor({ source: 'env', httpProxy: 'http://h:1', httpsProxy: 'http://s:2', noProxy: '' }, portal)).toBe('http://s:2')
    expect(proxyFor({ source: 'settings', server: 'http://p:8080', bypass: '*.seoul.go.kr' }, portal)).toBeNull()
    expect(proxyFor({ source: 'settings', server: 'http://p:8080', bypass: '*.example.kr' }, portal)).toBe('http://p:8080')
  })

  it('NO_PROXY: domains with or without a leading dot, ports, and *', () => {
    expect(noProxyMatches(portal, 'seoul.go.kr')).toBe(true)
    expect(noProxyMatches(portal, '.seoul.go.kr')).toBe(true)
    expect(noProxyMatches(portal, 'other.go.kr,*.seoul.go.kr')).toBe(true)
    expect(noProxyMatches(portal, 'job.seoul.go.kr:8443')).toBe(false)
    expect(noProxyMatches(portal, 'go.kr.evil')).toBe(false)
    expect(noProxyMatches(portal, '*')).toBe(true)
  })

  it('a user name and password in HTTPS_PROXY never reach a detail or the log', () => {
    expect(shownProxy('http://kim:secret@10.0.0.1:8080')).toBe('http://10.0.0.1:8080')
  })
})
