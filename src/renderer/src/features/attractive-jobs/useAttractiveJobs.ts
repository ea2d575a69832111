import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { call, queryKeys } from '../../api'
import type { AttractiveJobListRequest } from '../../../../shared/ipc/attractiveJobViews'

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
