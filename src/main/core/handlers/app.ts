import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'

export function appHandlers(ctx: CoreContext): Pick<Handlers, 'app:info'> {
  return {
    'app:info': () => ({
      version: ctx.appVersion,
      dataDir: ctx.dataDir,
      demoMode: ctx.demoMode,
      cacheRecovery: ctx.cacheRecovery
    })
  }
}
