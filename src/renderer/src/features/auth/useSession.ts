import { useEffect } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import type { ChannelInput } from '../../../../shared/ipc/contract'
import type { Session } from '../../../../shared/ipc/views'
import { notify } from '../../lib/notify'
import { appKeys } from '../app/queryKeys'
import { authKeys } from './queryKeys'

/**
 * How often the session is re-read while someone works: main locks the app after the idle minutes by
 * itself, and the screen must follow within seconds even when nothing else is called (a list left
 * open). Cheap — main's memory only. Kept up while the window is hidden, so a PC unlocked after lunch
 * never shows the data for a moment before the lock screen.
 */
export const SESSION_POLL_MS = 15_000

export function useSession() {
  return useQuery({
    queryKey: authKeys.session,
    queryFn: () => call('auth:session', {}),
    refetchInterval: (query) => (query.state.data?.staff && !query.state.data.locked ? SESSION_POLL_MS : false),
    refetchIntervalInBackground: true
  })
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

/** Going on without the portal: the account and the password checked at its last online sign-in here. */
export function useContinueOffline() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ChannelInput<'auth:continueOffline'>) => call('auth:continueOffline', input),
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

/** 잠금 (the header's button, Ctrl+L): the lock screen replaces everything (see useSessionGuard). */
export function useLock() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('auth:lock', {}),
    onSuccess: (session) => {
      client.setQueryData(authKeys.session, session)
    },
    onError: (error) => notify.failure({ topic: 'lock', title: '잠그지 못했습니다', error })
  })
}

/**
 * The signed-in staff member's password opens the lock again. After too many wrong tries main signs
 * them out (`locked_out`): the lock screen says so, and `useRecheckSession` then shows the sign-in screen.
 */
export function useUnlock() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (password: string) => call('auth:unlock', { password }),
    onSuccess: (session) => {
      client.setQueryData(authKeys.session, session)
    }
  })
}

/** Reads the session again (main changed it: e.g. signed out after too many wrong tries). */
export function useRecheckSession(): () => void {
  const client = useQueryClient()
  return () => void client.invalidateQueries({ queryKey: authKeys.session })
}

/** 데모 모드로 둘러보기: main starts the built-in simulator for this run; the user then picks a demo account. */
export function useStartDemo() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('app:startDemo', {}),
    onSuccess: async (session: Session) => {
      client.setQueryData(authKeys.session, session)
      await client.invalidateQueries({ queryKey: appKeys.info })
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
