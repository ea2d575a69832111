/** Route paths (hash routing: the packaged app loads index.html from a file). */
export const PATHS = {
  home: '/',
  attractiveJobs: '/attractive-jobs',
  sme: '/sme',
  reemployment: '/reemployment',
  reports: '/reports',
  sync: '/sync',
  settings: '/settings'
} as const

export type AppPath = (typeof PATHS)[keyof typeof PATHS]

const KNOWN = new Set<string>(Object.values(PATHS))

export function isAppPath(value: string): value is AppPath {
  return KNOWN.has(value)
}
