import { useQuery } from '@tanstack/react-query'
import { call, queryKeys } from '../../api'

export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => call('app:info', {}), staleTime: Infinity })
}
