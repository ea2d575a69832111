import { useEffect } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import type { ChannelInput } from '../../../../shared/ipc/contract'
import { authKeys } from './queryKeys'

export function useSession() {
  return useQuery({ queryKey: authKeys.session, queryFn: () => call('auth:session', {}) })
}

export function useSignIn() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<'auth:signIn'>) => call('auth:signIn', input),
    onSuccess: async () => {
      await client.invalidateQueries()
    }
  })
}

export function useContinueOffline() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('auth:continueOffline', {}),
    onSuccess: (session) => {
      client.setQueryData(authKeys.session, session)
    }
  })
}

export function useSignOut() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('auth:signOut', {}),
    onSuccess: async () => {
      // Nothing of the signed-out staff member's screens may linger for the next one.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.all[0] })
      await client.invalidateQueries({ queryKey: authKeys.session })
    }
  })
}

/**
 * The session says whether this run reaches the portal (the header's "오프라인 작업"); the sync status,
 * polled, learns first when that changes (the portal went away or came back): re-read the session then.
 */
export function useSessionFollowsReachability(sessionOnline: boolean, portalOnline: boolean | undefined): void {
  const client = useQueryClient()
  useEffect(() => {
    if (portalOnline === undefined || portalOnline === sessionOnline) return
    void client.invalidateQueries({ queryKey: authKeys.session })
  }, [client, portalOnline, sessionOnline])
}
