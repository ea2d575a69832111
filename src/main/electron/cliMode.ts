import { app } from 'electron'
import log from 'electron-log/main'
import { appCacheKey } from '../app/startup'
import { EXIT_FAILED, runCli, type CliIo } from '../cli/run'
import type { WorkerSpec } from '../workerSpec'
import { safeStorageSealer } from './cacheKey'
import { applyProxySettings, electronPortalFetch } from './network'

type AppLog = (level: 'info' | 'warn' | 'error', message: string, meta?: unknown) => void

export interface CliModeOptions {
  /** The built worker files (electron-vite's `?modulePath`), as the window's core gets them. */
  decodeWorker: WorkerSpec
  checkpointWorker: WorkerSpec
  log: AppLog
}

/** sync's progress line (run.ts), once a second: for a person at a console, not for the log file. */
const PROGRESS_PREFIX = '동기화 중:'

/**
 * `SeoulJobsDesk.exe --cli <command> …`: runCli with the installed app's own means — the cache key
 * sealed by safeStorage (so no SEOUL_DESK_CACHE_KEY), the built workers, Chromium's network stack
 * (the system proxy, PAC and the Windows certificate store, as the window has them) — then exits with
 * its code. No window is made and the single-instance lock is never asked for (index.ts): a CLI run
 * while the window is open neither fails nor brings the window forward, and the window's later
 * starts are not refused because a scheduled sync holds the lock. Both work on the same SQLite file,
 * as `npm run cli` beside the app always has (WAL; writes wait on SQLite's busy timeout).
 *
 * A GUI-subsystem .exe on Windows writes to the console only where Electron attaches to its parent's,
 * and `>` cannot capture that: `--out FILE` is the way a job keeps the output. Everything the command
 * writes to stderr (failures, warnings) also goes to the app's log file (…\logs\main.log).
 */
export function runCliMode(argv: string[], options: CliModeOptions): void {
  // The log file only: electron-log's console transport would mix log lines into the command's output.
  log.transports.console.level = false
  app.dock?.hide()
  const command = argv.find((arg) => !arg.startsWith('-')) ?? '(none)'
  const io: CliIo = {
    stdout: process.stdout,
    stderr: {
      write: (chunk: string) => {
        if (!chunk.startsWith(PROGRESS_PREFIX)) options.log('info', `cli ${command}: ${chunk.trimEnd()}`)
        return process.stderr.write(chunk)
      }
    },
    env: process.env
  }
  app
    .whenReady()
    .then(() =>
      runCli(argv, io, {
        cacheKey: async (dataDir) => (await appCacheKey({ dataDir, sealer: safeStorageSealer, packaged: app.isPackaged, env: process.env, log: options.log })).key,
        decodeWorker: options.decodeWorker,
        checkpointWorker: options.checkpointWorker,
        portalFetch: electronPortalFetch,
        onProxySettings: (proxy) => applyProxySettings(proxy, options.log),
        appVersion: app.getVersion(),
        programName: 'SeoulJobsDesk.exe --cli (또는 seoul-jobs-cli.cmd)',
        packaged: app.isPackaged
      })
    )
    .catch((error: unknown) => {
      io.stderr.write(`오류: ${error instanceof Error ? error.message : String(error)}\n`)
      return EXIT_FAILED
    })
    .then(async (code) => {
      options.log('info', `cli ${command}: exit ${code}`)
      // A console on Windows is written asynchronously: exit once what was written has gone out.
      await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write('', done))))
      app.exit(code)
    })
}
