import { ViewDefinition } from '../../../shared/ipc/attractiveJobViews'
import { deleteView, listSavedViews, saveView } from '../../db/repositories/savedViews'
import { deleteSetting, getSetting, setSetting } from '../../db/repositories/settings'
import type { CoreContext } from '../context'
import { AppError } from '../errors'
import type { Handlers } from '../dispatch'

const COLLECTION = 'attractive-jobs'

/** Saved list views and the last view, per staff member, kept in the cache database. */
export function viewHandlers(ctx: CoreContext): Pick<Handlers, 'views:list' | 'views:save' | 'views:delete' | 'views:getLast' | 'views:setLast'> {
  const staffId = () => ctx.session.requireStaff().id
  const lastKey = () => `last_view:${staffId()}:${COLLECTION}`
  return {
    'views:list': () => listSavedViews(ctx.db, staffId(), COLLECTION),
    'views:save': ({ name, definition }) => saveView(ctx.db, { staffId: staffId(), collection: COLLECTION, name, definition, at: ctx.now().toISOString() }),
    'views:delete': ({ id }) => {
      if (!deleteView(ctx.db, staffId(), id)) throw new AppError('not_found', '저장된 보기를 찾을 수 없습니다.')
      return { ok: true as const }
    },
    'views:getLast': () => {
      const key = lastKey()
      const last = getSetting(ctx.db, key, ViewDefinition.nullable(), null)
      if (last === null) deleteSetting(ctx.db, key)
      return last
    },
    'views:setLast': ({ definition }) => {
      setSetting(ctx.db, lastKey(), definition)
      return { ok: true as const }
    }
  }
}
