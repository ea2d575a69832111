import type { Db } from './types'

/**
 * After personal data was removed from a row (a walk-in's body once sent, a 파기), older copies of
 * its pages still sit in the WAL until the WAL is written over; `secure_delete` clears only the
 * database file's freed space. A TRUNCATE checkpoint copies the WAL back and empties the file.
 *
 * It never makes the window wait: it runs with no busy timeout, so when a reader holds an old
 * snapshot (the CLI beside the app) or the sync's checkpoint thread (walCheckpointer.ts) is copying
 * at that moment, it does what a PASSIVE checkpoint would and is marked due; `retryWalScrub` runs it
 * again once that is over — at the end of each sync, after the thread's last checkpoint, and at close.
 */
const due = new WeakSet<Db>()

export type WalScrubResult = 'truncated' | 'due'

function truncateWal(db: Db): boolean {
  if (!db.open || db.memory || db.inTransaction) return false
  const timeout = db.pragma('busy_timeout', { simple: true }) as number
  db.pragma('busy_timeout = 0')
  try {
    const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[]
    return row !== undefined && row.busy === 0
  } catch {
    // SQLITE_BUSY from another connection's checkpoint in progress: left for the retry.
    return false
  } finally {
    db.pragma(`busy_timeout = ${timeout}`)
  }
}

/** Empties the WAL now if nothing holds it, else marks it due for `retryWalScrub`. */
export function scrubWal(db: Db): WalScrubResult {
  if (truncateWal(db)) {
    due.delete(db)
    return 'truncated'
  }
  if (db.open && !db.memory) due.add(db)
  return 'due'
}

/** Runs a scrub that could not finish earlier; nothing when none is due. */
export function retryWalScrub(db: Db): WalScrubResult | null {
  return due.has(db) ? scrubWal(db) : null
}

export function walScrubDue(db: Db): boolean {
  return due.has(db)
}
