import type { Db } from '../db/types'
import type { AnyCollectionRecord, CollectionName } from '../../shared/portal'
import { rawJsonText } from '../db/repositories/recordTable'
import { collectionSpec, domainOfCollection } from '../domains/registry'
import { recordIdsWithOpenWrites } from '../db/repositories/outbox'
import { hasQuarantined, quarantineItem, releaseQuarantined } from '../db/repositories/quarantine'
import { deferIndexes } from '../db/deferredIndexes'
import { beginFullPull, finishFullPull, getSyncState, saveCursor } from '../db/repositories/syncState'
import { withBackoff, type BackoffOptions } from './backoff'
import { PortalContractError, PortalError } from './errors'
import type { DecodedItem } from './feedDecode'
import { bulkLoadWriter, incrementalWriter } from './feedWriters'
import { inlineDecoder, type PageDecoder } from './pageDecoder'
import { PagePipeline, type InFlightPage } from './pagePipeline'
import { referenceSnapshot } from './reference'
import type { PortalClient } from './portalClient'

export interface PullProgress {
  collection: CollectionName
  pulled: number
  quarantined: number
  done: boolean
}

/** Rebuilds a record's local view from its pending outbox writes (null: none pending). */
export type LocalOverlay = (db: Db, collection: CollectionName, server: AnyCollectionRecord) => AnyCollectionRecord | null

export interface PullContext {
  db: Db
  client: PortalClient
  now?: () => Date
  pageSize?: number
  backoff?: Partial<BackoffOptions>
  overlay?: LocalOverlay
  /** Decodes feed pages (default: on this thread). */
  decoder?: PageDecoder
  /** Search documents indexed per step of a bulk load (default 5,000). */
  searchStepRows?: number
  onProgress?: (progress: PullProgress) => void
  /** Every page is stored; what remains (a bulk load's indexing) lets the next feed start alongside. */
  onDownloaded?: () => void
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
/**
 * Search documents indexed per step of a bulk load (~0.1–0.2 s each), while the next page is decoded
 * (only once that many are waiting: smaller steps cost more in all) and at the end.
 */
const SEARCH_STEP_ROWS = 5_000

/**
 * Waits for `pending`, running `step` whenever a turn of the event loop passes without it being
 * ready, until `step` says there is nothing left to do.
 */
async function whileWaiting<T>(pending: Promise<T>, step: () => boolean): Promise<T> {
  const ready = pending.then(
    () => true,
    () => true
  )
  for (;;) {
    const settled = await Promise.race([ready, new Promise<false>((resolve) => setImmediate(() => resolve(false)))])
    if (settled || !step()) return pending
  }
}

/**
 * Pulls one collection's change feed into the cache. Each page — its records, tombstones,
 * quarantined items and the next cursor — is one transaction, so a crash never skips records and
 * repeating a page is harmless. Pages are decoded (validated, checked, made searchable) by the
 * decoder — on a worker thread in the app — while the previous page is written. A full pull (no
 * cursor, or after 410 cursor_expired) then drops local copies the feed no longer has, except
 * those with writes still waiting to be sent.
 */
export async function pullCollection(ctx: PullContext, collection: CollectionName): Promise<PullResult> {
  const { db, client } = ctx
  const now = ctx.now ?? (() => new Date())
  const { table, schema, personalFields = [] } = collectionSpec(collection)
  const domain = domainOfCollection(collection)
  const decoder = ctx.decoder ?? inlineDecoder()
  const result: PullResult = { collection, pulled: 0, quarantined: 0, removed: 0, restarts: 0 }

  let state = getSyncState(db, collection)
  if (state.cursor === null && !state.full_pull_in_progress) {
    db.transaction(() => {
      const bulk = table.isEmpty(db)
      beginFullPull(db, collection, { bulk })
      if (bulk) deferIndexes(db, collection, table.table)
    })()
    state = getSyncState(db, collection)
  }
  const cursor = state.cursor
  let fullPull = state.full_pull_in_progress === 1
  // Read once per pull: reference data is refreshed before the feeds, not during them.
  const snapshot = referenceSnapshot(db)
  const reference = domain.reference?.fromSnapshot(snapshot[domain.name])

  const writer =
    state.bulk_load_in_progress === 1
      ? bulkLoadWriter(db, table, { collection, searchStepRows: ctx.searchStepRows ?? SEARCH_STEP_ROWS })
      : incrementalWriter(db, table)

  const applyPage = db.transaction((items: DecodedItem[], nextCursor: string, generation: number) => {
    const pulledAt = now().toISOString()
    const withOpenWrites = ctx.overlay ? recordIdsWithOpenWrites(db, collection) : new Set<string>()
    const anyQuarantined = hasQuarantined(db, collection)
    let pulled = 0
    let quarantined = 0
    for (const item of items) {
      if (item.kind === 'tombstone') {
        table.remove(db, item.id)
        pulled += 1
        continue
      }
      if (item.kind === 'invalid') {
        quarantineItem(db, { collection, itemId: item.itemId, itemVersion: item.itemVersion, raw: item.raw, error: item.error, receivedAt: pulledAt }, personalFields)
        quarantined += 1
        continue
      }
      let record = item.record
      let localRaw: string | null = null
      if (ctx.overlay && withOpenWrites.has(record.id)) {
        // Rare (a record this PC is still sending writes for): its visible copy is rebuilt here.
        const server = schema.parse(JSON.parse(rawJsonText(item.raw))) as AnyCollectionRecord
        const local = ctx.overlay(db, collection, server)
        if (local) {
          record = table.prepare(server, local, reference)
          localRaw = JSON.stringify(local)
        }
      }
      writer.store(record, { raw: item.raw, localRaw, pulledAt, generation })
      if (anyQuarantined) releaseQuarantined(db, collection, record.id, record.version)
      pulled += 1
    }
    saveCursor(db, collection, nextCursor, pulledAt)
    return { pulled, quarantined }
  })

  /** Fetches a page and sends it to the decoder; its head (next cursor) settles before its items. */
  const fetchPage = (from: string | null): InFlightPage => {
    const decoding = withBackoff(() => client.getFeedPageBytes(collection, from, ctx.pageSize ?? 1000), {
      attempts: 8,
      baseMs: 250,
      maxMs: 10_000,
      ...ctx.backoff,
      onRetry: (error, attempt, delay) => ctx.log?.(`${collection}: retry ${attempt} in ${delay} ms (${String(error)})`)
    }).then((body) => decoder.decode(collection, body, snapshot))
    const head = decoding.then(async (page) => {
      const pageHead = await page.head
      if (!pageHead.ok) throw new PortalContractError(pageHead.message)
      return pageHead
    })
    const items = decoding.then((page) => page.items)
    // A page fetched ahead that fails is reported when awaited, not as an unhandled rejection.
    head.catch(() => undefined)
    items.catch(() => undefined)
    return { head, items }
  }

  let pipeline = new PagePipeline(fetchPage, cursor)
  try {
    for (let page = pipeline.next(); page; page = pipeline.next()) {
      let head
      try {
        head = await page.head
      } catch (error) {
        if (error instanceof PortalError && error.code === 'cursor_expired' && result.restarts < MAX_CURSOR_RESTARTS) {
          ctx.log?.(`${collection}: cursor expired, pulling the feed from the beginning`)
          result.restarts += 1
          beginFullPull(db, collection, { bulk: false })
          fullPull = true
          pipeline.close()
          pipeline = new PagePipeline(fetchPage, null)
          continue
        }
        throw error
      }
      const { generation } = getSyncState(db, collection)
      // A bulk load indexes search documents already stored while the worker decodes this page.
      const items = await whileWaiting(page.items, writer.stepWhileWaiting)
      // The cursor advances only with the page's records, in one transaction.
      const applied = applyPage(items, head.nextCursor, generation)
      result.pulled += applied.pulled
      result.quarantined += applied.quarantined
      ctx.onProgress?.({ collection, pulled: result.pulled, quarantined: result.quarantined, done: false })
    }
  } catch (error) {
    // The pull resumes at the next sync; until then the staff member works on the cache.
    writer.abort()
    throw error
  } finally {
    pipeline.close()
  }

  if (fullPull) {
    db.transaction(() => {
      const generation = getSyncState(db, collection).generation
      result.removed = table.removeUnseen(db, generation, recordIdsWithOpenWrites(db, collection))
      finishFullPull(db, collection)
    })()
  }
  ctx.onDownloaded?.()
  await writer.finish()
  if (fullPull) table.optimizeSearch(db)
  ctx.onProgress?.({ collection, pulled: result.pulled, quarantined: result.quarantined, done: true })
  return result
}
