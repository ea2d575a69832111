import { collectionSpec } from '../../domains/registry'
import { refreshRecord } from '../../sync/refresh'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'
import { AppError } from '../errors'

export function recordHandlers(ctx: CoreContext): Pick<Handlers, 'records:refresh' | 'records:summaries'> {
  return {
    'records:refresh': ({ collection, id }) => refreshRecord(ctx, collection, id),
    'records:summaries': ({ collection, status, onlyFailing }) => {
      const spec = collectionSpec(collection)
      if (onlyFailing && !spec.hasRuleChecks) throw new AppError('validation_failed', `규칙 점검이 없는 collection 입니다 (${collection}): --failing 을 쓸 수 없습니다.`)
      return spec.summaries ? spec.summaries(ctx.db, { status, onlyFailing }) : spec.table.listSummaries(ctx.db, status)
    }
  }
}
