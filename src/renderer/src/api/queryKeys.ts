import type { AttractiveJobListRequest } from '../../../shared/ipc/attractiveJobViews'

/** React Query keys, one place, so invalidation after a sync reaches every screen. */
export const queryKeys = {
  session: ['auth', 'session'] as const,
  appInfo: ['app', 'info'] as const,
  settings: ['settings'] as const,
  syncStatus: ['sync', 'status'] as const,
  cacheStatus: ['cache', 'status'] as const,
  attractiveJobs: ['attractiveJobs'] as const,
  attractiveJobList: (request: AttractiveJobListRequest) => ['attractiveJobs', 'list', request] as const,
  attractiveJob: (id: string) => ['attractiveJobs', 'get', id] as const
}
