import { afterEach, describe, expect, it } from 'vitest'
import { appCacheKey, startApp, type StartAppOptions, type StartedApp } from '../../../src/main/app/startup'
import type { KeySealer } from '../../../src/main/core/cacheKey'
import { SETTING_PORTAL_URL } from '../../../src/main/core/session'
import { getSetting, setSetting } from '../../../src/main/db/repositories/settings'
import { startPortalSimulator, type PortalSimulator } from '../../../src/main/simulator'
import type { AppInfo, Session } from '../../../src/shared/ipc/views'
import type { IpcResult } from '../../../src/shared/ipc/result'
import type { Staff } from '../../../src/shared/portal'
import { makeTempDir } from '../../helpers/tempDir'
import { z } from 'zod'

/** Stands in for safeStorage (DPAPI): reversible, as the OS key store is for the same Windows profile. */
const sealer: KeySealer = {
  available: () => true,
  seal: (text) => Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a) as Buffer,
  unseal: (sealed) => Buffer.from(sealed.map((byte) => byte ^ 0x5a)).toString('utf8')
}

const quiet = () => undefined
let dir: ReturnType<typeof makeTempDir>
let app: StartedApp | null = null
let portal: PortalSimulator | null = null

function start(packaged: boolean, extra: Partial<StartAppOptions> = {}): Promise<StartedApp> {
  return startApp({ dataDir: dir.path, keySealer: sealer, packaged, log: quiet, demoSimulator: { port: 0, seed: 1, scale: 120 }, ...extra })
}

async function call<T>(started: StartedApp, channel: string, input: unknown = {}): Promise<T> {
  const result = (await started.core.dispatch(channel, input)) as IpcResult<T>
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.value
}

afterEach(async () => {
  await app?.close()
  app = null
  await portal?.close()
  portal = null
  dir?.remove()
})

describe('starting the desktop app', () => {
  it('installed, with no portal configured: no simulator, nobody signed in, the demo offered as a choice', async () => {
    dir = makeTempDir()
    app = await start(true)

    expect(app.simulator).toBeNull()
    const info = await call<AppInfo>(app, 'app:info')
    expect(info).toMatchObject({ packaged: true, demoAvailable: true, demoMode: false })
    const session = await call<Session>(app, 'auth:session')
    expect(session).toMatchObject({ staff: null, lastStaff: null, portalUrl: null, online: false })
  })

  it('installed: 데모 모드 starts the simulator for this run, signed out; a demo account then signs in against it', async () => {
    dir = makeTempDir()
    app = await start(true)

    const session = await call<Session>(app, 'app:startDemo')
    const simulator = app.simulator
    expect(simulator).not.toBeNull()
    expect(session).toMatchObject({ staff: null, online: false, portalUrl: simulator!.url })
    expect(await call<AppInfo>(app, 'app:info')).toMatchObject({ packaged: true, demoMode: true, demoAvailable: false })
    // Asked again (a double click): the same simulator, still signed out.
    expect(await call<Session>(app, 'app:startDemo')).toMatchObject({ staff: null, portalUrl: simulator!.url })
    expect(app.simulator).toBe(simulator)

    const staff = await call<Staff>(app, 'auth:signIn', { username: 'coordinator', password: 'demo' })
    expect(staff).toMatchObject({ id: 'S-0041', name: '정하은' })
    expect(await call<Session>(app, 'auth:session')).toMatchObject({ online: true, staff: { id: 'S-0041' }, portalUrl: simulator!.url })
    const summary = await app.core.context.sync.start().done
    expect(summary.error).toBeNull()
    expect(Object.values(summary.pulled).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0)

    // The simulator's address is this run's only: not stored, so the next start offers the choice again.
    expect(getSetting(app.core.context.db, SETTING_PORTAL_URL, z.string().nullable(), null)).toBeNull()
    await app.close()
    app = await start(true)
    expect(await call<AppInfo>(app, 'app:info')).toMatchObject({ demoMode: false, demoAvailable: true })
    expect(app.simulator).toBeNull()
  })

  it('npm run dev (not packaged), with no portal configured: the simulator and the demo manager, as before', async () => {
    dir = makeTempDir()
    app = await start(false)

    expect(app.simulator).not.toBeNull()
    const info = await call<AppInfo>(app, 'app:info')
    expect(info).toMatchObject({ packaged: false, demoMode: true, demoAvailable: false })
    expect(await call<Session>(app, 'auth:session')).toMatchObject({ online: true, staff: { id: 'S-0001', name: '김민준' }, portalUrl: app.simulator!.url })
    await app.core.context.sync.start().done
  })

  it('with a portal configured, installed or not: that portal, no demo', async () => {
    dir = makeTempDir()
    portal = await startPortalSimulator({ port: 0, seed: 3, scale: 60 })
    app = await start(true)
    setSetting(app.core.context.db, SETTING_PORTAL_URL, portal.url)
    await app.close()

    for (const packaged of [true, false]) {
      app = await start(packaged)
      expect(app.simulator).toBeNull()
      expect(await call<AppInfo>(app, 'app:info')).toMatchObject({ packaged, demoMode: false, demoAvailable: false })
      expect(await call<Session>(app, 'auth:session')).toMatchObject({ staff: null, portalUrl: portal.url })
      const refused = await app.core.dispatch('app:startDemo', {})
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_transition', message: expect.stringMatching(/포털 주소가 설정되어/) } })
      expect(app.simulator).toBeNull()
      await app.close()
      app = null
    }
  })

  it('a stored portal address the rule refuses (javascript:, plain http) counts as none', async () => {
    dir = makeTempDir()
    app = await start(true)
    for (const stored of ['javascript:alert(1)', 'http://job.seoul.go.kr', 'file:///C:/portal.html']) {
      setSetting(app.core.context.db, SETTING_PORTAL_URL, stored)
      expect(app.core.context.session.portalUrl, stored).toBeNull()
      expect(await call<AppInfo>(app, 'app:info')).toMatchObject({ demoAvailable: true })
    }
    setSetting(app.core.context.db, SETTING_PORTAL_URL, 'https://job.seoul.go.kr')
    expect(app.core.context.session.portalUrl).toBe('https://job.seoul.go.kr')
  })
})

describe('app/startup: the cache key without an OS key store', () => {
  const noKeyStore: KeySealer = {
    available: () => false,
    seal: () => {
      throw new Error('no key store')
    },
    unseal: () => {
      throw new Error('no key store')
    }
  }

  it('an installed app refuses; npm run dev takes SEOUL_DESK_CACHE_KEY, else a development key, and says so', async () => {
    const dir = makeTempDir()
    try {
      await expect(appCacheKey({ dataDir: dir.path, sealer: noKeyStore, packaged: true, env: {} })).rejects.toMatchObject({ code: 'cache_unavailable' })
      const lines: string[] = []
      const log = (_level: string, message: string) => lines.push(message)
      const fromEnv = await appCacheKey({ dataDir: dir.path, sealer: noKeyStore, packaged: false, env: { SEOUL_DESK_CACHE_KEY: 'k'.repeat(40) }, log })
      expect(fromEnv.key).toBe('k'.repeat(40))
      const development = await appCacheKey({ dataDir: dir.path, sealer: noKeyStore, packaged: false, env: {}, log })
      expect(development.key.length).toBeGreaterThanOrEqual(32)
      expect(lines).toEqual(['no OS key store: the cache key comes from SEOUL_DESK_CACHE_KEY', 'no OS key store: development cache key in use (demo data only)'])
    } finally {
      dir.remove()
    }
  })
})
