import { useCallback, useSyncExternalStore } from 'react'
import { PATHS, ROUTE_PARAM_KEYS, hrefFor, isAppPath, type AppPath, type RouteParams } from './paths'

function rawHash(): string {
  return window.location.hash.replace(/^#/, '') || PATHS.home
}

function readPath(): AppPath {
  const path = rawHash().split('?')[0] ?? PATHS.home
  return isAppPath(path) ? path : PATHS.home
}

function readQuery(): string {
  const raw = rawHash()
  const at = raw.indexOf('?')
  return at < 0 ? '' : raw.slice(at + 1)
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function navigate(path: AppPath, params?: RouteParams): void {
  window.location.hash = hrefFor(path, params)
}

/** The current route and a navigate function; the hash is the single source of truth. */
export function useHashRoute(): { path: AppPath; navigate: (path: AppPath, params?: RouteParams) => void } {
  const path = useSyncExternalStore(subscribe, readPath, () => PATHS.home)
  const go = useCallback((next: AppPath, params?: RouteParams) => navigate(next, params), [])
  return { path, navigate: go }
}

/**
 * The current hash's query parameters (`open`, `filter`) and a function that clears them, keeping the path
 * (a screen calls it once it has acted on them).
 */
export function useHashParams(): { params: RouteParams; clear: () => void } {
  const query = useSyncExternalStore(subscribe, readQuery, () => '')
  const parsed = new URLSearchParams(query)
  const params: RouteParams = {}
  for (const key of ROUTE_PARAM_KEYS) {
    const value = parsed.get(key)
    if (value) params[key] = value
  }
  const clear = useCallback(() => {
    if (readQuery()) window.history.replaceState(null, '', `#${readPath()}`)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  }, [])
  return { params, clear }
}
