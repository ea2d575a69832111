import { createCore, type Core, type CoreOptions } from '../../src/main/core'
import { startPortalSimulator, type PortalSimulator, type StartOptions } from '../../src/main/simulator'
import { makeTempDir } from './tempDir'
import { TEST_CACHE_KEY } from '../cacheKey'

export interface SimHarness {
  sim: PortalSimulator
  core: Core
  dir: ReturnType<typeof makeTempDir>
  /** Signs the core in (manager unless told otherwise) and runs one sync to completion. */
  sync(): ReturnType<Core['context']['sync']['start']>['done']
  /** A contract call through the core's dispatch, as the app makes it; a refusal fails the test with its code and message. */
  call<T>(channel: string, input: unknown): Promise<T>
  signIn(username?: string): Promise<void>
  /** Reopens the core on the same data folder (a restart of the app). */
  restart(options?: Partial<CoreOptions>): Promise<Core>
  close(): Promise<void>
}

const quiet = () => undefined

/** A live simulator over loopback HTTP and a core on a real SQLite file in a temp folder. */
export async function startHarness(simOptions: StartOptions = {}, coreOptions: Partial<CoreOptions> = {}): Promise<SimHarness> {
  const sim = await startPortalSimulator({ port: 0, seed: 7, scale: 200, ...simOptions })
  const dir = makeTempDir()
  const make = () =>
    createCore({
      cacheKey: TEST_CACHE_KEY,
      dataDir: dir.path,
      portalUrl: sim.url,
      log: quiet,
      push: { maxWaitMs: 60_000, backoff: { baseMs: 20, maxMs: 400 } },
      ...coreOptions
    })
  const harness: SimHarness = {
    sim,
    core: await make(),
    dir,
    async signIn(username = 'manager') {
      await harness.core.context.session.signIn(username, 'demo')
    },
    async call<T>(channel: string, input: unknown): Promise<T> {
      const result = await harness.core.dispatch(channel, input)
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
      return result.value as T
    },
    async sync() {
      if (!harness.core.context.session.current().online) await harness.signIn()
      return harness.core.context.sync.start().done
    },
    async restart(options = {}) {
      harness.core.close()
      harness.core = await createCore({
        cacheKey: TEST_CACHE_KEY,
        dataDir: dir.path,
        portalUrl: sim.url,
        log: quiet,
        push: { maxWaitMs: 60_000, backoff: { baseMs: 20, maxMs: 400 } },
        ...coreOptions,
        ...options
      })
      return harness.core
    },
    async close() {
      harness.core.close()
      await sim.close()
      dir.remove()
    }
  }
  return harness
}
