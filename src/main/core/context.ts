import type Database from 'better-sqlite3'
import type { CacheRecovery } from '../db/connection'
import type { SessionService } from './session'
import type { SyncService } from './syncService'

export type LogLevel = 'info' | 'warn' | 'error'
export type Logger = (level: LogLevel, message: string, meta?: unknown) => void

/** What every domain's handlers share. One per running core (app window, CLI run, test). */
export interface CoreContext {
  db: Database.Database
  dataDir: string
  appVersion: string
  demoMode: boolean
  cacheRecovery: CacheRecovery | null
  now: () => Date
  log: Logger
  session: SessionService
  sync: SyncService
}
