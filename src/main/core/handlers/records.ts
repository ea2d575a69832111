import { refreshRecord } from '../../sync/refresh'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'

export function recordHandlers(ctx: CoreContext): Pick<Handlers, 'records:refresh'> {
  return {
    'records:refresh': ({ collection, id }) => refreshRecord(ctx, collection, id)
  }
}
