import type { Db } from '../db/types'

/**
 * Groups the database steps that follow portal responses into one transaction per burst. Each step
 * runs in its own savepoint, so a step that throws is rolled back alone and only its caller sees the
 * error; the others commit together. Every write touches the record row, its indexes, the search
 * indexes, the outbox and the audit log, and committing them once per response cost more than the
 * request itself. A step waits in memory only until the burst commits; should the process die before
 * that, the entry is still pending and is re-sent with the same idempotency key.
 */
export function createCommitBatcher(db: Db): (step: () => void) => Promise<void> {
  let queue: { step: () => void; resolve: () => void; reject: (error: unknown) => void }[] = []
  let scheduled = false

  const flush = () => {
    scheduled = false
    const batch = queue
    queue = []
    const errors: unknown[] = []
    try {
      db.transaction(() => {
        for (const item of batch) {
          try {
            db.transaction(item.step)()
            errors.push(undefined)
          } catch (error) {
            errors.push(error ?? new Error('step failed'))
          }
        }
      })()
    } catch (error) {
      for (const item of batch) item.reject(error)
      return
    }
    batch.forEach((item, i) => (errors[i] === undefined ? item.resolve() : item.reject(errors[i])))
  }

  return (step) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ step, resolve, reject })
      if (!scheduled) {
        scheduled = true
        setImmediate(flush)
      }
    })
}
