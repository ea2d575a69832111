import type { CollectionName } from '../../shared/portal'
import type { RefreshResult } from '../../shared/ipc/outboxViews'
import type { CoreContext } from '../core/context'
import { getSyncState } from '../db/repositories/syncState'
import { collectionSpec } from '../domains/registry'
import { refreshLocalView } from '../outbox/view'
import { describePortalError, PortalUnreachableError } from './errors'

function minutesAgo(iso: string | null, now: Date): string {
  if (!iso) return '언제 받았는지 알 수 없는'
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 60_000))
  return minutes < 1 ? '방금 받은' : minutes < 60 * 24 ? `${minutes}분 전에 받은` : `${Math.round(minutes / 1440)}일 전에 받은`
}

/**
 * Fetches one record before an irreversible action. Offline (or signed out) it answers with a
 * Korean warning and the age of the cached copy, so the person decides knowingly.
 */
export async function refreshRecord(ctx: CoreContext, collection: CollectionName, id: string): Promise<RefreshResult> {
  const { table, schema } = collectionSpec(collection)
  const stored = table.getStored(ctx.db, id)
  const cachedAt = stored?.pulled_at ?? null
  const now = ctx.now()
  const session = ctx.session.current()
  if (!session.online) {
    return { refreshed: false, pulledAt: cachedAt, warning: `오프라인입니다. ${minutesAgo(cachedAt, now)} 캐시 자료로 결정합니다.` }
  }
  try {
    const body = await ctx.session.requireClient().getRecord(collection, id)
    const parsed = schema.safeParse(body)
    if (!parsed.success) return { refreshed: false, pulledAt: cachedAt, warning: '포털 응답이 규격과 달라 캐시 자료를 그대로 씁니다.' }
    const at = now.toISOString()
    ctx.db.transaction(() => {
      table.upsert(ctx.db, {
        record: parsed.data,
        raw: JSON.stringify(body),
        local: null,
        pulledAt: at,
        generation: getSyncState(ctx.db, collection).generation
      })
      refreshLocalView(ctx.db, collection, id)
    })()
    return { refreshed: true, pulledAt: at, warning: null }
  } catch (error) {
    if (error instanceof PortalUnreachableError) ctx.session.markOnline(false)
    return { refreshed: false, pulledAt: cachedAt, warning: `최신 자료를 받지 못했습니다: ${describePortalError(error)} ${minutesAgo(cachedAt, now)} 캐시 자료로 결정합니다.` }
  }
}
