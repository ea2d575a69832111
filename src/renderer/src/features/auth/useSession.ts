import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call, queryKeys } from '../../api'
import type { ChannelInput } from '../../../../shared/ipc/contract'

export function useSession() {
  return useQuery({ queryKey: queryKeys.session, queryFn: () => call('auth:session', {}) })
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
      client.setQueryData(queryKeys.session, session)
    }
  })
}

export function useSignOut() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => call('auth:signOut', {}),
    onSuccess: async () => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.session[0] })
      await client.invalidateQueries({ queryKey: queryKeys.session })
    }
  })
}
