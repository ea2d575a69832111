import { useQuery } from '@tanstack/react-query'
import { call } from '../../api'
import { appKeys } from './queryKeys'

export function useAppInfo() {
  return useQuery({ queryKey: appKeys.info, queryFn: () => call('app:info', {}), staleTime: Infinity })
}
