import type Database from 'better-sqlite3'
import { COLLECTION_SCHEMAS, Tombstone, type AnyCollectionRecord, type CollectionName } from '../../shared/portal'
import { RECORD_TABLES } from '../db/repositories/collections'
import { recordIdsWithOpenWrites } from '../db/repositories/outbox'
import { hasQuarantined, quarantineItem, releaseQuarantined } from '../db/repositories/quarantine'
import { beginFullPull, finishFullPull, getSyncState, markSearchClean, saveCursor } from '../db/repositories/syncState'
import { withBackoff, type BackoffOptions } from './backoff'
import { PortalError } from './errors'
import type { PortalClient } from './portalClient'

export interface PullProgress {
  collection: CollectionName
  pulled: number
  quarantined: number
  done: boolean
}

/** Rebuilds a record's local view from its pending outbox writes (null: none pending). */
export type LocalOverlay = (db: Database.Database, collection: CollectionName, server: AnyCollectionRecord) => AnyCollectionRecord | null

export interface PullContext {
  db: Database.Database
  client: PortalClient
  now?: () => Date
  pageSize?: number
  backoff?: Partial<BackoffOptions>
  overlay?: LocalOverlay
  onProgress?: (progress: PullProgress) => void
  log?: (message: string) => void
}

export interface PullResult {
  collection: CollectionName
  pulled: number
  quarantined: number
  removed: number
  restarts: number
}

const MAX_CURSOR_RESTARTS = 3

function summarizeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ')
}

/**
 * Pulls one collection's change feed into the cache. Each page — its records, tombstones,
 * quarantined items and the next cursor — is one transaction, so a crash never skips records and
 * repeating a page is harmless. A full pull (no cursor, or after 410 cursor_expired) defers search
 * indexing to the end and then drops local copies the feed no longer has, except those with
 * writes still waiting to be sent.
 */
export async function pullCollection(ctx: PullContext, collection: CollectionName): Promise<PullResult> {
  const { db, client } = ctx
  const now = ctx.now ?? (() => new Date())
  const table = RECORD_TABLES[collection]
  const schema = COLLECTION_SCHEMAS[collection]
  const result: PullResult = { collection, pulled: 0, quarantined: 0, removed: 0, restarts: 0 }

  let state = getSyncState(db, collection)
  if (state.cursor === null && !state.full_pull_in_progress) {
    beginFullPull(db, collection)
    state = getSyncState(db, collection)
  }
  const cursor = state.cursor
  let fullPull = state.full_pull_in_progress === 1

  const applyPage = db.transaction((items: unknown[], nextCursor: string, generation: number, indexSearch: boolean) => {
    const pulledAt = now().toISOString()
    const withOpenWrites = ctx.overlay ? recordIdsWithOpenWrites(db, collection) : new Set<string>()
    const anyQuarantined = hasQuarantined(db, collection)
    let pulled = 0
    let quarantined = 0
    for (const item of items) {
      const candidate = item as { id?: unknown; version?: unknown; deleted?: unknown } | null
      const itemId = typeof candidate?.id === 'string' ? candidate.id : null
      const itemVersion = typeof candidate?.version === 'number' ? candidate.version : null
      if (candidate?.deleted === true) {
        const tombstone = Tombstone.safeParse(item)
        if (tombstone.success) {
          table.remove(db, tombstone.data.id)
          pulled += 1
          continue
        }
      }
      const parsed = schema.safeParse(item)
      if (!parsed.success) {
        quarantineItem(db, {
          collection,
          itemId,
          itemVersion,
          raw: JSON.stringify(item),
          error: summarizeIssues(parsed.error),
          receivedAt: pulledAt
        })
        quarantined += 1
        continue
      }
      const record = parsed.data as AnyCollectionRecord
      const local = ctx.overlay && withOpenWrites.has(record.id) ? ctx.overlay(db, collection, record) : null
      // The raw copy keeps unknown fields (forward compatibility); the typed columns come from the parsed record.
      ;(table.upsert as (db: Database.Database, input: unknown) => unknown)(db, {
        record,
        raw: JSON.stringify(item),
        local,
        pulledAt,
        generation,
        indexSearch
      })
      if (anyQuarantined) releaseQuarantined(db, collection, record.id, record.version)
      pulled += 1
    }
    saveCursor(db, collection, nextCursor, pulledAt)
    return { pulled, quarantined }
  })

  const fetchPage = (from: string | null) =>
    withBackoff(() => client.getFeedPage(collection, from, ctx.pageSize ?? 1000), {
      attempts: 8,
      baseMs: 250,
      maxMs: 10_000,
      ...ctx.backoff,
      onRetry: (error, attempt, delay) => ctx.log?.(`${collection}: retry ${attempt} in ${delay} ms (${String(error)})`)
    })
  // The next page is already on its way while this one is written (the cursor advances only on commit).
  let next: ReturnType<typeof fetchPage> | null = fetchPage(cursor)
  while (next) {
    let page
    try {
      page = await next
    } catch (error) {
      if (error instanceof PortalError && error.code === 'cursor_expired' && result.restarts < MAX_CURSOR_RESTARTS) {
        ctx.log?.(`${collection}: cursor expired, pulling the feed from the beginning`)
        result.restarts += 1
        beginFullPull(db, collection)
        fullPull = true
        next = fetchPage(null)
        continue
      }
      throw error
    }
    next = page.has_more ? fetchPage(page.next_cursor) : null
    // A prefetched page that fails while this one is applied is reported when awaited, not as unhandled.
    next?.catch(() => undefined)
    const generation = getSyncState(db, collection).generation
    const applied = applyPage(page.items, page.next_cursor, generation, !fullPull)
    result.pulled += applied.pulled
    result.quarantined += applied.quarantined
    ctx.onProgress?.({ collection, pulled: result.pulled, quarantined: result.quarantined, done: false })
  }

  if (fullPull) {
    db.transaction(() => {
      const generation = getSyncState(db, collection).generation
      result.removed = table.removeUnseen(db, generation, recordIdsWithOpenWrites(db, collection))
      finishFullPull(db, collection)
    })()
  }
  if (getSyncState(db, collection).search_dirty) {
    db.transaction(() => {
      table.rebuildSearch(db)
      markSearchClean(db, collection)
    })()
  }
  ctx.onProgress?.({ collection, pulled: result.pulled, quarantined: result.quarantined, done: true })
  return result
}
