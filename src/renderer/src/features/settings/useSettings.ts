import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import { authKeys } from '../auth/queryKeys'
import { invalidateAfterSync } from '../registry'
import { settingsKeys } from './queryKeys'
import { syncKeys } from '../sync/queryKeys'
import type { ProxySettings } from '../../../../shared/ipc/views'
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
    mutationFn: (input: { syncIntervalMinutes: number; idleLockMinutes: number; retentionDays: number }) => call('settings:update', input),
    onSuccess: (settings) => {
      client.setQueryData(settingsKeys.current, settings)
      void client.invalidateQueries({ queryKey: authKeys.session })
      void client.invalidateQueries({ queryKey: settingsKeys.retention })
      void client.invalidateQueries({ queryKey: syncKeys.status })
      void client.invalidateQueries({ queryKey: settingsKeys.diagnostics })
      notify.success({
        title: '저장했습니다',
        message: `동기화 간격 ${settings.syncIntervalMinutes}분, 자동 잠금 ${settings.idleLockMinutes}분, 보유기간 ${settings.retentionDays}일로 바꿨습니다.`
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

/** Saves how the portal is reached; main applies it to the network at once (the next request uses it). */
export function useUpdateProxy() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (proxy: ProxySettings) => call('settings:update', { proxy }),
    onSuccess: (settings) => {
      client.setQueryData(settingsKeys.current, settings)
      void client.invalidateQueries({ queryKey: settingsKeys.diagnostics })
      notify.success({
        title: '저장했습니다',
        message: settings.proxy.mode === 'system' ? '프록시: Windows 설정을 씁니다.' : `프록시: ${settings.proxy.server}을(를) 씁니다.`
      })
    }
  })
}

/** The data folder in use and a move waiting for the next start. */
export function useDataDir() {
  return useQuery({ queryKey: settingsKeys.dataDir, queryFn: () => call('settings:dataDir', {}) })
}

/** 변경…: main shows the folder dialog; a chosen folder is moved to at the next start. */
export function useChooseDataDir() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('settings:chooseDataDir', {}),
    onSuccess: (state) => {
      client.setQueryData(settingsKeys.dataDir, state)
      void client.invalidateQueries({ queryKey: settingsKeys.diagnostics })
      if (state.pending) notify.info({ title: '데이터 폴더', message: `다음 시작 때 ${state.pending}(으)로 옮깁니다.` })
    }
  })
}

export function useCancelDataDirMove() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('settings:cancelDataDirMove', {}),
    onSuccess: (state) => {
      client.setQueryData(settingsKeys.dataDir, state)
      void client.invalidateQueries({ queryKey: settingsKeys.diagnostics })
    }
  })
}
