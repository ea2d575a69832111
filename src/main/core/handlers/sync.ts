import { cacheStatus } from '../cacheStatus'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'

export function syncHandlers(ctx: CoreContext): Pick<Handlers, 'sync:start' | 'sync:status' | 'cache:status'> {
  return {
    'sync:start': () => {
      const { started, done } = ctx.sync.start()
      // The renderer follows progress through sync:status; failures land in the summary.
      done.catch((error: unknown) => ctx.log('error', 'sync crashed', error))
      return { started }
    },
    'sync:status': () => ctx.sync.status(),
    'cache:status': () => cacheStatus(ctx.db)
  }
}
