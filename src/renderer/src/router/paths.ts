/** Route paths (hash routing: the packaged app loads index.html from a file). */
export const PATHS = {
  home: '/',
  attractiveJobs: '/attractive-jobs',
  sme: '/sme',
  smeSheets: '/sme/sheets',
  smeCommittee: '/sme/committee',
  reemployment: '/reemployment',
  reports: '/reports',
  inbox: '/inbox',
  sync: '/sync',
  audit: '/audit',
  settings: '/settings'
} as const

export type AppPath = (typeof PATHS)[keyof typeof PATHS]

const KNOWN = new Set<string>(Object.values(PATHS))

export function isAppPath(value: string): value is AppPath {
  return KNOWN.has(value)
}

/**
 * Query parameters a screen reads from its hash (`#/attractive-jobs?open=AJ-2026-00012`).
 * `open`: the record to open on arrival (from 확인 필요 → 자료 열기).
 * `filter`: the list filter to open on, as the screen writes it (the home screen's counts → the
 * 매력일자리 list of exactly those records); the screen validates it and ignores one it does not accept.
 */
export interface RouteParams {
  open?: string
  filter?: string
}

export const ROUTE_PARAM_KEYS = ['open', 'filter'] as const satisfies readonly (keyof RouteParams)[]

export function hrefFor(path: AppPath, params: RouteParams = {}): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && value !== '') query.set(key, value)
  }
  const qs = query.toString()
  return qs ? `${path}?${qs}` : path
}
