import { z } from 'zod'
import { CollectionName } from '../portal'
import { ProxySettings } from './views'

/**
 * 진단 정보: what IT or the developer needs to tell why a PC misbehaves — versions, folders, the cache's
 * size and counts, the last sync per collection, the outbox's counts, the settings. Never a record, a
 * name, a phone number or a token: the same facts go into the zip 진단 정보 저장 writes.
 */
export const DiagnosticsCollection = z.object({
  collection: CollectionName,
  count: z.number().int(),
  lastPulledAt: z.string().nullable()
})
export type DiagnosticsCollection = z.infer<typeof DiagnosticsCollection>

export const Diagnostics = z.object({
  generatedAt: z.string(),
  appVersion: z.string(),
  demoMode: z.boolean(),
  packaged: z.boolean(),
  runtime: z.object({ electron: z.string().nullable(), chrome: z.string().nullable(), node: z.string() }),
  platform: z.string(),
  dataDir: z.string(),
  logDir: z.string(),
  /** The cache file with its WAL and shared-memory files, in bytes. */
  cacheBytes: z.number().int(),
  collections: z.array(DiagnosticsCollection),
  lastSyncAt: z.string().nullable(),
  lastSyncError: z.string().nullable(),
  outbox: z.object({
    pending: z.number().int(),
    /** 확인 필요: conflicts and refusals waiting for their author. */
    needsAttention: z.number().int(),
    quarantined: z.number().int()
  }),
  /** The settings in force, with nothing secret in them (the proxy's address never holds credentials). */
  settings: z.object({
    portalUrl: z.string().nullable(),
    idleLockMinutes: z.number().int(),
    retentionDays: z.number().int(),
    syncIntervalMinutes: z.number().int(),
    proxy: ProxySettings
  }),
  /** A data folder chosen in 설정, moved to at the next start. */
  pendingDataDir: z.string().nullable()
})
export type Diagnostics = z.infer<typeof Diagnostics>

/** 진단 정보 저장: the zip's name when written; cancelled when the save dialog was closed. */
export const DiagnosticsSaved = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), fileName: z.string(), entries: z.array(z.string()) }),
  z.object({ saved: z.literal(false) })
])
export type DiagnosticsSaved = z.infer<typeof DiagnosticsSaved>

/**
 * The data folder: the one in use, and a move chosen in 설정 that waits for the next start (the files
 * are copied while nothing holds the cache open); the last start's failed move, told in Korean.
 */
export const DataDirState = z.object({
  current: z.string(),
  pending: z.string().nullable(),
  lastMoveProblem: z.string().nullable()
})
export type DataDirState = z.infer<typeof DataDirState>
