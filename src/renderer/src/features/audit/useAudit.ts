import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import { notify } from '../../lib/notify'
import { referenceKeys } from '../reference/queryKeys'
import { describeStaff } from '../reference/useStaffDirectory'
import { auditKeys, type AuditListRequest } from './queryKeys'

/** One page of the 접속기록; the previous page stays while the next loads. */
export function useAuditList(request: AuditListRequest) {
  return useQuery({ queryKey: auditKeys.list(request), queryFn: () => call('audit:list', request), placeholderData: keepPreviousData })
}

/** A month's downloads, printouts and contact look-ups with their reasons and review marks. */
export function useMonthlyReview(month: string) {
  return useQuery({ queryKey: auditKeys.monthly(month), queryFn: () => call('audit:monthly', { month }), placeholderData: keepPreviousData })
}

/** The staff filter's choices: everyone in the cached directory, by name. */
export function useStaffChoices(): { value: string; label: string }[] {
  const directory = useQuery({ queryKey: referenceKeys.staff, queryFn: () => call('reference:staff', {}), staleTime: Infinity })
  return (directory.data ?? []).map((entry) => ({ value: entry.id, label: `${describeStaff(entry)} · ${entry.id}` })).sort((a, b) => a.label.localeCompare(b.label, 'ko'))
}

/** 점검 완료: marks the selected entries reviewed by the signed-in manager, now. */
export function useMarkReviewed() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (ids: string[]) => call('audit:markReviewed', { ids }),
    onSuccess: async ({ reviewed }) => {
      notify.success({ topic: 'audit-review', title: '점검 완료로 표시했습니다', message: `${reviewed}건에 점검한 사람과 시각을 남겼습니다.` })
      await client.invalidateQueries({ queryKey: auditKeys.all })
    },
    onError: (error) => notify.failure({ topic: 'audit-review', title: '점검 표시를 하지 못했습니다', error })
  })
}
