import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { call, queryKeys } from '../../api'
import type { AttractiveJobListRequest } from '../../../../shared/ipc/attractiveJobViews'
import { reviewKeys } from './reviewKeys'

export function useAttractiveJobList(request: AttractiveJobListRequest) {
  return useQuery({
    queryKey: queryKeys.attractiveJobList(request),
    queryFn: () => call('attractiveJobs:list', request),
    placeholderData: keepPreviousData
  })
}

export function useAttractiveJob(id: string | null) {
  return useQuery({
    queryKey: queryKeys.attractiveJob(id ?? ''),
    queryFn: () => call('attractiveJobs:get', { id: id ?? '' }),
    enabled: id !== null
  })
}

/** The 25 자치구 in official code order (as main returns them). */
export function useDistricts() {
  return useQuery({
    queryKey: reviewKeys.districts,
    queryFn: () => call('reference:districts', {}),
    staleTime: 5 * 60_000
  })
}

/** Program years present in the cache (for the 사업연도 filter). */
export function useProgramYears() {
  return useQuery({
    queryKey: reviewKeys.dashboard,
    queryFn: () => call('attractiveJobs:dashboard', {}),
    select: (d) => d.programYears
  })
}
