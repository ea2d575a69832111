import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { applyCacheKey } from './cacheKey'
import type { CheckpointWorkerData, CheckpointWorkerReport } from './walCheckpointer'

/**
 * The thread behind walCheckpointer.ts: its own connection to the cache file, copying the WAL back
 * into the database on a timer while the main thread keeps writing (a PASSIVE checkpoint never
 * waits for the writer, and the writer never waits for it).
 */
const { file, cacheKey, intervalMs } = workerData as CheckpointWorkerData
const db = new Database(file, { fileMustExist: true })
// The cache is encrypted: the WAL frames this thread copies are read and written with the main connection's key.
applyCacheKey(db, cacheKey)
// As the main connection: a checkpoint syncs the WAL before and the database after copying.
db.pragma('synchronous = NORMAL')

const report = (message: CheckpointWorkerReport) => parentPort?.postMessage(message)
let timer: NodeJS.Timeout | null = null

function checkpoint(): void {
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch (error) {
    report({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}

parentPort?.on('message', (command: 'start' | 'stop') => {
  if (command === 'start') {
    timer ??= setInterval(checkpoint, intervalMs)
    return
  }
  if (timer) clearInterval(timer)
  timer = null
  checkpoint()
  report({ kind: 'stopped' })
})
