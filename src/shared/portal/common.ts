import { z } from 'zod'

/**
 * Primitives of the portal admin API v1 (shared/portal-admin-api.md §1). These schemas are the one
 * source for the desktop client, the portal simulator and the generated OpenAPI document.
 */
export const Instant = z.iso.datetime({ offset: true }).describe('RFC 3339 instant with offset')
export const LocalDate = z.iso.date().describe('YYYY-MM-DD in Asia/Seoul')
export const Won = z.number().int().nonnegative().describe('integer KRW (원)')
export const RecordId = z.string().min(1).max(64)
export const Version = z.number().int().min(1)

export const COLLECTIONS = [
  'attractive-jobs',
  'sme-applications',
  'reemployment-sessions',
  'reemployment-registrations'
] as const
export const CollectionName = z.enum(COLLECTIONS)
export type CollectionName = z.infer<typeof CollectionName>

export const ROLES = [
  'attractive_jobs_reviewer',
  'sme_screener',
  'sme_evaluator',
  'reemployment_coordinator',
  'manager'
] as const
export const Role = z.enum(ROLES)
export type Role = z.infer<typeof Role>

export const Staff = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  department: z.string(),
  roles: z.array(Role)
})
export type Staff = z.infer<typeof Staff>

export const PasswordGrant = z.object({
  grant_type: z.literal('password'),
  username: z.string().min(1),
  password: z.string().min(1)
})
export const RefreshGrant = z.object({
  grant_type: z.literal('refresh_token'),
  refresh_token: z.string().min(1)
})
export const TokenRequest = z.discriminatedUnion('grant_type', [PasswordGrant, RefreshGrant])
export type TokenRequest = z.infer<typeof TokenRequest>

export const TokenResponse = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.number().int().positive(),
  staff: Staff
})
export type TokenResponse = z.infer<typeof TokenResponse>

export const ERROR_CODES = [
  'unauthorized',
  'token_expired',
  'forbidden',
  'not_found',
  'validation_failed',
  'invalid_transition',
  'version_conflict',
  'precondition_required',
  'idempotency_key_reused',
  'capacity_exceeded',
  'cursor_expired',
  'rate_limited',
  'unavailable'
] as const
export const ErrorCode = z.enum(ERROR_CODES)
export type ErrorCode = z.infer<typeof ErrorCode>

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: ErrorCode,
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  current: z.unknown().optional()
})
export type Problem = z.infer<typeof Problem>

export const Tombstone = z.object({
  id: RecordId,
  version: Version,
  updated_at: Instant,
  deleted: z.literal(true)
})
export type Tombstone = z.infer<typeof Tombstone>

/** A feed page is parsed loosely: each item is checked on its own so one broken item cannot stop a sync. */
export const FeedPage = z.object({
  items: z.array(z.unknown()),
  next_cursor: z.string().min(1),
  has_more: z.boolean()
})
export type FeedPage = z.infer<typeof FeedPage>

export const FeedQuery = z.object({
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200)
})

/** Masked personal data as the portal sends it (one rule everywhere: 김*수, 010-****-5678). */
export const MaskedName = z.string().min(1).max(40)
export const MaskedPhone = z.string().regex(/^0\d{1,2}-\*{3,4}-\d{4}$/)
export const MaskedEmail = z.string().regex(/^[^@\s]+@[^@\s]+$/)

export const ContactResponse = z.object({
  name: z.string().min(1),
  phone: z.string().min(1),
  email: z.string().optional()
})
export type ContactResponse = z.infer<typeof ContactResponse>
