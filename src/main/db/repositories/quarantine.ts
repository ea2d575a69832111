import type { Db } from '../types'
import type { CollectionName } from '../../../shared/portal'
import { prepared } from '../statements'


export interface QuarantineRow {
  id: number
  collection: CollectionName
  item_id: string | null
  item_version: number | null
  raw: string
  error: string
  received_at: string
}

/** Keeps a feed item that failed the schema, raw, with the reason; one row per record (latest copy). */
export function quarantineItem(
  db: Db,
  item: { collection: CollectionName; itemId: string | null; itemVersion: number | null; raw: string; error: string; receivedAt: string }
): void {
  if (item.itemId !== null) {
    prepared(db, `DELETE FROM quarantine WHERE collection = ? AND item_id = ?`).run(item.collection, item.itemId)
  }
  prepared(
    db,
    `INSERT INTO quarantine (collection, item_id, item_version, raw, error, received_at) VALUES (?, ?, ?, ?, ?, ?)`
  ).run(item.collection, item.itemId, item.itemVersion, item.raw, item.error, item.receivedAt)
}

/** A valid copy of the record arrived: its broken earlier copy is no longer relevant. */
export function releaseQuarantined(db: Db, collection: CollectionName, itemId: string, version: number): void {
  prepared(db, `DELETE FROM quarantine WHERE collection = ? AND item_id = ? AND coalesce(item_version, 0) <= ?`).run(
    collection,
    itemId,
    version
  )
}

export function countQuarantine(db: Db): number {
  return (prepared(db, `SELECT count(*) AS n FROM quarantine`).get() as { n: number }).n
}

export function listQuarantine(db: Db, limit = 500): QuarantineRow[] {
  return prepared(db, `SELECT * FROM quarantine ORDER BY id DESC LIMIT ?`).all(limit) as QuarantineRow[]
}

export function hasQuarantined(db: Db, collection: CollectionName): boolean {
  return prepared(db, `SELECT 1 FROM quarantine WHERE collection = ? LIMIT 1`).get(collection) !== undefined
}
