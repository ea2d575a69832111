import { isAppPageUrl, type RendererSource } from './renderer'

const MAX_EXTERNAL_URL_LENGTH = 2048

/**
 * Whether `url` may go to the system browser: only an https page of the configured portal (its
 * origin exactly — not a look-alike host, not another port), never with credentials in it. With no
 * portal configured, or a portal on plain http (the built-in simulator), nothing opens.
 */
export function isAllowedExternalUrl(url: string, portalUrl: string | null): boolean {
  if (!portalUrl || url.length > MAX_EXTERNAL_URL_LENGTH) return false
  const target = parse(url)
  const portal = parse(portalUrl)
  if (!target || !portal) return false
  if (target.protocol !== 'https:' || portal.protocol !== 'https:') return false
  if (target.username !== '' || target.password !== '') return false
  return target.origin === portal.origin
}

/** `will-navigate` / `will-redirect`: the window only ever shows the app's own page. */
export function isNavigationAllowed(url: string, source: RendererSource): boolean {
  return isAppPageUrl(url, source)
}

export interface WindowOpenDecision {
  /** Electron's answer to setWindowOpenHandler: the app never opens a second window. */
  action: 'deny'
  /** Handed to shell.openExternal when the allow-list lets it through. */
  openExternally: string | null
}

/** A link with target=_blank or window.open(): no new window; a portal page opens in the browser. */
export function decideWindowOpen(url: string, portalUrl: string | null): WindowOpenDecision {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url, portalUrl) ? url : null }
}

function parse(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}
