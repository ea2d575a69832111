import { prepared } from './statements'
import type { Db } from './types'

/** Rows fetched per statement. */
const CHUNK = 500

/**
 * The rows of `rowids`, in that order, read a chunk at a time by `chunkSql` — a SELECT that names each
 * row's rowid `row_number` and keeps rows whose rowid is in `json_each(?)` — each statement run to its end.
 * No statement stays open while the caller works between rows: an export awaits its file and the contact
 * look-up (which writes its audit entry) there, and better-sqlite3 refuses every write on a connection
 * while one of its statements is being iterated. A row removed since the order was read (a sync
 * meanwhile) is left out.
 */
export function* rowsInOrder<T>(db: Db, rowids: readonly number[], chunkSql: string): Generator<T> {
  const chunk = prepared(db, chunkSql)
  for (let start = 0; start < rowids.length; start += CHUNK) {
    const wanted = rowids.slice(start, start + CHUNK)
    const found = new Map((chunk.all(JSON.stringify(wanted)) as (T & { row_number: number })[]).map(({ row_number, ...row }) => [row_number, row as T]))
    for (const rowid of wanted) {
      const row = found.get(rowid)
      if (row) yield row
    }
  }
}
