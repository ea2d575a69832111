import type { z } from 'zod'
import type { Channel } from '../../shared/ipc/contract'
import type { Handlers } from '../core/dispatch'
import { AppError } from '../core/errors'
import { deleteView, listSavedViews, saveView } from '../db/repositories/savedViews'
import { deleteSetting, getSetting, setSetting } from '../db/repositories/settings'
import type { DomainContext } from './types'

type ViewAction = 'listViews' | 'saveView' | 'deleteView' | 'getLastView' | 'setLastView'

/** The saved-view channels of a contract part whose channels start with `prefix` (e.g. `sme:listViews`). */
export type SavedViewChannel<P extends string> = Extract<`${P}:${ViewAction}`, Channel>

/**
 * A list's saved views and last view, per staff member, kept in the cache database: one
 * implementation for every domain whose contract part has the five channels. `schema` is the
 * domain's view definition; a stored one that no longer parses is left out (or forgotten, for the last view).
 */
export function savedViewHandlers<P extends string, S extends z.ZodType>(
  ctx: DomainContext,
  prefix: P,
  collection: string,
  schema: S
): Pick<Handlers, SavedViewChannel<P>> {
  const staffId = () => ctx.session.requireStaff().id
  const lastViewKey = () => `last_view:${staffId()}:${collection}`
  const handlers = {
    [`${prefix}:listViews`]: () => listSavedViews(ctx.db, staffId(), collection, schema),
    [`${prefix}:saveView`]: ({ name, definition }: { name: string; definition: z.output<S> }) =>
      saveView(ctx.db, schema, { staffId: staffId(), collection, name, definition, at: ctx.now().toISOString() }),
    [`${prefix}:deleteView`]: ({ id }: { id: number }) => {
      if (!deleteView(ctx.db, staffId(), id)) throw new AppError('not_found', '저장된 보기를 찾을 수 없습니다.')
      return { ok: true as const }
    },
    [`${prefix}:getLastView`]: () => {
      const key = lastViewKey()
      const last = getSetting(ctx.db, key, schema.nullable(), null)
      if (last === null) deleteSetting(ctx.db, key)
      return last
    },
    [`${prefix}:setLastView`]: ({ definition }: { definition: z.output<S> }) => {
      setSetting(ctx.db, lastViewKey(), definition)
      return { ok: true as const }
    }
  }
  // The keys are built from the prefix, so the compiler cannot see them; the contract's channel names fix them.
  return handlers as unknown as Pick<Handlers, SavedViewChannel<P>>
}
