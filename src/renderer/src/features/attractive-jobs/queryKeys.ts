import type { AttractiveJobListRequest, BulkTarget } from '../../../../shared/domains/attractive-jobs/views'
import type { ReviewAction } from '../../../../shared/portal'
import type { RendererFeature } from '../feature'

/**
 * Query keys of 매력일자리. Everything shares the `all` prefix, so one invalidation after a sync or a
 * write reaches lists, details, the dashboard (also the home tile's) and the saved views — except
 * `refresh`, which is outside it on purpose: the pre-decision refresh must never re-run because a list
 * was invalidated (it invalidates them itself).
 */
export const attractiveJobsKeys = {
  all: ['attractiveJobs'] as const,
  list: (request: AttractiveJobListRequest) => ['attractiveJobs', 'list', request] as const,
  detail: (id: string) => ['attractiveJobs', 'detail', id] as const,
  dashboard: ['attractiveJobs', 'dashboard'] as const,
  views: ['attractiveJobs', 'views', 'list'] as const,
  lastView: ['attractiveJobs', 'views', 'last'] as const,
  bulkPreview: (target: BulkTarget, action: ReviewAction) => ['attractiveJobs', 'bulkPreview', target, action] as const,
  /** Outside `all` on purpose (see above); a new nonce per dialog opening refreshes again. */
  refresh: (id: string, nonce: number) => ['attractiveJobsRefresh', id, nonce] as const
}

export const attractiveJobsFeature: RendererFeature = {
  invalidateOnSync: [attractiveJobsKeys.all],
  invalidateOnOutboxChange: [attractiveJobsKeys.all]
}
