import { net, session } from 'electron'
import type { ProxySettings } from '../../shared/ipc/views'
import { chromiumFetch } from '../shell/chromiumFetch'
import { chromiumProxyConfig } from '../shell/proxyConfig'

type Log = (level: 'info' | 'warn' | 'error', message: string, meta?: unknown) => void

/** The last proxy change being applied; a portal request waits for it, so none leaves on the old route. */
let applied: Promise<void> = Promise.resolve()

/**
 * 설정's proxy onto the default session (which net.fetch uses). Pooled connections are closed, or they
 * would keep the old route until they time out.
 */
export function applyProxySettings(proxy: ProxySettings, log: Log): void {
  const config = chromiumProxyConfig(proxy)
  applied = applied
    .then(() => session.defaultSession.setProxy(config))
    .then(() => session.defaultSession.closeAllConnections())
    .then(() => log('info', 'proxy applied', config))
    .catch((error: unknown) => log('error', 'proxy could not be applied', { config, error: error instanceof Error ? error.message : String(error) }))
}

/** The portal client's fetch in the app: Chromium's network stack (proxy, PAC, Windows certificates). */
export function electronPortalFetch(): typeof fetch {
  return chromiumFetch(async (input, init) => {
    await applied
    return net.fetch(input, init)
  })
}
