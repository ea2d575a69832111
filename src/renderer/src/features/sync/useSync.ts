import { useEffect, useRef } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import { COLLECTION_LABELS } from '../../../../shared/domain/labels'
import type { CollectionName } from '../../../../shared/portal'
import type { CollectionProgress, OutboxCounts, SyncStatus, SyncSummary } from '../../../../shared/ipc/views'
import { formatCount } from '../../lib/format'
import { invalidateAfterOutboxChange, invalidateAfterSync } from '../registry'
import { syncKeys } from './queryKeys'
import { notify } from '../../lib/notify'

/** The notice of a sync's outcome: one at a time, the newest. */
const SYNC_RESULT = 'sync-result'

export const SYNC_POLL_RUNNING_MS = 1_000
/** While writes wait and the portal is reachable, a send starts within seconds (main nudges it): watch for it. */
export const SYNC_POLL_SENDING_MS = 1_000
export const SYNC_POLL_IDLE_MS = 10_000

/**
 * sync:status (cheap: main's memory and one small query), polled every second while a sync runs or
 * while queued writes are about to be sent (main sends them by itself a moment after they are queued,
 * and the header's "보낼 것" should drop as soon as it has), and every ten seconds otherwise.
 */
export function useSyncStatus() {
  const client = useQueryClient()
  return useQuery({
    queryKey: syncKeys.status,
    queryFn: () => call('sync:status', {}),
    refetchInterval: (query) => {
      if (query.state.data?.running) return SYNC_POLL_RUNNING_MS
      const pending = client.getQueryData<OutboxCounts>(syncKeys.outboxCounts)?.pending ?? 0
      return pending > 0 && query.state.data?.online ? SYNC_POLL_SENDING_MS : SYNC_POLL_IDLE_MS
    }
  })
}

/** Whether this sync is past its push part: main sends the outbox first, then pulls the feeds. */
export function pushFinished(status: SyncStatus | undefined): boolean {
  return status?.running === true && status.progress.some((p) => p.pulled > 0 || p.done)
}

/** Every two seconds while a sync runs (its counts move), every ten otherwise. */
function useCountsPollMs(): () => number {
  const client = useQueryClient()
  return () => (client.getQueryData<SyncStatus>(syncKeys.status)?.running ? SYNC_POLL_RUNNING_MS * 2 : SYNC_POLL_IDLE_MS)
}

/**
 * cache:status (the count of every collection, the outbox's counts, the quarantine), polled along with
 * the sync status, for the screens that show the cache's contents: 홈, 동기화, 재취업.
 */
export function useCacheStatus() {
  const refetchInterval = useCountsPollMs()
  return useQuery({ queryKey: syncKeys.cacheStatus, queryFn: () => call('cache:status', {}), refetchInterval })
}

/**
 * The counts the navigation shows: 확인 필요 = conflicts + rejected, 보낼 것 = pending. From outbox:counts,
 * which reads the outbox alone: the shell polls it on every screen, and counting every table is not
 * needed for two numbers.
 */
export function useOutboxCounts(): { attention: number; pending: number } | null {
  const refetchInterval = useCountsPollMs()
  const counts = useQuery({ queryKey: syncKeys.outboxCounts, queryFn: () => call('outbox:counts', {}), refetchInterval }).data
  if (!counts) return null
  return { attention: counts.conflicts + counts.rejected, pending: counts.pending }
}

/**
 * Sync on regaining the network: the browser's `online` event starts a sync (one already running is
 * fine — its result is reported as usual). Mounted once, in the shell.
 */
export function useSyncOnReconnect(): void {
  const client = useQueryClient()
  useEffect(() => {
    const onOnline = () => {
      call('sync:start', {})
        .then(() => client.invalidateQueries({ queryKey: syncKeys.status }))
        .catch(() => undefined)
    }
    window.addEventListener('online', onOnline)
    return () => window.removeEventListener('online', onOnline)
  }, [client])
}

/**
 * 지금 동기화. `announce: false` for a screen's own 동기화 실행 button, whose spinner already says it
 * started; the result is announced when the sync finishes either way (useSyncCompletionNotifier).
 */
export function useStartSync({ announce = true }: { announce?: boolean } = {}) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('sync:start', {}),
    onSuccess: async ({ started }) => {
      if (announce) {
        notify.info({
          topic: 'sync-start',
          title: started ? '동기화를 시작했습니다' : '동기화가 이미 진행 중입니다',
          message: started ? '포털에서 변경된 자료를 받아옵니다.' : '진행 중인 동기화가 끝나면 결과를 알려 드립니다.'
        })
      }
      // Polled every ten seconds when idle: read it now, so the running sync (and its end) is seen at once.
      await client.invalidateQueries({ queryKey: syncKeys.status })
    },
    onError: (error) => {
      notify.failure({ topic: SYNC_RESULT, title: '동기화를 시작하지 못했습니다', error })
    }
  })
}

export function collectionLabel(name: string): string {
  return COLLECTION_LABELS[name as CollectionName] ?? name
}

/** "매력일자리 1,200건": the collection being pulled now (or the last one). */
export function describeProgress(progress: readonly CollectionProgress[]): string | null {
  const current = progress.find((p) => !p.done) ?? progress.at(-1)
  if (!current) return null
  return `${collectionLabel(current.collection)} ${formatCount(current.pulled)}건`
}

export function describeSummary(summary: SyncSummary): string {
  const parts = Object.entries(summary.pulled)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${collectionLabel(name)} ${formatCount(n)}건`)
  const pulled = parts.length > 0 ? `받음: ${parts.join(', ')}` : '새로 받은 자료 없음'
  const extra: string[] = []
  if (summary.pushed > 0) extra.push(`보냄 ${formatCount(summary.pushed)}건`)
  if (summary.conflicts > 0) extra.push(`충돌 ${formatCount(summary.conflicts)}건`)
  if (summary.rejected > 0) extra.push(`거부 ${formatCount(summary.rejected)}건`)
  if (summary.quarantined > 0) extra.push(`격리 ${formatCount(summary.quarantined)}건`)
  return [pulled, ...extra].join(' · ')
}

/**
 * Mounted once (in the shell). When a sync's push part is over, the outbox counts are read again at
 * once (the header's "보낼 것" drops while the feeds are still being pulled); when the sync finishes,
 * every cache-backed query is refreshed and the result shown — the newest result replaces the last,
 * so a failure a later success made stale goes. Keyed on lastSummary.finishedAt, so a sync shorter
 * than one poll is seen too.
 */
export function useSyncCompletionNotifier(status: SyncStatus | undefined): void {
  const client = useQueryClient()
  const seen = useRef<string | null | undefined>(undefined)
  const pushSeen = useRef(false)
  const finishedAt = status?.lastSummary?.finishedAt ?? null
  const pushed = pushFinished(status)

  useEffect(() => {
    if (!status?.running) {
      pushSeen.current = false
      return
    }
    if (!pushed || pushSeen.current) return
    pushSeen.current = true
    void invalidateAfterOutboxChange(client)
  }, [client, pushed, status?.running])

  useEffect(() => {
    if (!status) return
    if (seen.current === undefined) {
      seen.current = finishedAt
      return
    }
    if (finishedAt === seen.current || !status.lastSummary) return
    seen.current = finishedAt
    const summary = status.lastSummary
    void invalidateAfterSync(client)
    if (summary.error) {
      notify.failure({ topic: SYNC_RESULT, title: '동기화 실패', error: summary.error.message, detail: summary.error.detail ?? null })
    } else {
      notify.success({ topic: SYNC_RESULT, title: '동기화 완료', message: describeSummary(summary) })
    }
    notify.dismiss('sync-start')
  }, [client, finishedAt, status])
}
