import type { Db } from '../types'
import { maskContactsInText, maskPersonalJson, type PersonalField } from '../../../shared/domain/personalData'
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

/**
 * Keeps a feed item that failed the schema, with the reason; one row per record (latest copy). Its
 * JSON is kept with the collection's `personalFields` (and any phone or e-mail elsewhere) masked by
 * the one rule: an item fails its schema precisely when it is not what the portal should send, an
 * unmasked contact included, and the 동기화 screen shows this copy.
 */
export function quarantineItem(
  db: Db,
  item: { collection: CollectionName; itemId: string | null; itemVersion: number | null; raw: string; error: string; receivedAt: string },
  personalFields: readonly PersonalField[]
): void {
  if (item.itemId !== null) {
    prepared(db, `DELETE FROM quarantine WHERE collection = ? AND item_id = ?`).run(item.collection, item.itemId)
  }
  prepared(
    db,
    `INSERT INTO quarantine (collection, item_id, item_version, raw, error, received_at) VALUES (?, ?, ?, ?, ?, ?)`
  ).run(
    item.collection,
    item.itemId,
    item.itemVersion,
    maskPersonalJson(item.raw, personalFields),
    // A schema message may quote the value it refused ("받은 값: …").
    maskContactsInText(item.error),
    item.receivedAt
  )
}

/**
 * Masks the items already in quarantine (kept whole by versions before this rule); cheap when they
 * are masked already — only rows whose masked copy differs are written. Returns how many changed.
 */
export function maskQuarantined(db: Db, personalFieldsOf: (collection: CollectionName) => readonly PersonalField[]): number {
  const rows = prepared(db, `SELECT id, collection, raw FROM quarantine`).all() as Pick<QuarantineRow, 'id' | 'collection' | 'raw'>[]
  let changed = 0
  for (const row of rows) {
    const masked = maskPersonalJson(row.raw, personalFieldsOf(row.collection))
    if (masked === row.raw) continue
    prepared(db, `UPDATE quarantine SET raw = ? WHERE id = ?`).run(masked, row.id)
    changed += 1
  }
  return changed
}

/** 파기 of a record: its quarantined copies go with it. */
export function removeQuarantinedRecord(db: Db, collection: CollectionName, itemId: string): void {
  prepared(db, `DELETE FROM quarantine WHERE collection = ? AND item_id = ?`).run(collection, itemId)
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
