import type { AttractiveJobListRequest } from '../../../shared/ipc/attractiveJobViews'

/** React Query keys, one place, so invalidation after a sync reaches every screen. */
export const queryKeys = {
  session: ['auth', 'session'] as const,
  appInfo: ['app', 'info'] as const,
  settings: ['settings'] as const,
  syncStatus: ['sync', 'status'] as const,
  cacheStatus: ['cache', 'status'] as const,
  /** Outbox views: the 확인 필요 inbox and the queued writes (one prefix, invalidated together). */
  outbox: ['outbox'] as const,
  inbox: ['outbox', 'inbox'] as const,
  outboxPending: ['outbox', 'pending'] as const,
  quarantine: ['sync', 'quarantine'] as const,
  attractiveJobs: ['attractiveJobs'] as const,
  /** Same key as the review workspace's reviewKeys.dashboard (shared cache entry). */
  attractiveJobDashboard: ['attractiveJobs', 'dashboard'] as const,
  attractiveJobList: (request: AttractiveJobListRequest) => ['attractiveJobs', 'list', request] as const,
  attractiveJob: (id: string) => ['attractiveJobs', 'get', id] as const
}
