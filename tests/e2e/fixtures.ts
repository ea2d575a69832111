import { mkdtempSync } from 'node:fs'
import { removeTestDir } from '../helpers/tempDir'
import { connect, createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect } from '@playwright/test'
import { createCore, type Core } from '../../src/main/core'
import { startPortalSimulator } from '../../src/main/simulator'
import { CORE_INVOKE_BINDING } from './harness/binding'
import { TEST_CACHE_KEY } from '../cacheKey'
import type { FileDialogs } from '../../src/main/core/fileDialogs'

export const SIM_SEED = 7
export const SIM_SCALE = 300

type Simulator = Awaited<ReturnType<typeof startPortalSimulator>>

/**
 * The network between the app and the portal: a TCP relay in front of the simulator. Closing it refuses
 * new connections and cuts open ones (keep-alive included), while the portal itself keeps running with
 * its data and its issued tokens — as when a session room's network goes down and comes back.
 */
class NetworkLink {
  private server: Server | null = null
  private readonly sockets = new Set<Socket>()
  port = 0

  constructor(private readonly targetPort: number) {}

  async up(): Promise<void> {
    if (this.server) return
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1')
      for (const s of [client, upstream]) {
        this.sockets.add(s)
        s.on('close', () => this.sockets.delete(s))
        s.on('error', () => {
          client.destroy()
          upstream.destroy()
        })
      }
      client.pipe(upstream)
      upstream.pipe(client)
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => {
        server.off('error', reject)
        resolve()
      })
    })
    this.port = (server.address() as { port: number }).port
    this.server = server
  }

  async down(): Promise<void> {
    const server = this.server
    if (!server) return
    this.server = null
    for (const s of this.sockets) s.destroy()
    this.sockets.clear()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

/**
 * The test's portal. `stop()` takes it off the network (the app is then offline); `start()` brings
 * it back — same address, same data, same signed-in sessions — as when a session room's network
 * returns. `sim` (the simulator's test hooks) stays usable while the network is down.
 */
export interface TestPortal {
  readonly url: string
  readonly sim: Simulator
  stop(): Promise<void>
  start(): Promise<void>
}

export interface CoreLogLine {
  level: string
  message: string
  meta?: unknown
}

/**
 * The core's clock: the real time plus whatever the test moved it on by (idle minutes, retention days),
 * so a test never sleeps for what a clock can say. The browser's own timers are not moved.
 */
export interface TestClock {
  now(): Date
  advance(ms: number): void
}

/**
 * The system file dialogs as the test answers them: the next save, folder or open dialog returns the
 * path set here (once), or null — the user cancelled — when none is set. `shown` lists what 폴더 열기 showed.
 */
export interface TestDialogs {
  answerSave(path: string): void
  answerFolder(path: string): void
  answerOpen(path: string): void
  /** Every dialog the app opened, in order ('save' | 'folder' | 'open'), with the suggested name for a save. */
  readonly opened: { kind: 'save' | 'folder' | 'open'; defaultName?: string }[]
  readonly shown: string[]
  /** The core's side of the same dialogs (CoreOptions.dialogs). */
  readonly forCore: FileDialogs
}

export interface E2EFixtures {
  /** The portal simulator for this test (seed 7, scale 300), which can be stopped and started again. */
  portal: TestPortal
  /** The clock the core reads (`createCore({ now })`). */
  clock: TestClock
  /** Every channel the page called, in order (what a screen asked of main, e.g. none it may not). */
  coreCalls: string[]
  /** The real core (fresh temp data dir, portalUrl = the simulator), answering the page's window.api. */
  core: Core
  coreLog: CoreLogLine[]
  dialogs: TestDialogs
}

export interface E2EOptions {
  /**
   * An installed app with no portal configured (`test.use({ demoPortal: true })`): the sign-in screen
   * offers 데모 모드로 둘러보기, which "starts" the test's simulator as the built-in one.
   */
  demoPortal: boolean
}

/**
 * Every test gets its own simulator and core, and a page with the binding the e2e renderer's api
 * transport calls (tests/renderer/e2e-harness, served by playwright.config.ts's webServer): each call
 * goes to `core.dispatch` in this process. So the renderer, the IPC contract, zod validation, the cache
 * and the sync run for real; only Electron's ipcRenderer/ipcMain hop is replaced.
 */
export const test = base.extend<E2EFixtures & E2EOptions>({
  demoPortal: [false, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies
  portal: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'seoul-jobs-sim-'))
    const dbPath = join(dir, 'portal.sqlite')
    const sim: Simulator = await startPortalSimulator({ port: 0, seed: SIM_SEED, scale: SIM_SCALE, dbPath })
    const link = new NetworkLink(sim.port)
    await link.up()
    const portal: TestPortal = {
      url: `http://127.0.0.1:${link.port}`,
      sim,
      stop: () => link.down(),
      start: () => link.up()
    }
    await use(portal)
    await link.down()
    await sim.close()
    removeTestDir(dir)
  },
  // eslint-disable-next-line no-empty-pattern -- see above
  coreLog: async ({}, use) => {
    await use([])
  },
  // eslint-disable-next-line no-empty-pattern -- see above
  clock: async ({}, use) => {
    let offsetMs = 0
    await use({
      now: () => new Date(Date.now() + offsetMs),
      advance: (ms) => {
        offsetMs += ms
      }
    })
  },
  // eslint-disable-next-line no-empty-pattern -- see above
  coreCalls: async ({}, use) => {
    await use([])
  },
  // eslint-disable-next-line no-empty-pattern -- see above
  dialogs: async ({}, use) => {
    const next: { save: string | null; folder: string | null; open: string | null } = { save: null, folder: null, open: null }
    const take = (kind: keyof typeof next) => {
      const path = next[kind]
      next[kind] = null
      return path
    }
    const opened: TestDialogs['opened'] = []
    const shown: string[] = []
    await use({
      answerSave: (path) => void (next.save = path),
      answerFolder: (path) => void (next.folder = path),
      answerOpen: (path) => void (next.open = path),
      opened,
      shown,
      forCore: {
        chooseSaveFile: ({ defaultName }: { defaultName: string }) => {
          opened.push({ kind: 'save', defaultName })
          return Promise.resolve(take('save'))
        },
        chooseFolder: () => {
          opened.push({ kind: 'folder' })
          return Promise.resolve(take('folder'))
        },
        chooseOpenFile: () => {
          opened.push({ kind: 'open' })
          return Promise.resolve(take('open'))
        },
        showInFolder: (path: string) => void shown.push(path)
      }
    })
  },
  core: async ({ portal, coreLog, clock, demoPortal, dialogs }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'seoul-jobs-e2e-'))
    const core = await createCore({
      cacheKey: TEST_CACHE_KEY,
      dataDir,
      ...(demoPortal ? { packaged: true, startDemo: () => Promise.resolve(portal.url) } : { portalUrl: portal.url }),
      appVersion: '0.0.0-e2e',
      now: () => clock.now(),
      dialogs: dialogs.forCore,
      // 설정's 데이터 폴더: the pointer lives in the test's data folder, as in the app's default one.
      dataHome: dataDir,
      log: (level, message, meta) => {
        coreLog.push({ level, message, meta })
      }
    })
    await use(core)
    core.close()
    removeTestDir(dataDir)
  },
  page: async ({ page, core, coreCalls }, use) => {
    await page.exposeBinding(CORE_INVOKE_BINDING, (_source, channel: string, input: unknown) => {
      coreCalls.push(channel)
      return core.dispatch(channel, input)
    })
    await use(page)
  }
})

export { expect }
