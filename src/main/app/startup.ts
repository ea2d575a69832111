import { createCore, type Core, type CoreOptions } from '../core'
import { CACHE_KEY_ENV, cacheKeyFromEnv, loadOrCreateSealedKey, type KeySealer } from '../core/cacheKey'
import { startPortalSimulator, DEMO_ACCOUNTS, type PortalSimulator, type StartOptions } from '../simulator'
import { applyMachineDefaults, machineDefaultsFile, readMachineDefaults } from '../core/machineDefaults'

export interface StartedApp {
  core: Core
  /** The built-in simulator once one runs (at start for `npm run dev`, at `app:startDemo` when packaged). */
  readonly simulator: PortalSimulator | null
  close(): Promise<void>
}

/** The demo's portal: the same seeded data on every PC. */
const DEMO_SIMULATOR: StartOptions = { port: 0, seed: 1, scale: 1000 }

export type StartAppOptions = Omit<CoreOptions, 'portalUrl' | 'demoMode' | 'cacheKey' | 'startDemo' | 'packaged'> & {
  keySealer: KeySealer
  /** `app.isPackaged`. */
  packaged: boolean
  /** The demo simulator's options (tests start a smaller one). */
  demoSimulator?: StartOptions
  /** IT's defaults for every user of the PC (core/machineDefaults.ts); null: none. Default: %ProgramData%'s on Windows. */
  machineDefaultsFile?: string | null
}

/**
 * Starts the core for the desktop app. With no portal configured (a newcomer's first run):
 * - `npm run dev` (not packaged) starts the built-in portal simulator on a free loopback port and
 *   signs in as the demo manager, so there is data to look at at once;
 * - an installed app starts without it: the sign-in screen offers the demo as a visible choice
 *   (`app:startDemo`, which starts the simulator for this run), and a staff member signs in
 *   themselves — nobody is ever signed in as a manager automatically on a city PC.
 * The 설정 screen sets a real portal URL.
 */
/**
 * The cache key of this installation, sealed by the OS key store (safeStorage: DPAPI on Windows). An
 * installed app without a key store refuses to open the cache. `npm run dev` on a machine without one
 * (a Linux box with no secret service) uses SEOUL_DESK_CACHE_KEY, else a fixed development key, and
 * says so in the log: such a cache holds the simulator's demo data, and the README says not to point
 * a development run at the real portal.
 */
export async function appCacheKey(options: {
  dataDir: string
  sealer: KeySealer
  packaged: boolean
  env: NodeJS.ProcessEnv
  log?: CoreOptions['log'] | undefined
}): Promise<{ key: string }> {
  if (!options.packaged && !(await options.sealer.available())) {
    const fromEnv = options.env[CACHE_KEY_ENV]
    options.log?.('warn', fromEnv ? `no OS key store: the cache key comes from ${CACHE_KEY_ENV}` : 'no OS key store: development cache key in use (demo data only)')
    return { key: fromEnv ? cacheKeyFromEnv(options.env) : DEVELOPMENT_CACHE_KEY }
  }
  const sealed = await loadOrCreateSealedKey(options.dataDir, options.sealer)
  if (sealed.unreadableMovedTo) options.log?.('warn', `sealed cache key could not be opened and was moved to ${sealed.unreadableMovedTo}; a new key was made`)
  return sealed
}

/** `npm run dev` without an OS key store only (never an installed app). */
const DEVELOPMENT_CACHE_KEY = 'seoul-desk-development-only-cache-key-not-for-real-data'

export async function startApp({
  keySealer,
  packaged,
  demoSimulator = DEMO_SIMULATOR,
  machineDefaultsFile: defaultsFile = machineDefaultsFile(process.platform, process.env),
  ...appOptions
}: StartAppOptions): Promise<StartedApp> {
  const sealedKey = await appCacheKey({ dataDir: appOptions.dataDir, sealer: keySealer, packaged, env: process.env, log: appOptions.log })
  let simulator: Promise<PortalSimulator> | null = null
  let running: PortalSimulator | null = null
  // One simulator per run, however often the demo is asked for.
  const startDemo = async (): Promise<string> => {
    simulator ??= startPortalSimulator(demoSimulator).then((started) => (running = started))
    try {
      return (await simulator).url
    } catch (error) {
      simulator = null
      throw error
    }
  }
  const options = { ...appOptions, cacheKey: sealedKey.key, packaged, startDemo }
  const started = (core: Core): StartedApp => ({
    core,
    get simulator() {
      return running
    },
    close: async () => {
      core.close()
      const pending = simulator
      simulator = null
      if (pending) await pending.then((sim) => sim.close(), () => undefined)
    }
  })

  const probe = await createCore(options)
  // The portal IT set for the PC, where the user has not chosen one (their setting wins).
  applyMachineDefaults(probe.context.session, readMachineDefaults(defaultsFile, appOptions.log))
  if (probe.context.session.portalUrl || packaged) return started(probe)
  probe.close()

  const url = await startDemo()
  const core = await createCore({ ...options, portalUrl: url, demoMode: true })
  const manager = DEMO_ACCOUNTS.find((a) => a.username === 'manager')
  if (manager) {
    try {
      await core.context.session.signIn(manager.username, manager.password)
      core.context.sync.start().done.catch(() => undefined)
    } catch (error) {
      options.log?.('warn', `demo sign-in failed: ${String(error)}`)
    }
  }
  return started(core)
}
