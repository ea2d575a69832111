import { useCallback, useSyncExternalStore } from 'react'
import { PATHS, isAppPath, type AppPath } from './paths'

function readPath(): AppPath {
  const raw = window.location.hash.replace(/^#/, '') || PATHS.home
  const path = raw.split('?')[0] ?? PATHS.home
  return isAppPath(path) ? path : PATHS.home
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function navigate(path: AppPath): void {
  window.location.hash = path
}

/** The current route and a navigate function; the hash is the single source of truth. */
export function useHashRoute(): { path: AppPath; navigate: (path: AppPath) => void } {
  const path = useSyncExternalStore(subscribe, readPath, () => PATHS.home)
  const go = useCallback((next: AppPath) => navigate(next), [])
  return { path, navigate: go }
}
