import { useCallback } from 'react'
import type { Channel } from '../../../../shared/ipc/contract'
import { mayCall } from './access'
import { useSession } from './useSession'

const NO_ROLES = [] as const

/**
 * `(channel) => boolean`: whether the signed-in staff member's roles allow a channel. The one gate of
 * the screens — the menu, the routes, the home tiles and the action buttons all ask it — so what is
 * shown is what main's `dispatch` lets through (main checks again; this only keeps the screens honest).
 */
export function useMayCallCheck(): (channel: Channel) => boolean {
  const roles = useSession().data?.staff?.roles ?? NO_ROLES
  return useCallback((channel: Channel) => mayCall(roles, channel), [roles])
}

/** Whether the signed-in staff member may call `channel` (an action button shows only when it is true). */
export function useMayCall(channel: Channel): boolean {
  return useMayCallCheck()(channel)
}
