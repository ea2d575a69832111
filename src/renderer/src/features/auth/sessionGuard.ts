import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { Session } from '../../../../shared/ipc/views'
import { authKeys } from './queryKeys'
import { forgetNotices } from '../../lib/notify'

/** What the app shows for a session: the lock screen, the sign-in screen, or one staff member's work. */
export type SessionScreen = 'locked' | 'signedOut' | `staff:${string}`

export function sessionScreen(session: Session): SessionScreen {
  if (!session.staff) return 'signedOut'
  if (session.locked) return 'locked'
  return `staff:${session.staff.id}`
}

/** Whether going from `previous` to `next` must drop every record the renderer holds. */
export function mustHideData(previous: SessionScreen | null, next: SessionScreen): boolean {
  return previous !== null && previous !== next && (next === 'locked' || next === 'signedOut')
}

function isSessionQuery(queryKey: QueryKey): boolean {
  return queryKey.length === authKeys.session.length && authKeys.session.every((part, i) => queryKey[i] === part)
}

/**
 * Drops everything the renderer holds of the cache (called right after the lock or sign-in screen has
 * replaced the work screens, whose queries are then unobserved): every query's data (and any fetch still
 * under way, whose answer is then ignored), every mutation with its input (a typed comment, a reason)
 * and the notices on screen. Kept: the session (who is signed in — what the lock screen shows) and what
 * the new screen itself observes (the sign-in screen's app info): a query removed under a mounted
 * observer would leave it watching a query no longer in the cache, deaf to the next answer (the
 * unlock). After the unlock each screen's queries start empty and fetch again.
 */
export function hideAllData(client: QueryClient): void {
  client.getMutationCache().clear()
  client.removeQueries({ type: 'inactive', predicate: (query) => !isSessionQuery(query.queryKey) })
  forgetNotices()
}
