import type { QueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import { SEND_HINTS } from '../../../../shared/domains/attractive-jobs/labels'
import { syncKeys } from './queryKeys'

/**
 * When a write just queued will reach the portal. Online, main sends it a moment later (the nudge after
 * every write); offline, once the connection is back; behind a write of the same record parked in
 * 확인 필요, only once that is resolved. Asks main for the current state rather than trusting a poll.
 */
export async function sendHint(client: QueryClient, behindConflict: boolean): Promise<string> {
  if (behindConflict) return SEND_HINTS.behindConflict
  const status = await client.fetchQuery({ queryKey: syncKeys.status, queryFn: () => call('sync:status', {}), staleTime: 0 }).catch(() => null)
  return status?.online ? SEND_HINTS.soon : SEND_HINTS.whenOnline
}
