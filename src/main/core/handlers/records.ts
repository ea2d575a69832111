import { collectionsForRoles } from '../../../shared/domain/roles'
import type { CollectionName } from '../../../shared/portal'
import { collectionSpec, recordLookups } from '../../domains/registry'
import { refreshRecord } from '../../sync/refresh'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'
import { AppError } from '../errors'

/** These channels take any collection: the caller's roles must cover the one asked for. */
function requireCollectionAccess(ctx: CoreContext, collection: CollectionName): void {
  if (!collectionsForRoles(ctx.session.requireStaff().roles).includes(collection)) {
    throw new AppError('forbidden', '이 업무의 자료를 볼 권한이 없습니다. 필요하면 업무 담당 관리자에게 권한을 요청하세요.', undefined, `collection: ${collection}`)
  }
}

export function recordHandlers(ctx: CoreContext): Pick<Handlers, 'records:refresh' | 'records:summaries' | 'records:lookup'> {
  return {
    'records:refresh': ({ collection, id }) => {
      requireCollectionAccess(ctx, collection)
      return refreshRecord(ctx, collection, id)
    },
    'records:summaries': ({ collection, status, onlyFailing }) => {
      requireCollectionAccess(ctx, collection)
      const spec = collectionSpec(collection)
      if (onlyFailing && !spec.hasRuleChecks) throw new AppError('validation_failed', `규칙 점검이 없는 collection 입니다 (${collection}): --failing 을 쓸 수 없습니다.`)
      return spec.summaries ? spec.summaries(ctx.db, { status, onlyFailing }) : spec.table.listSummaries(ctx.db, status)
    },
    // Only the collections the roles cover are asked at all: a look-up never reveals that a record
    // outside them exists.
    'records:lookup': ({ text, limit }) => {
      const visible = new Set(collectionsForRoles(ctx.session.requireStaff().roles))
      return recordLookups()
        .filter((lookup) => visible.has(lookup.collection))
        .flatMap((lookup) => lookup.find(ctx.db, text, limit).map((hit) => ({ collection: lookup.collection, ...hit })))
    }
  }
}
