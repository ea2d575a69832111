import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'

export function settingsHandlers(ctx: CoreContext): Pick<Handlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => ({ portalUrl: ctx.session.portalUrl }),
    'settings:update': (patch) => {
      if (patch.portalUrl !== undefined) ctx.session.setPortalUrl(patch.portalUrl)
      return { portalUrl: ctx.session.portalUrl }
    }
  }
}
