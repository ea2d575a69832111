import type { Migration } from './index'

/**
 * A first full pull into an empty table is a bulk load: its secondary indexes are dropped while the
 * rows arrive and built once at the end (far cheaper than keeping eight B-trees in step row by
 * row). `deferred_indexes` holds their CREATE statements, exactly as the schema had them, until
 * then — so a crash in between loses nothing: opening the cache builds them again.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'bulk-load',
  up(db) {
    db.exec(`ALTER TABLE sync_state ADD COLUMN deferred_indexes TEXT;`)
  }
}
