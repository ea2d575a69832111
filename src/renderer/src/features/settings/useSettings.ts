import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import { authKeys } from '../auth/queryKeys'
import { settingsKeys } from './queryKeys'
import { notify } from '../../lib/notify'

export function useSettings() {
  return useQuery({ queryKey: settingsKeys.current, queryFn: () => call('settings:get', {}) })
}

/** Saves the portal address (null: back to the default). The session carries it too, so it is re-read. */
export function useUpdatePortalUrl() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (portalUrl: string | null) => call('settings:update', { portalUrl }),
    onSuccess: (settings) => {
      client.setQueryData(settingsKeys.current, settings)
      void client.invalidateQueries({ queryKey: authKeys.session })
      notify.success({ title: '저장했습니다', message: '포털 주소를 바꿨습니다.' })
    }
  })
}
