import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { sourceWorker, type WorkerSpec } from '../workerSpec'
import { WAL_AUTOCHECKPOINT_PAGES } from './connection'
import type { Db } from './types'

export interface CheckpointWorkerData {
  file: string
  /** The cache's passphrase (`PRAGMA key`), the same as the main connection's. */
  cacheKey: string
  intervalMs: number
}

export type CheckpointWorkerReport = { kind: 'failed'; message: string } | { kind: 'stopped' }

/**
 * Copies the WAL back into the cache file on a thread of its own while a sync writes. Left to
 * SQLite, every checkpoint runs inside one of the sync's commits, on the main thread: at 100k
 * records per collection a first pull spends seconds there (copying ~0.7 GB and syncing the file
 * dozens of times) while the other core has time to spare. Between `begin` and `end` the main
 * connection does not checkpoint; the thread does, every `intervalMs`, without ever making the
 * writer wait (PASSIVE). If the thread cannot start or fails, checkpoints go back to the commits.
 */
export interface WalCheckpointer {
  begin(): void
  /** Back to checkpoints on commit, after the thread's last one. */
  end(): Promise<void>
  close(): Promise<void>
}

const INTERVAL_MS = 250
const STOP_TIMEOUT_MS = 30_000

export function backgroundCheckpointer(db: Db, cacheKey: string, spec: WorkerSpec, log: (message: string) => void = () => undefined): WalCheckpointer {
  let worker: Worker | null = null
  let broken = db.memory
  let stopping: PromiseWithResolvers<void> | null = null

  const checkpointOnCommit = () => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`)
  }
  const fallBack = (reason: string) => {
    if (broken) return
    broken = true
    log(`checkpoint thread unavailable (${reason}); checkpoints run on commit`)
    checkpointOnCommit()
    void worker?.terminate()
    worker = null
    stopping?.resolve()
  }
  const start = (): Worker => {
    const workerData: CheckpointWorkerData = { file: db.name, cacheKey, intervalMs: INTERVAL_MS }
    const created = new Worker(spec.file, { workerData, ...(spec.execArgv ? { execArgv: spec.execArgv } : {}) })
    created.on('message', (report: CheckpointWorkerReport) => {
      if (report.kind === 'failed') fallBack(report.message)
      else if (report.kind === 'stopped') stopping?.resolve()
    })
    created.on('error', (error) => fallBack(error.message))
    created.on('exit', (code) => {
      if (worker === created) fallBack(`exited with code ${code}`)
    })
    return created
  }

  return {
    begin() {
      if (broken) return
      try {
        worker ??= start()
        worker.ref()
        worker.postMessage('start')
        db.pragma('wal_autocheckpoint = 0')
      } catch (error) {
        fallBack(error instanceof Error ? error.message : String(error))
      }
    },
    async end() {
      if (broken || !worker) return
      checkpointOnCommit()
      stopping = Promise.withResolvers<void>()
      worker.postMessage('stop')
      // A thread that no longer answers must not hold the sync open.
      const unanswered = setTimeout(() => fallBack('no answer to stop'), STOP_TIMEOUT_MS)
      await stopping.promise
      clearTimeout(unanswered)
      stopping = null
      // An idle thread must not keep the CLI's process alive.
      worker?.unref()
    },
    async close() {
      broken = true
      const running = worker
      worker = null
      stopping?.resolve()
      await running?.terminate()
    }
  }
}

/** The checkpoint thread run from its TypeScript source through tsx (the CLI, the benchmark, the tests). */
export function sourceCheckpointWorker(): WorkerSpec {
  return sourceWorker(join(__dirname, 'checkpointWorker.ts'))
}
