import { collectionsForRoles } from '../../shared/domain/roles'
import type { Role } from '../../shared/portal'
import type { Db } from '../db/types'
import { appendAudit } from '../db/repositories/auditLog'
import { recordIdsWithOpenWrites } from '../db/repositories/outbox'
import { forgetFeed } from '../db/repositories/syncState'
import { registeredCollections } from '../domains/registry'

/**
 * The cache holds only what the signed-in staff member's roles cover: when someone whose roles do not
 * cover a collection signs in (online or offline) on a PC where a manager synced before, that
 * collection's records leave the cache, its search index and side data with them, and its feed is
 * pulled afresh the next time someone entitled to it syncs. Records with writes still queued stay
 * (the outbox needs them to send those writes under their author's token later); no channel shows
 * them to a staff member whose roles do not cover them. Returns what was removed per collection.
 */
export function purgeCollectionsOutsideRoles(db: Db, staffId: string, roles: readonly Role[], at: string): Record<string, number> {
  const allowed = new Set(collectionsForRoles(roles))
  const removed: Record<string, number> = {}
  db.transaction(() => {
    for (const spec of registeredCollections()) {
      if (allowed.has(spec.name) || spec.table.isEmpty(db)) continue
      // Every row's generation is below this one: all go, but those with open writes.
      removed[spec.name] = spec.table.removeUnseen(db, Number.MAX_SAFE_INTEGER, recordIdsWithOpenWrites(db, spec.name))
      forgetFeed(db, spec.name)
    }
    if (Object.keys(removed).length > 0) {
      appendAudit(db, { at, actorId: staffId, action: 'purge_outside_roles', detail: { removed } })
    }
  })()
  return removed
}
