import { z } from 'zod'
import {
  AttractiveJob,
  AttractiveJobStatus,
  CollectionName,
  JobField,
  OrgType,
  PublicType,
  Staff,
  TargetGroup
} from '../portal'

/** Shapes the main process hands to the renderer (views over the cache, not portal records). */

export const PageRequest = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50)
})

export const SORTABLE_ATTRACTIVE_JOB_COLUMNS = [
  'updated_at',
  'submitted_at',
  'title',
  'org_name',
  'status',
  'headcount',
  'hourly_wage',
  'program_year'
] as const
export const AttractiveJobSortColumn = z.enum(SORTABLE_ATTRACTIVE_JOB_COLUMNS)

export const AttractiveJobFilter = z.object({
  statuses: z.array(AttractiveJobStatus).optional(),
  orgTypes: z.array(OrgType).optional(),
  districtCodes: z.array(z.string().regex(/^11\d{3}$/)).optional(),
  fields: z.array(JobField).optional(),
  publicTypes: z.array(PublicType).optional(),
  targetGroups: z.array(TargetGroup).optional(),
  programYears: z.array(z.number().int()).optional(),
  search: z.string().max(100).optional()
})
export type AttractiveJobFilter = z.infer<typeof AttractiveJobFilter>

export const AttractiveJobListRequest = PageRequest.extend({
  filter: AttractiveJobFilter.default({}),
  sort: z
    .object({ column: AttractiveJobSortColumn, direction: z.enum(['asc', 'desc']) })
    .default({ column: 'updated_at', direction: 'desc' })
})
export type AttractiveJobListRequest = z.input<typeof AttractiveJobListRequest>

export const AttractiveJobRow = z.object({
  id: z.string(),
  version: z.number().int(),
  status: AttractiveJobStatus,
  program_year: z.number().int(),
  org_type: OrgType,
  org_code: z.string(),
  org_name: z.string(),
  field: JobField,
  public_type: PublicType,
  target_group: TargetGroup,
  title: z.string(),
  headcount: z.number().int(),
  hourly_wage: z.number().int(),
  submitted_at: z.string(),
  updated_at: z.string(),
  pulled_at: z.string(),
  pending_writes: z.number().int()
})
export type AttractiveJobRow = z.infer<typeof AttractiveJobRow>

export const AttractiveJobListResult = z.object({
  rows: z.array(AttractiveJobRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  statusCounts: z.record(z.string(), z.number().int())
})
export type AttractiveJobListResult = z.infer<typeof AttractiveJobListResult>

export const AttractiveJobDetail = z.object({
  record: AttractiveJob,
  pulled_at: z.string(),
  pending_writes: z.number().int()
})
export type AttractiveJobDetail = z.infer<typeof AttractiveJobDetail>

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
  error: z.object({ code: z.string(), message: z.string() }).nullable()
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
  online: z.boolean()
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
  portalUrl: z.string().url().nullable()
})
export type Settings = z.infer<typeof Settings>
