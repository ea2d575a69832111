import type { Db } from '../db/types'
import { collectionsForRoles } from '../../shared/domain/roles'
import type { CollectionName } from '../../shared/portal'
import type { CollectionProgress, SyncStatus, SyncSummary } from '../../shared/ipc/views'
import { PortalError, PortalUnreachableError } from '../sync/errors'
import { explainFailure } from './failures'
import { pullCollection } from '../sync/pull'
import { pushOutbox, type PushOptions } from '../outbox/push'
import { uploadAuditEvents } from '../sync/auditUpload'
import { overlayPending } from '../outbox/view'
import { refreshReferenceAfterPull, refreshReferenceBeforePull } from '../sync/reference'
import { lastPulledAt } from '../db/repositories/syncState'
import { domainOfCollection } from '../domains/registry'
import type { BackoffOptions } from '../sync/backoff'
import type { PageDecoder } from '../sync/pageDecoder'
import type { WalCheckpointer } from '../db/walCheckpointer'
import { retryWalScrub } from '../db/walScrub'
import { runScheduledRetention } from './retention'
import type { SyncControl } from './context'
import type { Logger } from './log'
import type { SessionService } from './session'

export interface SyncServiceOptions {
  db: Db
  session: SessionService
  now: () => Date
  log: Logger
  pageSize?: number
  /** Decodes feed pages; default: on the main thread. */
  decoder?: PageDecoder
  /** Checkpoints the WAL on another thread while feeds are written; default: on commit. */
  checkpointer?: WalCheckpointer | null
  backoff?: Partial<BackoffOptions>
  push?: Pick<PushOptions, 'concurrency' | 'maxWaitMs' | 'backoff'>
  /** Runs the automatic sync every few minutes; default: Node's timers (tests pass one they can advance). */
  scheduler?: IntervalScheduler
}

/** A repeating timer, injectable so the automatic sync's interval can be tested without waiting. */
export interface IntervalScheduler {
  every(intervalMs: number, run: () => void): { cancel(): void }
}

/** Node's setInterval, not keeping the process alive on its own. */
export const nodeIntervalScheduler: IntervalScheduler = {
  every(intervalMs, run) {
    const timer = setInterval(run, intervalMs)
    timer.unref?.()
    return { cancel: () => clearInterval(timer) }
  }
}

/**
 * Runs one sync at a time (pull every feed the staff member's roles cover; the push side joins
 * in the outbox issue) and keeps its progress for the sync indicator.
 */
export class SyncService implements SyncControl {
  private running: Promise<SyncSummary> | null = null
  private progress = new Map<CollectionName, CollectionProgress>()
  private lastSummary: SyncSummary | null = null
  private timer: { cancel(): void } | null = null
  private intervalMs: number | null = null
  private nudgeTimer: NodeJS.Timeout | null = null

  constructor(private readonly options: SyncServiceOptions) {}

  status(): SyncStatus {
    return {
      running: this.running !== null,
      online: this.options.session.current().online,
      progress: [...this.progress.values()],
      lastSyncAt: this.lastSummary?.error === null ? this.lastSummary.finishedAt : this.lastSuccessAt(),
      lastSummary: this.lastSummary,
      autoSyncMinutes: this.intervalMs === null ? null : this.intervalMs / 60_000
    }
  }

  private lastSuccessAt(): string | null {
    return lastPulledAt(this.options.db)
  }

  /** Syncs every `intervalMs` while signed in (the app; the CLI syncs on demand). */
  startAutoSync(intervalMs: number): void {
    this.stopAutoSync()
    this.timer = (this.options.scheduler ?? nodeIntervalScheduler).every(intervalMs, () => this.tryStart())
    this.intervalMs = intervalMs
  }

  /** The running automatic sync's interval; null while there is none (the CLI, a test, before start). */
  autoSyncIntervalMs(): number | null {
    return this.intervalMs
  }

  stopAutoSync(): void {
    this.timer?.cancel()
    if (this.nudgeTimer) clearTimeout(this.nudgeTimer)
    this.timer = null
    this.intervalMs = null
    this.nudgeTimer = null
  }

  /** A local write was queued: when online and auto-sync is on, send it shortly. */
  nudge(): void {
    if (!this.timer || this.nudgeTimer || !this.options.session.current().online) return
    this.nudgeTimer = setTimeout(() => {
      this.nudgeTimer = null
      this.tryStart()
    }, 1_500)
    this.nudgeTimer.unref?.()
  }

  private tryStart(): void {
    try {
      this.start().done.catch(() => undefined)
    } catch {
      // Not signed in: nothing to sync until someone signs in.
    }
  }

  /** Starts a sync unless one is running; resolves with that sync's summary either way. */
  start(): { started: boolean; done: Promise<SyncSummary> } {
    if (this.running) return { started: false, done: this.running }
    const client = this.options.session.requireClient()
    const staff = this.options.session.requireStaff()
    const collections = collectionsForRoles(staff.roles)
    this.progress = new Map(collections.map((c) => [c, { collection: c, pulled: 0, quarantined: 0, done: false }]))
    const run = this.run(collections, client).finally(() => {
      this.running = null
    })
    this.running = run
    return { started: true, done: run }
  }

  private async run(collections: CollectionName[], client: ReturnType<SessionService['requireClient']>): Promise<SyncSummary> {
    const startedAt = this.options.now().toISOString()
    const summary: SyncSummary = {
      startedAt,
      finishedAt: startedAt,
      pulled: {},
      pushed: 0,
      conflicts: 0,
      rejected: 0,
      quarantined: 0,
      error: null
    }
    try {
      const pushed = await pushOutbox({
        db: this.options.db,
        client,
        authorId: this.options.session.requireStaff().id,
        now: this.options.now,
        ...this.options.push,
        log: (m) => this.options.log('info', m)
      })
      summary.pushed = pushed.pushed
      summary.conflicts = pushed.conflicts
      summary.rejected = pushed.rejected
      if (pushed.stoppedBy === 'offline') {
        this.options.session.markOnline(false)
        throw new PortalUnreachableError('포털이 연결을 거부했습니다')
      }
      if (pushed.stoppedBy === 'auth') throw new PortalError(401, 'unauthorized', null, null)
      // What happened only on this PC joins the portal's record too — the signed-in author's events only.
      await uploadAuditEvents({ db: this.options.db, client, staffId: this.options.session.requireStaff().id, now: this.options.now, log: (m) => this.options.log('warn', m) })
      // The domains whose feeds this staff member's roles cover, in feed order, each once.
      const domains = [...new Set(collections.map(domainOfCollection))]
      await refreshReferenceBeforePull(this.options.db, client, this.options.now(), domains)
      // One feed downloads at a time; the next starts as soon as the previous has all its pages,
      // while that one finishes its indexing (a first pull's bulk load).
      const started: Promise<void>[] = []
      let stopped: { error: unknown } | null = null
      this.options.checkpointer?.begin()
      try {
        for (const collection of collections) {
          const downloaded = Promise.withResolvers<void>()
          const pull = pullCollection(
            {
              db: this.options.db,
              client,
              now: this.options.now,
              ...(this.options.pageSize ? { pageSize: this.options.pageSize } : {}),
              ...(this.options.backoff ? { backoff: this.options.backoff } : {}),
              overlay: overlayPending,
              ...(this.options.decoder ? { decoder: this.options.decoder } : {}),
              onProgress: (p) => this.progress.set(collection, p),
              onDownloaded: () => downloaded.resolve(),
              log: (m) => this.options.log('info', m)
            },
            collection
          ).then((result) => {
            summary.pulled[collection] = result.pulled
            summary.quarantined += result.quarantined
            this.options.session.markOnline(true)
          })
          started.push(pull)
          await Promise.race([downloaded.promise, pull])
        }
      } catch (error) {
        stopped = { error }
      }
      // Never report the sync over (or start another) while a feed is still finishing.
      const failed = (await Promise.allSettled(started)).find((result) => result.status === 'rejected')
      await this.options.checkpointer?.end()
      if (stopped) throw stopped.error
      if (failed) throw failed.reason
      await refreshReferenceAfterPull(this.options.db, client, this.options.now(), domains)
    } catch (error) {
      if (error instanceof PortalUnreachableError) this.options.session.markOnline(false)
      const { unexpected, code, message, detail, network } = explainFailure(error)
      summary.error = { code, message, ...(detail ? { detail } : {}), ...(network ? { network } : {}) }
      this.options.log(unexpected ? 'error' : 'warn', `sync failed: ${message}${detail ? ` (${detail})` : ''}`, unexpected ? error : undefined)
    }
    // 파기 after every sync: a full pull (or a portal change) may have brought back a registration past its 보유기간.
    runScheduledRetention(this.options.db, this.options.now(), this.options.log)
    // A WAL scrub the checkpoint thread stood in the way of runs now that the thread has stopped.
    retryWalScrub(this.options.db)
    summary.finishedAt = this.options.now().toISOString()
    this.lastSummary = summary
    return summary
  }
}
