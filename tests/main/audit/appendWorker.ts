/**
 * A second connection appending to the 접속기록 at the same time as another (the CLI beside the app),
 * run as a worker thread by concurrentAppend.test.ts. Half of its entries join a transaction of the
 * caller that wrote first, as the app's writes do; the others stand alone.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openDatabase } from '../../../src/main/db/connection'
import { appendAudit } from '../../../src/main/db/repositories/auditLog'
import { setSetting } from '../../../src/main/db/repositories/settings'

interface AppendJob {
  file: string
  key: string
  staffId: string
  count: number
  /** 0 or 1: which of the two appenders this is. */
  index: number
  /** Int32 [gate, progress of appender 0, progress of appender 1]: they start together and step together. */
  gate: SharedArrayBuffer
}

const job = workerData as AppendJob
const db = openDatabase(job.file, job.key)
parentPort?.postMessage({ ready: true })
const shared = new Int32Array(job.gate)
const own = 1 + job.index
const other = 2 - job.index
Atomics.wait(shared, 0, 0)
for (let i = 0; i < job.count; i += 1) {
  // Neither gets more than one entry ahead of the other, so the two race for the write lock at every step.
  for (let seen = Atomics.load(shared, other); seen < i; seen = Atomics.load(shared, other)) Atomics.wait(shared, other, seen)
  const entry = { at: new Date().toISOString(), actorId: job.staffId, action: 'view', collection: 'reemployment-sessions', recordId: `RS-${job.staffId}-${i}` }
  if (i % 2 === 0) appendAudit(db, entry)
  else
    db.transaction(() => {
      setSetting(db, `concurrency-${job.staffId}`, i)
      appendAudit(db, entry)
    })()
  Atomics.store(shared, own, i + 1)
  Atomics.notify(shared, own)
}
db.close()
parentPort?.postMessage({ appended: job.count })
