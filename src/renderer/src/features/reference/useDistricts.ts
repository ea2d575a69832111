import { useQuery } from '@tanstack/react-query'
import { call } from '../../api'
import { referenceKeys } from './queryKeys'

/** The 25 자치구 in official code order (as main returns them). */
export function useDistricts() {
  return useQuery({
    queryKey: referenceKeys.districts,
    queryFn: () => call('reference:districts', {}),
    staleTime: 5 * 60_000
  })
}
