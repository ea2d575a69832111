import { useQuery } from '@tanstack/react-query'
import { call } from '../../api'
import { syncKeys } from './queryKeys'

/** Writes queued on this PC and not yet confirmed by the portal (refreshed while a sync runs). */
export function usePendingWrites(running: boolean) {
  return useQuery({
    queryKey: syncKeys.pendingWrites,
    queryFn: () => call('outbox:pending', {}),
    refetchInterval: running ? 2_000 : false
  })
}

/** Feed items that failed the schema and were set aside, with their raw JSON. */
export function useQuarantine() {
  return useQuery({ queryKey: syncKeys.quarantine, queryFn: () => call('sync:quarantine', {}) })
}
