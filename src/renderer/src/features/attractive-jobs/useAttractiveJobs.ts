import { useState } from 'react'
import { keepPreviousData, queryOptions, usePrefetchQuery, useQuery } from '@tanstack/react-query'
import { call } from '../../api'
import type { AttractiveJobListRequest, AttractiveJobListResult } from '../../../../shared/domains/attractive-jobs/views'
import { attractiveJobsKeys } from './queryKeys'

/** One page of the list over the cache; also read ahead by findNextUnreviewed. */
export function attractiveJobListQuery(request: AttractiveJobListRequest) {
  return queryOptions({
    queryKey: attractiveJobsKeys.list(request),
    queryFn: () => call('attractiveJobs:list', request)
  })
}

/** One record with its rule checks, history and comments; also re-read by the pre-decision refresh. */
export function attractiveJobQuery(id: string) {
  return queryOptions({
    queryKey: attractiveJobsKeys.detail(id),
    queryFn: () => call('attractiveJobs:get', { id })
  })
}

/**
 * The list page for `request`. While a new page loads the previous one stays (keepPreviousData), and
 * when a request fails the last page shown stays too, beside the error: a refused search or a failed
 * read never empties the list and its counts.
 */
export function useAttractiveJobList(request: AttractiveJobListRequest) {
  // Asked for while the workspace renders, not once it has been painted (where useQuery starts): the
  // page then arrives while the toolbar and table are being laid out instead of after them.
  usePrefetchQuery(attractiveJobListQuery(request))
  const query = useQuery({ ...attractiveJobListQuery(request), placeholderData: keepPreviousData })
  const [lastShown, setLastShown] = useState<AttractiveJobListResult | undefined>(query.data)
  if (query.data !== undefined && query.data !== lastShown) setLastShown(query.data)
  return { data: query.data ?? lastShown, error: query.error, isFetching: query.isFetching }
}

export function useAttractiveJob(id: string | null) {
  return useQuery({ ...attractiveJobQuery(id ?? ''), enabled: id !== null })
}

/** Counts by status, 기관구분 and rule failures over the cache (the home tile), and the years present. */
export function useAttractiveJobDashboard() {
  return useQuery({ queryKey: attractiveJobsKeys.dashboard, queryFn: () => call('attractiveJobs:dashboard', {}) })
}

/** Program years present in the cache (for the 사업연도 filter), from the same cache entry as the dashboard. */
export function useProgramYears() {
  return useQuery({
    queryKey: attractiveJobsKeys.dashboard,
    queryFn: () => call('attractiveJobs:dashboard', {}),
    select: (d) => d.programYears
  })
}
