import { createCore, type Core, type CoreOptions } from '../core'
import { startPortalSimulator, DEMO_ACCOUNTS, type PortalSimulator } from '../simulator'

export interface StartedApp {
  core: Core
  simulator: PortalSimulator | null
  close(): Promise<void>
}

/**
 * Starts the core for the desktop app. With no portal configured (a newcomer's first run) it
 * starts the built-in portal simulator on a free loopback port and signs in as the demo manager,
 * so there is data to look at at once; the 설정 screen sets a real portal URL.
 */
export async function startApp(options: Omit<CoreOptions, 'portalUrl' | 'demoMode'>): Promise<StartedApp> {
  const probe = await createCore(options)
  const configured = probe.context.session.portalUrl
  if (configured) return { core: probe, simulator: null, close: async () => probe.close() }
  probe.close()

  const simulator = await startPortalSimulator({ port: 0, seed: 1, scale: 1000 })
  const core = await createCore({ ...options, portalUrl: simulator.url, demoMode: true })
  const manager = DEMO_ACCOUNTS.find((a) => a.username === 'manager')
  if (manager) {
    try {
      await core.context.session.signIn(manager.username, manager.password)
      core.context.sync.start().done.catch(() => undefined)
    } catch (error) {
      options.log?.('warn', `demo sign-in failed: ${String(error)}`)
    }
  }
  return {
    core,
    simulator,
    close: async () => {
      core.close()
      await simulator.close()
    }
  }
}
