import { useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import type { BulkTarget } from '../../../../shared/domains/attractive-jobs/views'
import type { ReviewAction } from '../../../../shared/portal'
import { invalidateAfterSync } from '../registry'
import { attractiveJobsKeys } from './queryKeys'
import { attractiveJobQuery } from './useAttractiveJobs'

/**
 * Before an irreversible decision: main re-reads the record from the portal, then the cached copy is
 * read fresh and its status returned. Runs once per dialog opening (`nonce`); its key is outside
 * attractiveJobsKeys.all, so the invalidation it triggers itself never re-runs it.
 */
export function useRecordRefresh(id: string, nonce: number, enabled: boolean) {
  const client = useQueryClient()
  return useQuery({
    queryKey: attractiveJobsKeys.refresh(id, nonce),
    queryFn: async () => {
      const result = await call('records:refresh', { collection: 'attractive-jobs', id })
      const fresh = await client.fetchQuery({ ...attractiveJobQuery(id), staleTime: 0 })
      // A fresh copy came in as a sync would bring it: every view over the cache may show it.
      if (result.refreshed) void invalidateAfterSync(client)
      return { ...result, status: fresh.record.status }
    },
    enabled,
    staleTime: Infinity,
    gcTime: 0,
    retry: false
  })
}

/** What a bulk action would change and skip, computed over the cache; not kept once the dialog closes. */
export function useBulkPreview(target: BulkTarget, action: ReviewAction) {
  return useQuery({
    queryKey: attractiveJobsKeys.bulkPreview(target, action),
    queryFn: () => call('attractiveJobs:bulkPreview', { target, action }),
    gcTime: 0
  })
}
