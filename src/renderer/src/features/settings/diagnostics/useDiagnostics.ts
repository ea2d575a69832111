import { useMutation, useQuery } from '@tanstack/react-query'
import { call } from '../../../api'
import { notify } from '../../../lib/notify'
import { settingsKeys } from '../queryKeys'

/** 진단 정보: versions, folders, counts, last syncs, outbox counts (nothing personal). */
export function useDiagnostics() {
  return useQuery({ queryKey: settingsKeys.diagnostics, queryFn: () => call('diagnostics:get', {}) })
}

/** 진단 정보 저장: main asks where (the save dialog) and writes the zip. */
export function useSaveDiagnostics() {
  return useMutation({
    mutationFn: () => call('diagnostics:save', {}),
    onSuccess: (result) => {
      if (result.saved) notify.success({ title: '진단 정보를 저장했습니다', message: `${result.fileName} — 개인정보와 캐시 파일은 들어 있지 않습니다.` })
    }
  })
}

export function useOpenLogFolder() {
  return useMutation({ mutationFn: () => call('diagnostics:openLogFolder', {}) })
}
