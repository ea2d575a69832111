import type { Db } from './types'
import type { CollectionName } from '../../shared/portal'
import { sqlId } from './statements'


/**
 * Drops a table's secondary indexes for a bulk load and remembers their definitions in its
 * collection's sync state. Unique indexes stay: the upsert needs the record id's.
 */
export function deferIndexes(db: Db, collection: CollectionName, table: string): void {
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY name`)
    .all(table) as { name: string; sql: string }[]
  if (indexes.length === 0) return
  db.prepare(`UPDATE sync_state SET deferred_indexes = ? WHERE collection = ?`).run(JSON.stringify(indexes.map((index) => index.sql)), collection)
  for (const index of indexes) db.exec(`DROP INDEX ${sqlId(index.name)}`)
}

/** Builds the indexes a bulk load deferred (one collection, or all: at open, after a crash mid-load). */
export function restoreDeferredIndexes(db: Db, collection?: CollectionName): void {
  const rows = (
    collection
      ? db.prepare(`SELECT collection, deferred_indexes FROM sync_state WHERE collection = ? AND deferred_indexes IS NOT NULL`).all(collection)
      : db.prepare(`SELECT collection, deferred_indexes FROM sync_state WHERE deferred_indexes IS NOT NULL`).all()
  ) as { collection: string; deferred_indexes: string }[]
  for (const row of rows) {
    db.transaction(() => {
      for (const sql of JSON.parse(row.deferred_indexes) as string[]) db.exec(sql.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS '))
      db.prepare(`UPDATE sync_state SET deferred_indexes = NULL WHERE collection = ?`).run(row.collection)
    })()
  }
}
