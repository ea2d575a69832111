import { z } from 'zod'
import { isMaskedEmail, isMaskedName, isMaskedPhone } from '../domain/personalData'

/**
 * Primitives of the portal admin API v1 (shared/portal-admin-api.md §1). These schemas are the one
 * source for the desktop client, the portal simulator and the generated OpenAPI document.
 */
export const Instant = z.iso.datetime({ offset: true }).describe('RFC 3339 instant with offset')
export const LocalDate = z.iso.date().describe('YYYY-MM-DD in Asia/Seoul')
export const Won = z.number().int().nonnegative().describe('integer KRW (원)')
export const RecordId = z.string().min(1).max(64)
export const Version = z.number().int().min(1)

/**
 * Ceilings on the portal's strings, far above any real value, so a broken or hostile feed cannot push
 * megabytes into one field (the item fails its schema and is quarantined instead).
 */
export const PORTAL_TEXT_LIMITS = { id: 100, name: 40, shortText: 300, freeText: 10_000 } as const
/** An id or code that is not a record id: staff, comments, attachments, criteria, districts. */
export const PortalId = z.string().min(1).max(PORTAL_TEXT_LIMITS.id)
/** The same, where the contract allows it empty (who decided, before anyone did). */
export const PortalRef = z.string().max(PORTAL_TEXT_LIMITS.id)
/** A staff member's name as the directory shows it (never a citizen's: those come masked). */
export const PersonNameText = z.string().max(PORTAL_TEXT_LIMITS.name)
/** A title, a label, a place, an address: one line. */
export const ShortText = z.string().max(PORTAL_TEXT_LIMITS.shortText)
/** Free text: duties, plans, comments, notes, reasons. */
export const FreeText = z.string().max(PORTAL_TEXT_LIMITS.freeText)

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
  id: PortalId,
  name: PersonNameText.min(1),
  department: ShortText,
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

/** Bearer tokens are opaque to the client; no real one comes near this. */
const TOKEN_MAX = 4096

export const TokenResponse = z.object({
  access_token: z.string().min(1).max(TOKEN_MAX),
  refresh_token: z.string().min(1).max(TOKEN_MAX),
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
  type: ShortText,
  title: ShortText,
  status: z.number().int(),
  detail: FreeText.optional(),
  code: ErrorCode,
  errors: z.array(z.object({ path: ShortText, message: ShortText })).optional(),
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
  next_cursor: z.string().min(1).max(PORTAL_TEXT_LIMITS.freeText),
  has_more: z.boolean()
})
export type FeedPage = z.infer<typeof FeedPage>

export const FeedQuery = z.object({
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200)
})

/**
 * Masked personal data as the portal sends it, by the one rule (shared/domain/masking.ts): 김*수,
 * 010-****-5678, k***@example.go.kr. A value the rule has not masked fails the item's schema, so the
 * item is quarantined (masked there) instead of cached.
 */
export const MaskedName = z
  .string()
  .min(1)
  .max(PORTAL_TEXT_LIMITS.name)
  .refine(isMaskedName, '가려지지 않은 이름입니다 (예: 홍*동)')
export const MaskedPhone = z.string().refine(isMaskedPhone, '가려지지 않았거나 형식이 다른 전화번호입니다 (예: 010-****-5678)')
export const MaskedEmail = z
  .string()
  .max(PORTAL_TEXT_LIMITS.shortText)
  .refine(isMaskedEmail, '가려지지 않았거나 형식이 다른 이메일 주소입니다 (예: k***@seoul.go.kr)')

export const ContactResponse = z.object({
  name: z.string().min(1).max(PORTAL_TEXT_LIMITS.name),
  phone: z.string().min(1).max(PORTAL_TEXT_LIMITS.name),
  email: ShortText.optional()
})
export type ContactResponse = z.infer<typeof ContactResponse>
