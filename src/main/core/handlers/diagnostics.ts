import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { appendAudit } from '../../db/repositories/auditLog'
import type { Diagnostics, DiagnosticsSaved } from '../../../shared/ipc/diagnosticsViews'
import { maskLogText, maskLogValue } from '../../shell/logMask'
import { proxySettings, retentionDays, syncIntervalMinutes } from '../appSettings'
import { cacheStatus } from '../cacheStatus'
import { CACHE_FILES, readDataLocation } from '../dataDir'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'
import { AppError } from '../errors'
import { SEALED_KEY_FILE_NAME } from '../cacheKey'
import { seoulClock, seoulCompactDate } from '../../reports/seoulTime'

export interface DiagnosticsOptions {
  /** The folder of the app's log files (main.log and its archives). */
  logDir: string
  /**
   * Opens a folder in Explorer (Electron's shell.openPath: resolves with '' or an error text); null where
   * there is no desktop to open it on (the CLI, tests that do not pass one).
   */
  openPath: ((path: string) => Promise<string>) | null
  /** Where data-location.json lives (a move chosen in 설정); null where the folder is fixed. */
  dataHome: string | null
}

/** A path with the signed-in Windows account's profile folder written as %USERPROFILE% (the account name is the staff member's). */
function withoutProfile(path: string): string {
  const home = homedir()
  return home && path.toLowerCase().startsWith(home.toLowerCase()) ? `%USERPROFILE%${path.slice(home.length)}` : path
}

function cacheBytes(dataDir: string): number {
  return CACHE_FILES.filter((file) => file !== SEALED_KEY_FILE_NAME)
    .map((file) => join(dataDir, file))
    .filter((file) => existsSync(file))
    .reduce((sum, file) => sum + statSync(file).size, 0)
}

/** The facts of 진단 정보: versions, folders, the cache's size and counts, syncs, the outbox; nothing of a record. */
export function collectDiagnostics(ctx: CoreContext, options: DiagnosticsOptions): Diagnostics {
  const status = cacheStatus(ctx.db)
  const sync = ctx.sync.status()
  return {
    generatedAt: ctx.now().toISOString(),
    appVersion: ctx.appVersion,
    demoMode: ctx.demoMode,
    packaged: ctx.packaged,
    runtime: { electron: process.versions.electron ?? null, chrome: process.versions.chrome ?? null, node: process.versions.node },
    platform: `${process.platform} ${process.arch}`,
    dataDir: ctx.dataDir,
    logDir: options.logDir,
    cacheBytes: cacheBytes(ctx.dataDir),
    collections: Object.entries(status.collections).map(([collection, { count, last_pulled_at }]) => ({
      collection: collection as Diagnostics['collections'][number]['collection'],
      count,
      lastPulledAt: last_pulled_at
    })),
    lastSyncAt: sync.lastSyncAt,
    // The sentence the sync status showed; its technical detail may quote the portal, so it stays out.
    lastSyncError: sync.lastSummary?.error ? maskLogText(sync.lastSummary.error.message) : null,
    outbox: { pending: status.outbox.pending, needsAttention: status.outbox.conflicts + status.outbox.rejected, quarantined: status.quarantine },
    settings: {
      portalUrl: ctx.session.portalUrl,
      idleLockMinutes: ctx.session.idleLockMinutes,
      retentionDays: retentionDays(ctx.db).days,
      syncIntervalMinutes: syncIntervalMinutes(ctx.db),
      proxy: proxySettings(ctx.db)
    },
    pendingDataDir: options.dataHome ? (readDataLocation(options.dataHome).pending?.dir ?? null) : null
  }
}

/** Every log file of the folder (main.log, main.1.log …, renderer.log), never anything else. */
function logFiles(logDir: string): string[] {
  try {
    return readdirSync(logDir)
      .filter((name) => name.toLowerCase().endsWith('.log'))
      .sort()
      .map((name) => join(logDir, name))
  } catch {
    return []
  }
}

/**
 * The zip 진단 정보 저장 writes: diagnostics.json (the facts, profile folder hidden), settings.json (the
 * settings, nothing secret in them), logs/… each passed through the mask again (lines written before
 * the mask existed, a line another program appended). No cache file, no key, no record.
 */
export function diagnosticsZip(diagnostics: Diagnostics, logDir: string): { bytes: Uint8Array; entries: string[] } {
  const shown = maskLogValue(JSON.parse(JSON.stringify(diagnostics, (_key, value: unknown) => (typeof value === 'string' ? withoutProfile(value) : value))))
  const files: Record<string, Uint8Array> = {
    'diagnostics.json': strToU8(`${JSON.stringify(shown, null, 2)}\n`),
    'settings.json': strToU8(`${JSON.stringify(maskLogValue(diagnostics.settings), null, 2)}\n`)
  }
  for (const file of logFiles(logDir)) {
    files[`logs/${basename(file)}`] = strToU8(maskLogText(withoutProfile(readFileSync(file, 'utf8'))))
  }
  return { bytes: zipSync(files, { level: 6 }), entries: Object.keys(files) }
}

export function diagnosticsHandlers(
  ctx: CoreContext,
  options: DiagnosticsOptions
): Pick<Handlers, 'diagnostics:get' | 'diagnostics:save' | 'diagnostics:openLogFolder'> {
  return {
    'diagnostics:get': () => collectDiagnostics(ctx, options),
    'diagnostics:save': async (): Promise<DiagnosticsSaved> => {
      const path = await ctx.dialogs.chooseSaveFile({
        title: '진단 정보 저장',
        defaultName: `진단정보_${seoulCompactDate(ctx.now())}_${seoulClock(ctx.now()).replace(':', '')}.zip`,
        filters: [{ name: 'ZIP 압축 파일', extensions: ['zip'] }]
      })
      if (path === null) return { saved: false }
      const { bytes, entries } = diagnosticsZip(collectDiagnostics(ctx, options), options.logDir)
      // Written beside the chosen name first: a cancelled or failed write never leaves half a zip under it.
      const temporary = join(dirname(path), `.${basename(path)}.part`)
      try {
        writeFileSync(temporary, bytes)
        renameSync(temporary, path)
      } catch (error) {
        rmSync(temporary, { force: true })
        throw new AppError('internal', '진단 정보 파일을 저장하지 못했습니다. 다른 폴더를 골라 다시 저장하세요.', undefined, error instanceof Error ? error.message : String(error))
      }
      appendAudit(ctx.db, { at: ctx.now().toISOString(), actorId: ctx.session.requireStaff().id, action: 'diagnostics_export', detail: { fileName: basename(path), entries } })
      return { saved: true, fileName: basename(path), entries }
    },
    'diagnostics:openLogFolder': async () => {
      if (!options.openPath) throw new AppError('unavailable', '이 실행 환경에서는 로그 폴더를 열 수 없습니다.')
      mkdirSync(options.logDir, { recursive: true })
      const problem = await options.openPath(options.logDir)
      if (problem) throw new AppError('internal', '로그 폴더를 열지 못했습니다. 탐색기에서 직접 여세요.', undefined, problem)
      return { ok: true as const }
    }
  }
}
