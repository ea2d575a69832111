import { useMutation } from '@tanstack/react-query'
import { call } from '../api'
import { rolesAllow } from '../../../shared/ipc/access'
import { channelAccess } from '../../../shared/ipc/contract'
import type { ContactRequest } from '../../../shared/ipc/privacyViews'
import { useSession } from '../features/auth/useSession'

/** The `<domain>:contact` channels (portal-admin-api.md §9): one record's contact in full, with a reason. */
export type ContactChannel = 'attractiveJobs:contact' | 'sme:contact' | 'reemployment:contact'

/** Whether the signed-in staff member's roles allow the look-up: the contract's rule, the one dispatch enforces. */
export function useContactAccess(channel: ContactChannel): boolean {
  const roles = useSession().data?.staff?.roles ?? []
  return rolesAllow(channelAccess(channel), roles)
}

/**
 * The look-up itself, the only caller of the contact channels. A mutation, never a query: the full
 * contact must not sit in the query cache (nothing refetches, persists or shows it in a list), and
 * with `gcTime: 0` it leaves the mutation cache as soon as the dialog resets or unmounts the observer.
 */
export function useContactLookup(channel: ContactChannel) {
  return useMutation({
    mutationFn: (request: ContactRequest) => call(channel, request),
    gcTime: 0,
    retry: false
  })
}
