import type { Migration } from './index'

/**
 * `sync_state.search_dirty` meant "a bulk load of this feed is under way (its search documents wait
 * to be indexed, its versions seen to be recorded)": the column is named for what it means. A load
 * cut off before this version keeps its flag.
 */
export const migration0060: Migration = {
  version: 60,
  name: 'bulk-load-state',
  up(db) {
    db.exec(`ALTER TABLE sync_state RENAME COLUMN search_dirty TO bulk_load_in_progress;`)
  }
}
