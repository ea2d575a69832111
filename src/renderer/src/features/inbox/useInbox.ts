import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import type { CollectionName } from '../../../../shared/portal'
import { PATHS, type AppPath, type RouteParams } from '../../router'
import { invalidateAfterOutboxChange } from '../registry'
import { inboxKeys } from './queryKeys'
import { notify } from '../../lib/notify'

/** The 확인 필요 list: every conflicted or rejected outbox entry, oldest first. */
export function useInbox() {
  return useQuery({ queryKey: inboxKeys.list, queryFn: () => call('inbox:list', {}) })
}

/** One notice per 확인 필요 entry: a later outcome (a retry that worked) replaces an earlier failure. */
const noticeTopic = (seq: number) => `inbox-entry-${seq}`

/** 다시 적용: the same intent, queued again on the portal's current version. */
export function useReapply() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (seq: number) => call('inbox:reapply', { seq }),
    onSuccess: async (_result, seq) => {
      notify.success({
        topic: noticeTopic(seq),
        title: '다시 적용했습니다',
        message: '포털의 현재 자료 위에 내 변경을 다시 기록했습니다 · 포털 전송 대기'
      })
      await invalidateAfterOutboxChange(client)
    },
    onError: (error, seq) => {
      notify.failure({ topic: noticeTopic(seq), title: '다시 적용하지 못했습니다', error })
    }
  })
}

/** 내 변경 버리기 (after the confirmation): the record goes back to the portal's copy. */
export function useDiscard() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (seq: number) => call('inbox:discard', { seq }),
    onSuccess: async ({ discarded }, seq) => {
      notify.info({
        topic: noticeTopic(seq),
        title: '내 변경을 버렸습니다',
        message: discarded > 1 ? `이 자료의 변경 ${discarded}건을 버렸습니다.` : '자료는 포털의 현재 값으로 돌아갑니다.'
      })
      await invalidateAfterOutboxChange(client)
    },
    onError: (error, seq) => {
      notify.failure({ topic: noticeTopic(seq), title: '버리지 못했습니다', error })
    }
  })
}

const COLLECTION_PATHS: Record<CollectionName, AppPath> = {
  'attractive-jobs': PATHS.attractiveJobs,
  'sme-applications': PATHS.sme,
  'reemployment-sessions': PATHS.reemployment,
  'reemployment-registrations': PATHS.reemployment
}

/**
 * Where 자료 열기 goes: the collection's screen, asking it to open the record's detail over the list as
 * the staff member left it (their filters and search stay; the record need not be in the list).
 */
export function recordLocation(collection: CollectionName, recordId: string): { path: AppPath; params: RouteParams } {
  return { path: COLLECTION_PATHS[collection], params: { open: recordId } }
}
