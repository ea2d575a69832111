import { z } from 'zod'
import { openCache } from '../db/connection'
import '../../shared/koreanValidationMessages'
import type { CoreContext, WriteQueue } from './context'
import type { Logger } from './log'
import { createDispatch, type Dispatch, type Handlers } from './dispatch'
import { appHandlers } from './handlers/app'
import { authHandlers } from './handlers/auth'
import { referenceHandlers } from './handlers/reference'
import { auditLastDataDirMove, settingsHandlers } from './handlers/settings'
import { diagnosticsHandlers } from './handlers/diagnostics'
import { join } from 'node:path'
import { syncHandlers } from './handlers/sync'
import { inboxHandlers } from './handlers/inbox'
import { recordHandlers } from './handlers/records'
import { privacyHandlers } from './handlers/privacy'
import { auditHandlers } from './handlers/audit'
import { reportHandlers } from './handlers/reports'
import { collectionSpec, domainHandlers, registeredDomains } from '../domains/registry'
import { getSetting, setSetting } from '../db/repositories/settings'
import { maskQuarantined } from '../db/repositories/quarantine'
import { retryWalScrub } from '../db/walScrub'
import { runScheduledRetention } from './retention'
import { proxySettings } from './appSettings'
import type { ProxySettings } from '../../shared/ipc/views'
import { enqueueWrite } from '../outbox/queue'
import { SessionService } from './session'
import { purgeCollectionsOutsideRoles } from './rolePurge'
import { SyncService, type SyncServiceOptions } from './syncService'
import { inlineDecoder, workerDecoder } from '../sync/pageDecoder'
import { backgroundCheckpointer } from '../db/walCheckpointer'
import type { WorkerSpec } from '../workerSpec'
import { noFileDialogs, type FileDialogs } from './fileDialogs'

/** Set once the quarantine's copies from before the masking have been masked. */
const SETTING_QUARANTINE_MASKED = 'quarantine_masked'

export interface CoreOptions {
  dataDir: string
  /**
   * The passphrase of the encrypted cache file (`PRAGMA key`): sealed by the OS key store in the app,
   * SEOUL_DESK_CACHE_KEY for the CLI where there is none.
   */
  cacheKey: string
  /** Refuse a cache the key cannot open instead of moving it aside (the CLI: its key comes from the environment). */
  keepUnreadableCache?: boolean
  /** Portal for this run; when absent the stored setting is used. */
  portalUrl?: string | null
  appVersion?: string
  demoMode?: boolean
  /** An installed build (`app.isPackaged`): demo mode is then a choice on the sign-in screen, never automatic. */
  packaged?: boolean
  /** Starts the built-in portal simulator for this run and resolves with its URL (the app supplies it; `app:startDemo`). */
  startDemo?: () => Promise<string>
  log?: Logger
  now?: () => Date
  /** Feed page size (1..1000). */
  pageSize?: number
  push?: SyncServiceOptions['push']
  /** Decode feed pages on this worker thread (the app, the CLI, the benchmark); absent: on the main thread. */
  decodeWorker?: WorkerSpec
  /** Checkpoint the WAL on this worker thread while a sync writes; absent: on commit. */
  checkpointWorker?: WorkerSpec
  /** The system file dialogs (reports' save and folder dialogs, the import's open dialog); absent: none can be shown. */
  dialogs?: FileDialogs
  /**
   * How every portal client sends (each sign-in makes one), given the stored proxy settings: Electron's
   * `net.fetch` in the app (the session's proxy applies), undici with the environment's or the settings'
   * proxy in the CLI; absent: Node's fetch, direct.
   */
  portalFetch?: (proxy: ProxySettings) => typeof fetch
  /** The proxy settings at start and after every change in 설정 (the app applies them to Chromium's session). */
  onProxySettings?: (proxy: ProxySettings) => void
  /** The automatic sync's timer (default: Node's); tests pass one they advance by hand. */
  scheduler?: SyncServiceOptions['scheduler']
  /**
   * The default data folder, where data-location.json names a folder chosen in 설정 (the app); absent:
   * the folder cannot be changed from the screen (the CLI takes --data-dir).
   */
  dataHome?: string
  /** The log files' folder (진단 정보); default: `logs` in the data folder. */
  logDir?: string
  /** Opens a folder in Explorer (Electron's shell.openPath); absent: 로그 폴더 열기 is unavailable. */
  openPath?: (path: string) => Promise<string>
}

export interface Core {
  dispatch: Dispatch
  context: CoreContext
  close(): void
}

const consoleLog: Logger = (level, message, meta) => {
  const line = `[${level}] ${message}`
  if (level === 'error') console.error(line, meta ?? '')
  else if (level === 'warn') console.warn(line)
}

/**
 * Everything the app does behind the window, with no Electron in it: the Electron main process,
 * the CLI, the tests and the benchmarks all run this same core.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date())
  const log = options.log ?? consoleLog
  const { db, recovery } = openCache(options.dataDir, now, options.cacheKey, { keepUnreadable: options.keepUnreadableCache ?? false })
  if (recovery) log('warn', `cache file could not be opened and was moved to ${recovery.movedTo}: ${recovery.reason}`)
  // Derived data a migration could not compute (it runs no domain code) is filled in before anything reads it.
  for (const domain of registeredDomains()) domain.repairDerived?.(db)
  // Personal data at rest: quarantined copies kept whole by versions before the masking are masked, once
  // (the quarantine writer masks every copy since); 파기 runs before anything reads.
  if (!getSetting(db, SETTING_QUARANTINE_MASKED, z.boolean(), false)) {
    maskQuarantined(db, (collection) => collectionSpec(collection).personalFields ?? [])
    setSetting(db, SETTING_QUARANTINE_MASKED, true)
  }
  runScheduledRetention(db, now(), log)
  // A data folder move the shell made (or could not) at this start joins the 접속기록.
  if (options.dataHome) auditLastDataDirMove(db, options.dataHome, log)
  const session = new SessionService({
    db,
    now,
    ...(options.portalUrl !== undefined ? { portalUrl: options.portalUrl } : {}),
    portalFetch: options.portalFetch,
    onSessionStart: (staff) => purgeCollectionsOutsideRoles(db, staff.id, staff.roles, now().toISOString())
  })
  const decoder = options.decodeWorker ? workerDecoder(options.decodeWorker, (message) => log('warn', message)) : inlineDecoder()
  const checkpointer = options.checkpointWorker ? backgroundCheckpointer(db, options.cacheKey, options.checkpointWorker, (message) => log('warn', message)) : null
  const sync = new SyncService({
    db,
    session,
    now,
    log,
    decoder,
    checkpointer,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    ...(options.push ? { push: options.push } : {}),
    ...(options.scheduler ? { scheduler: options.scheduler } : {})
  })
  const writes: WriteQueue = {
    enqueue(op, input) {
      const { seq, recordId, idempotencyKey } = enqueueWrite(context.db, op, {
        recordId: input.recordId,
        body: input.body,
        actorId: session.requireStaff().id,
        now: now()
      })
      sync.nudge()
      return { seq, recordId, idempotencyKey }
    }
  }
  const context: CoreContext = {
    db,
    dataDir: options.dataDir,
    appVersion: options.appVersion ?? '0.0.0-dev',
    demoMode: options.demoMode ?? false,
    packaged: options.packaged ?? false,
    startDemo: options.startDemo ?? null,
    cacheRecovery: recovery,
    now,
    log,
    session,
    sync,
    writes,
    dialogs: options.dialogs ?? noFileDialogs,
    settingsChanged: (settings) => options.onProxySettings?.(settings.proxy)
  }
  options.onProxySettings?.(proxySettings(db))
  const handlers = {
    ...appHandlers(context),
    ...authHandlers(context),
    ...settingsHandlers(context, { dataHome: options.dataHome ?? null }),
    ...diagnosticsHandlers(context, { logDir: options.logDir ?? join(options.dataDir, 'logs'), openPath: options.openPath ?? null, dataHome: options.dataHome ?? null }),
    ...syncHandlers(context),
    ...referenceHandlers(context),
    ...inboxHandlers(context),
    ...recordHandlers(context),
    ...privacyHandlers(context),
    ...auditHandlers(context),
    ...reportHandlers(context),
    ...domainHandlers(context)
  } satisfies Handlers
  return {
    dispatch: createDispatch(handlers, log, { access: () => session.accessView() }),
    context,
    close: () => {
      sync.stopAutoSync()
      void decoder.close()
      void checkpointer?.close()
      retryWalScrub(db)
      db.close()
    }
  }
}
