import type { Db } from '../types'
import { prepared } from '../statements'

export interface RecordVersionRow {
  version: number
  status: string | null
  updated_at: string
  seen_at: string
}

export function listRecordVersions(db: Db, collection: string, recordId: string): RecordVersionRow[] {
  return prepared(db, `SELECT version, status, updated_at, seen_at FROM record_versions WHERE collection = ? AND record_id = ? ORDER BY version`).all(
    collection,
    recordId
  ) as RecordVersionRow[]
}

/** 파기 of a record: the history of versions this PC saw goes with it. */
export function removeRecordVersions(db: Db, collection: string, recordId: string): void {
  prepared(db, `DELETE FROM record_versions WHERE collection = ? AND record_id = ?`).run(collection, recordId)
}
