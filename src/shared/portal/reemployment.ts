import { z } from 'zod'
import { Instant, LocalDate, MaskedName, MaskedPhone, PortalRef, RecordId, ShortText, Version } from './common'

/** 재취업 지원 sessions and registrations, shared/portal-admin-api.md §7. */
export const SESSION_KINDS = ['education', 'consultation'] as const
export const SERVICE_TYPES = ['career_design', 'job_placement', 'education'] as const
export const SESSION_STATUSES = ['open', 'closed', 'cancelled', 'completed'] as const

/** The days of one education course: a two-day course is two sessions with the same `id`; 수료 is judged per course. */
export const SessionCourse = z.object({
  id: RecordId,
  title: ShortText.min(1),
  day: z.number().int().min(1),
  days: z.number().int().min(1)
})
export type SessionCourse = z.infer<typeof SessionCourse>

export const ReemploymentSession = z.object({
  id: RecordId,
  version: Version,
  updated_at: Instant,
  kind: z.enum(SESSION_KINDS),
  service_type: z.enum(SERVICE_TYPES),
  title: ShortText.min(1),
  starts_at: Instant,
  ends_at: Instant,
  hours: z.number().min(0),
  venue: ShortText,
  instructor: ShortText,
  /** Null for a one-off session or a consultation. */
  course: SessionCourse.nullable(),
  capacity: z.number().int().min(0),
  status: z.enum(SESSION_STATUSES)
})
export type ReemploymentSession = z.infer<typeof ReemploymentSession>

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const
export const RegistrationStatus = z.enum(REGISTRATION_STATUSES)
export type RegistrationStatus = z.infer<typeof RegistrationStatus>

export const ATTENDANCE_STATUSES = ['present', 'late', 'left_early', 'absent'] as const
export const AttendanceStatus = z.enum(ATTENDANCE_STATUSES)
export type AttendanceStatus = z.infer<typeof AttendanceStatus>

export const RETIREMENT_REASONS = ['retirement_age', 'contract_end', 'voluntary_early', 'business_reasons', 'other'] as const
export const EMPLOYMENT_TYPES = ['regular', 'fixed_term', 'other'] as const

export const Career = z.object({
  last_employer: ShortText,
  job_field: ShortText,
  years: z.number().int().min(0).max(70),
  employment_type: z.enum(EMPLOYMENT_TYPES)
})

export const ReemploymentRegistration = z.object({
  id: RecordId,
  version: Version,
  updated_at: Instant,
  session_id: RecordId,
  person: z.object({
    /** The portal's pseudonymous member id (가명 식별자): the same in every registration of one person. */
    id: RecordId,
    name: MaskedName,
    birth_year: z.number().int().min(1900).max(2100),
    phone: MaskedPhone,
    phone_last4: z.string().regex(/^\d{4}$/)
  }),
  career: Career.nullable(),
  expected_retirement: LocalDate.nullable(),
  retirement_reason: z.enum(RETIREMENT_REASONS).nullable(),
  status: RegistrationStatus,
  waitlist_rank: z.number().int().min(1).nullable(),
  attendance: z
    .object({ status: AttendanceStatus, checked_at: Instant, checked_by: PortalRef })
    .nullable(),
  registered_at: Instant,
  client_ref: PortalRef.nullable()
})
export type ReemploymentRegistration = z.infer<typeof ReemploymentRegistration>

export const AttendanceRequest = z.object({ status: AttendanceStatus, checked_at: Instant })
export type AttendanceRequest = z.infer<typeof AttendanceRequest>
export const RegistrationStatusRequest = z.object({ status: RegistrationStatus })
export type RegistrationStatusRequest = z.infer<typeof RegistrationStatusRequest>

export const WalkInRequest = z.object({
  session_id: RecordId,
  person: z.object({
    name: z.string().trim().min(1).max(40),
    birth_year: z.number().int().min(1900).max(2100),
    phone: z.string().regex(/^0\d{1,2}-?\d{3,4}-?\d{4}$/, '전화번호 형식이 올바르지 않습니다.')
  }),
  career: Career.optional(),
  expected_retirement: LocalDate.optional(),
  client_ref: z.uuid()
})
export type WalkInRequest = z.infer<typeof WalkInRequest>
