import type { CacheRecovery } from '../db/connection'
import type { Db } from '../db/types'
import type { WriteOp } from '../domains/types'
import type { Logger } from './log'
import type { SessionService } from './session'
import type { SyncService } from './syncService'

/** A write accepted locally: its outbox entry and the record it is about. */
export interface Queued {
  seq: number
  recordId: string
  idempotencyKey: string
}

/** Queues local writes: checked, applied to the cache and appended to the outbox in one transaction. */
export interface WriteQueue {
  /** `recordId` is omitted for a write that creates its record (its op says where it lives until sent). */
  enqueue<Body, Rec>(op: WriteOp<Body, Rec>, input: { recordId?: string; body: Body }): Queued
}

/** What every domain's handlers share. One per running core (app window, CLI run, test). */
export interface CoreContext {
  db: Db
  dataDir: string
  appVersion: string
  demoMode: boolean
  cacheRecovery: CacheRecovery | null
  now: () => Date
  log: Logger
  session: SessionService
  sync: SyncService
  writes: WriteQueue
}
