import type { RendererFeature } from '../feature'

/** Query keys of the sync feature: the sync itself, the cache's and the outbox's counts, the queued writes and the quarantine. */
export const syncKeys = {
  all: ['sync'] as const,
  status: ['sync', 'status'] as const,
  cacheStatus: ['sync', 'cacheStatus'] as const,
  outboxCounts: ['sync', 'outboxCounts'] as const,
  pendingWrites: ['sync', 'pendingWrites'] as const,
  quarantine: ['sync', 'quarantine'] as const
}

/** The status itself is polled, so it is never invalidated; the counts and lists over the cache are. */
export const syncFeature: RendererFeature = {
  invalidateOnSync: [syncKeys.cacheStatus, syncKeys.outboxCounts, syncKeys.pendingWrites, syncKeys.quarantine],
  invalidateOnOutboxChange: [syncKeys.cacheStatus, syncKeys.outboxCounts, syncKeys.pendingWrites]
}
