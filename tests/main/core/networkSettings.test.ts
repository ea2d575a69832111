import { afterEach, describe, expect, it } from 'vitest'
import type { ProxySettings, Settings } from '../../../src/shared/ipc/views'
import type { AuditPage } from '../../../src/shared/ipc/privacyViews'
import { startHarness, type SimHarness } from '../../helpers/sim'

describe('the proxy setting reaches the network: the app applies it, every new portal client sends with it', () => {
  let h: SimHarness | null = null
  afterEach(async () => {
    await h?.close()
    h = null
  })

  it("applied at start and after each change; the next sign-in's client is made for the stored proxy", async () => {
    const applied: ProxySettings[] = []
    const madeFor: ProxySettings[] = []
    h = await startHarness(
      { scale: 5 },
      {
        onProxySettings: (proxy) => applied.push(proxy),
        portalFetch: (proxy) => {
          madeFor.push(proxy)
          return globalThis.fetch
        }
      }
    )
    expect(applied).toEqual([{ mode: 'system' }])
    await h.signIn()
    expect(madeFor).toEqual([{ mode: 'system' }])

    const manual = { mode: 'manual', server: 'proxy.seoul.go.kr:8080', bypass: '*.seoul.go.kr' } as const
    const saved = await h.call<Settings>('settings:update', { proxy: manual })
    expect(saved.proxy).toEqual(manual)
    expect(applied.at(-1)).toEqual(manual)

    await h.signIn()
    expect(madeFor.at(-1)).toEqual(manual)
    const audit = await h.call<AuditPage>('audit:list', {})
    const change = audit.rows.find((event) => event.detail?.includes('proxy.seoul.go.kr:8080'))
    expect(change?.detail).toContain('"from":{"mode":"system"}')
  })

  it('a proxy server with a password in it is refused in Korean and nothing is stored', async () => {
    h = await startHarness({ scale: 5 })
    await h.signIn()
    const result = await h.core.dispatch('settings:update', { proxy: { mode: 'manual', server: 'http://kim:pw@proxy:8080' } })
    expect(result.ok).toBe(false)
    expect(result.ok === false && result.error.issues?.[0]?.message).toMatch(/아이디나 비밀번호를 넣을 수 없습니다/)
    expect((await h.call<Settings>('settings:get', {})).proxy).toEqual({ mode: 'system' })
  })
})
