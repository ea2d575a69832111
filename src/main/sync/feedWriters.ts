import type { AnyCollectionRecord, CollectionName } from '../../shared/portal'
import { restoreDeferredIndexes } from '../db/deferredIndexes'
import { recordIdsWithOpenWrites } from '../db/repositories/outbox'
import type { PreparedRecord, RecordTable, StoreOptions } from '../db/repositories/recordTable'
import { finishBulkLoad } from '../db/repositories/syncState'
import type { Db } from '../db/types'

/**
 * How a pull stores a feed's records. Two writers, chosen by the pull from the feed's sync state:
 * the incremental one (one record at a time, indexes and search kept current) and the bulk loader
 * for a first pull into an empty table (indexes built and search documents indexed in steps).
 */
export interface FeedWriter {
  /** Stores one decoded record, inside its page's transaction. */
  store(record: PreparedRecord, options: StoreOptions): void
  /** One step of deferred work, run while the next page is decoded; false when there is none worth doing. */
  stepWhileWaiting(): boolean
  /** The pull stopped early: leave the table usable offline (lists need their indexes). */
  abort(): void
  /** Every page is stored: completes the deferred work, a step at a time with the event loop free between. */
  finish(): Promise<void>
}

export function incrementalWriter(db: Db, table: RecordTable<AnyCollectionRecord>): FeedWriter {
  return {
    store: (record, options) => void table.store(db, record, options),
    stepWhileWaiting: () => false,
    abort: () => undefined,
    finish: async () => undefined
  }
}

export interface BulkLoadOptions {
  collection: CollectionName
  /** Search documents indexed per step (only once that many wait while pages arrive: smaller steps cost more in all). */
  searchStepRows: number
}

/**
 * A first full pull into an empty table (or one resumed after a restart): secondary indexes were
 * dropped when it began (deferIndexes) and are built again by `finish`; search documents are
 * staged and indexed in steps — while the worker decodes the next page, and the rest at the end.
 */
export function bulkLoadWriter(db: Db, table: RecordTable<AnyCollectionRecord>, options: BulkLoadOptions): FeedWriter {
  const load = table.beginBulkLoad(db)
  const step = (atLeast?: number) => db.transaction(() => load.indexStep(options.searchStepRows, atLeast))()
  return {
    store: (record, storeOptions) => void load.store(record, storeOptions),
    stepWhileWaiting: () => step(options.searchStepRows),
    abort: () => restoreDeferredIndexes(db, options.collection),
    async finish() {
      // Work for this thread alone (indexes, search), done in steps with the event loop free in
      // between, so the next feed's pages are fetched, decoded and written meanwhile.
      restoreDeferredIndexes(db, options.collection)
      do await new Promise((resolve) => setImmediate(resolve))
      while (step())
      db.transaction(() => {
        load.finish(recordIdsWithOpenWrites(db, options.collection))
        finishBulkLoad(db, options.collection)
      })()
    }
  }
}
