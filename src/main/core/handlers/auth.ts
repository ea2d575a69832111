import { collectionsForRoles } from '../../../shared/domain/roles'
import type { Staff } from '../../../shared/portal'
import { listSyncStates } from '../../db/repositories/syncState'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'

/** Some feed this staff member's roles cover has never been pulled into this cache (a new PC, a new role). */
function needsFirstSync(ctx: CoreContext, staff: Staff): boolean {
  const pulled = new Set(listSyncStates(ctx.db).filter((s) => s.last_pulled_at !== null).map((s) => s.collection))
  return collectionsForRoles(staff.roles).some((collection) => !pulled.has(collection))
}

export function authHandlers(ctx: CoreContext): Pick<
  Handlers,
  'auth:session' | 'auth:signIn' | 'auth:continueOffline' | 'auth:unlock' | 'auth:lock' | 'auth:activity' | 'auth:signOut'
> {
  return {
    'auth:session': () => ctx.session.current(),
    'auth:signIn': async ({ username, password, portalUrl }) => {
      const staff = await ctx.session.signIn(username, password, portalUrl)
      // On a cache that has nothing for this person yet, every screen would show 0건 until they found
      // 동기화: the first sync starts at once, and the screens follow its progress.
      if (needsFirstSync(ctx, staff)) {
        const { done } = ctx.sync.start()
        done.catch((error: unknown) => ctx.log('error', 'first sync crashed', error))
      }
      return staff
    },
    'auth:continueOffline': ({ username, password }) => ctx.session.continueOffline(username, password),
    'auth:unlock': ({ password }) => ctx.session.unlock(password),
    'auth:lock': () => ctx.session.lock(),
    'auth:activity': () => {
      ctx.session.touch()
      return { ok: true as const }
    },
    'auth:signOut': () => {
      ctx.session.signOut()
      return { ok: true as const }
    }
  }
}
