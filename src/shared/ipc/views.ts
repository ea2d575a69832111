import { z } from 'zod'
import { CollectionName, Staff } from '../portal'

/** Shapes the main process hands to the renderer (views over the cache, not portal records). */

export const PORTAL_URL_MESSAGE = '포털 주소 형식이 올바르지 않습니다 (예: https://job.seoul.go.kr)'
/** The portal's address as staff type it: http(s) only, spaces around it ignored. */
export const PortalUrl = z.string().trim().pipe(z.url({ protocol: /^https?$/, error: PORTAL_URL_MESSAGE }))

export const CollectionProgress = z.object({
  collection: CollectionName,
  pulled: z.number().int(),
  quarantined: z.number().int(),
  done: z.boolean()
})
export type CollectionProgress = z.infer<typeof CollectionProgress>

export const SyncSummary = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  pulled: z.record(z.string(), z.number().int()),
  pushed: z.number().int(),
  conflicts: z.number().int(),
  rejected: z.number().int(),
  quarantined: z.number().int(),
  /** Told as every failure is (what happened and what to do), the technical part in `detail`. */
  error: z.object({ code: z.string(), message: z.string(), detail: z.string().optional() }).nullable()
})
export type SyncSummary = z.infer<typeof SyncSummary>

export const SyncStatus = z.object({
  running: z.boolean(),
  online: z.boolean(),
  progress: z.array(CollectionProgress),
  lastSyncAt: z.string().nullable(),
  lastSummary: SyncSummary.nullable()
})
export type SyncStatus = z.infer<typeof SyncStatus>

export const CacheStatus = z.object({
  collections: z.record(z.string(), z.object({ count: z.number().int(), last_pulled_at: z.string().nullable() })),
  outbox: z.object({ pending: z.number().int(), conflicts: z.number().int(), rejected: z.number().int() }),
  quarantine: z.number().int()
})
export type CacheStatus = z.infer<typeof CacheStatus>

export const Session = z.object({
  staff: Staff.nullable(),
  portalUrl: z.string().nullable(),
  /** Signed in against the portal in this run (false: working offline on the last staff's cache). */
  online: z.boolean(),
  /** Who last signed in on this PC: "오프라인으로 계속" is possible only when set. */
  lastStaff: Staff.nullable()
})
export type Session = z.infer<typeof Session>

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  demoMode: z.boolean(),
  /** Set when the cache file could not be opened and was moved aside at start. */
  cacheRecovery: z.object({ movedTo: z.string(), reason: z.string() }).nullable()
})
export type AppInfo = z.infer<typeof AppInfo>

export const Settings = z.object({
  portalUrl: PortalUrl.nullable()
})
export type Settings = z.infer<typeof Settings>
