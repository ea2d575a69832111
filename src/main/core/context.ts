import type { CacheRecovery } from '../db/connection'
import type { Db } from '../db/types'
import type { WriteOp } from '../domains/ops'
import type { FileDialogs } from './fileDialogs'
import type { Logger } from './log'
import type { SessionService } from './session'
import type { Settings, SyncStatus, SyncSummary } from '../../shared/ipc/views'

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

/**
 * The sync as handlers see it (SyncService implements it). An interface here rather than the class,
 * so the context — which every domain's handlers take — does not depend on the service that loops
 * over the domains.
 */
export interface SyncControl {
  /** Starts a sync unless one is running; resolves with that sync's summary either way. */
  start(): { started: boolean; done: Promise<SyncSummary> }
  status(): SyncStatus
  /** A local write was queued: when online and auto-sync is on, send it shortly. */
  nudge(): void
  startAutoSync(intervalMs: number): void
  /** The running automatic sync's interval, or null (설정 restarts it at a new interval only when it runs). */
  autoSyncIntervalMs(): number | null
  stopAutoSync(): void
}

/** What every domain's handlers share. One per running core (app window, CLI run, test). */
export interface CoreContext {
  db: Db
  dataDir: string
  appVersion: string
  /** Working against the built-in simulator; set at start (`npm run dev`) or by `app:startDemo`. */
  demoMode: boolean
  /** An installed build (`app.isPackaged`). */
  packaged: boolean
  /** Starts the built-in simulator for this run and resolves with its URL; null where the app offers no demo. */
  startDemo: (() => Promise<string>) | null
  cacheRecovery: CacheRecovery | null
  now: () => Date
  log: Logger
  session: SessionService
  sync: SyncControl
  writes: WriteQueue
  /** The system file dialogs (the app's window, the CLI's command line, a test's prepared paths). */
  dialogs: FileDialogs
  /** 설정 was saved: what depends on it outside the cache follows (the app's proxy). */
  settingsChanged(settings: Settings): void
}
