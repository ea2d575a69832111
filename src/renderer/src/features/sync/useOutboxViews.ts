import { useQuery } from '@tanstack/react-query'
import { call, queryKeys } from '../../api'

/** Writes queued on this PC and not yet confirmed by the portal (refreshed while a sync runs). */
export function usePendingWrites(running: boolean) {
  return useQuery({
    queryKey: queryKeys.outboxPending,
    queryFn: () => call('outbox:pending', {}),
    refetchInterval: running ? 2_000 : false
  })
}

/** Feed items that failed the schema and were set aside, with their raw JSON. */
export function useQuarantine() {
  return useQuery({ queryKey: queryKeys.quarantine, queryFn: () => call('sync:quarantine', {}) })
}
