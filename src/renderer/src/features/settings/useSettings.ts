import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import { authKeys } from '../auth/queryKeys'
import { invalidateAfterSync } from '../registry'
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

/**
 * Saves the automatic lock and the retention period. The session carries the lock minutes and the
 * retention status the period, so both are re-read.
 */
export function useUpdateSecuritySettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { idleLockMinutes: number; retentionDays: number }) => call('settings:update', input),
    onSuccess: (settings) => {
      client.setQueryData(settingsKeys.current, settings)
      void client.invalidateQueries({ queryKey: authKeys.session })
      void client.invalidateQueries({ queryKey: settingsKeys.retention })
      notify.success({
        title: '저장했습니다',
        message: `자동 잠금 ${settings.idleLockMinutes}분, 보유기간 ${settings.retentionDays}일로 바꿨습니다.`
      })
    }
  })
}

/** The retention period in force (기본값 or 설정됨) and the last purge. */
export function useRetentionStatus() {
  return useQuery({ queryKey: settingsKeys.retention, queryFn: () => call('privacy:retention', {}) })
}

/** 지금 파기 (manager): removes the cached registrations past the period now; the screens over them are re-read. */
export function usePurgeNow() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('privacy:purgeNow', {}),
    onSuccess: (status) => {
      client.setQueryData(settingsKeys.retention, status)
      void invalidateAfterSync(client)
      notify.success({ title: '파기했습니다', message: `보유기간이 지난 재취업 등록 ${status.lastPurgedCount ?? 0}건을 이 컴퓨터에서 지웠습니다.` })
    }
  })
}
