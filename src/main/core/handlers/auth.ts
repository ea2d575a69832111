import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'

export function authHandlers(ctx: CoreContext): Pick<Handlers, 'auth:session' | 'auth:signIn' | 'auth:continueOffline' | 'auth:signOut'> {
  return {
    'auth:session': () => ctx.session.current(),
    'auth:signIn': ({ username, password, portalUrl }) => ctx.session.signIn(username, password, portalUrl),
    'auth:continueOffline': () => ctx.session.continueOffline(),
    'auth:signOut': () => {
      ctx.session.signOut()
      return { ok: true as const }
    }
  }
}
