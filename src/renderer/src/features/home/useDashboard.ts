import { useQuery } from '@tanstack/react-query'
import { call, queryKeys } from '../../api'

/** 매력일자리 counts for the home tile (by status, 기관구분, rule failures), over the cache. */
export function useAttractiveJobDashboard() {
  return useQuery({ queryKey: queryKeys.attractiveJobDashboard, queryFn: () => call('attractiveJobs:dashboard', {}) })
}
