import { z } from 'zod'
import { IdText } from './contractParts'

/** Shapes of the personal-data channels: the audit trail, the contact look-up, retention. */

/** One entry of the 접속기록 (안전성 확보조치 기준 §8) as the 감사 기록 screen shows it. */
export const AuditEvent = z.object({
  /** Client-made UUID: the portal stores a repeated event once (portal-admin-api.md §10). */
  id: z.string(),
  /** Its place in the hash chain (1, 2, …). */
  seq: z.number().int(),
  kind: z.string(),
  /** The kind in Korean (src/shared/domain/auditLabels.ts; a write's stage with the op's label). */
  kindLabel: z.string(),
  /** The PC's time when it happened. */
  at: z.string(),
  /** The PC time of the act the entry is about, when that is earlier (a write the portal confirmed later). */
  deviceTime: z.string().nullable(),
  staffId: z.string().nullable(),
  /** The PC (host name). */
  host: z.string(),
  collection: z.string().nullable(),
  recordId: z.string().nullable(),
  reason: z.string().nullable(),
  /** What else was recorded (report, rows, masked or not, …) as JSON text. */
  detail: z.string().nullable(),
  /** When the portal confirmed the write this entry is about, or accepted the event itself. */
  portalConfirmedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable()
})
export type AuditEvent = z.infer<typeof AuditEvent>

const IsoDate = z.iso.date({ error: '날짜는 YYYY-MM-DD 형식의 있는 날짜여야 합니다.' })

export const AuditQuery = z.object({
  staffId: IdText.optional(),
  kind: z.string().max(60).optional(),
  /** A record or person id (exact). */
  recordId: IdText.optional(),
  /** Seoul dates, both ends included. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0)
})
export type AuditQuery = z.infer<typeof AuditQuery>

export const AuditPage = z.object({ rows: z.array(AuditEvent), total: z.number().int() })
export type AuditPage = z.infer<typeof AuditPage>

/** The manager's monthly review: every download, printout and contact look-up of a month, with its reason. */
export const MonthlyReviewRequest = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '월은 YYYY-MM 형식입니다.') })
export const MonthlyReview = z.object({
  month: z.string(),
  rows: z.array(AuditEvent),
  reviewed: z.number().int(),
  unreviewed: z.number().int()
})
export type MonthlyReview = z.infer<typeof MonthlyReview>

/** Event ids (AuditEvent.id) of the monthly review's entries; a mark is written once (the first reviewer stays). */
export const MarkReviewedRequest = z.object({ ids: z.array(IdText).min(1).max(1000) })

/** `audit verify`: the chain checked from the first entry; the first broken link when there is one. */
export const AuditVerification = z.object({
  checked: z.number().int(),
  broken: z.object({ seq: z.number().int(), id: z.string().nullable(), reason: z.string() }).nullable()
})
export type AuditVerification = z.infer<typeof AuditVerification>

export const CONTACT_REASON_MIN = 5
/** A contact look-up: one record, a stated reason (portal-admin-api.md §9). */
export const ContactRequest = z.object({
  id: IdText,
  reason: z.string().trim().min(CONTACT_REASON_MIN, `사유를 ${CONTACT_REASON_MIN}자 이상 적으세요.`).max(200, '사유는 200자까지 적을 수 있습니다.')
})
export type ContactRequest = z.infer<typeof ContactRequest>

/** The full contact as the portal answered it; shown once, never stored. */
export const ContactView = z.object({ name: z.string(), phone: z.string(), email: z.string().nullable() })
export type ContactView = z.infer<typeof ContactView>

export const RetentionStatus = z.object({
  retentionDays: z.number().int(),
  /** `default` until the division sets the 보유기간 of its 개인정보 처리방침. */
  source: z.enum(['default', 'set']),
  lastPurgeAt: z.string().nullable(),
  lastPurgedCount: z.number().int().nullable()
})
export type RetentionStatus = z.infer<typeof RetentionStatus>
