import { z } from 'zod'
import { AttendanceStatus, ReemploymentSession } from '../../portal/reemployment'
import { Month, RosterPerson, SessionKind, SessionSummary } from './sessionViews'

/** 재취업 views of what follows a session: 수료 per course and its settings, per-person counts, the 출석부. */

/** How 수료 of a course is judged (the division's rule, kept as settings). */
export const CompletionSettings = z.object({
  /** Share of the course's hours attended, 0..1 (0.8: 80 %). */
  minShare: z.number().min(0).max(1).default(0.8),
  /** Which attendance statuses count as attended. */
  countedStatuses: z.array(AttendanceStatus).min(1, '출석으로 인정할 상태를 하나 이상 고르세요.').default(['present', 'late']),
  /** "지각·조퇴 3회 = 결석 1회": every third 지각 or 조퇴 day (in date order) counts as 결석. */
  threeLateOrEarlyIsAbsence: z.boolean().default(false)
})
export type CompletionSettings = z.infer<typeof CompletionSettings>


/** One course (its days share `course.id`) in a month. */
export const CourseSummary = z.object({
  id: z.string(),
  title: z.string(),
  days: z.number().int(),
  sessions: z.array(SessionSummary),
  totalHours: z.number(),
  /** People 확정 on at least one day. */
  people: z.number().int(),
  /** Judged only when every day is over (completed); null before. */
  completed: z.number().int().nullable()
})
export type CourseSummary = z.infer<typeof CourseSummary>

export const CompletionDay = z.object({
  sessionId: z.string(),
  day: z.number().int(),
  starts_at: z.string(),
  hours: z.number(),
  /** null: not registered that day; otherwise the registration's status and attendance. */
  registrationId: z.string().nullable(),
  attendance: AttendanceStatus.nullable(),
  /** Hours this day adds to the attended hours under the settings. */
  countedHours: z.number(),
  /** Counted as 결석 by "지각·조퇴 3회 = 결석 1회". */
  penalised: z.boolean()
})
export type CompletionDay = z.infer<typeof CompletionDay>

export const CompletionRow = z.object({
  person: RosterPerson,
  days: z.array(CompletionDay),
  attendedHours: z.number(),
  totalHours: z.number(),
  share: z.number(),
  completed: z.boolean(),
  /** Why not, in Korean (empty when completed). */
  reasons: z.array(z.string())
})
export type CompletionRow = z.infer<typeof CompletionRow>

export const CourseCompletion = z.object({
  course: z.object({ id: z.string(), title: z.string(), days: z.number().int() }),
  sessions: z.array(SessionSummary),
  totalHours: z.number(),
  /** Hours needed under the settings (minShare × totalHours). */
  requiredHours: z.number(),
  settings: CompletionSettings,
  rows: z.array(CompletionRow),
  completed: z.number().int(),
  /** Days not over yet (status other than completed/closed): the judgement is provisional. */
  provisional: z.boolean()
})
export type CourseCompletion = z.infer<typeof CourseCompletion>

export const PersonSessionEntry = z.object({
  sessionId: z.string(),
  registrationId: z.string(),
  kind: SessionKind,
  title: z.string(),
  starts_at: z.string(),
  courseId: z.string().nullable(),
  attendance: AttendanceStatus.nullable()
})

/** One person's December (by person.id): 교육 per course (a two-day course is one), 상담 per session; 확정 only. */
export const PersonCounts = z.object({
  person: RosterPerson,
  education: z.number().int(),
  consultation: z.number().int(),
  /** "교육 1회 · 상담 2회". */
  label: z.string(),
  sessions: z.array(PersonSessionEntry)
})
export type PersonCounts = z.infer<typeof PersonCounts>

export const PersonCountsRequest = z.object({
  month: Month,
  /** Keep people with at least this many consultations (2: the "2회 이상" practice). */
  minConsultations: z.number().int().min(0).default(0)
})
export type PersonCountsRequest = z.input<typeof PersonCountsRequest>

export const PersonCountsResult = z.object({
  month: z.string(),
  people: z.array(PersonCounts),
  totals: z.object({
    people: z.number().int(),
    withEducation: z.number().int(),
    withConsultation: z.number().int(),
    withTwoOrMoreConsultations: z.number().int(),
    educationThenConsultation: z.number().int()
  })
})
export type PersonCountsResult = z.infer<typeof PersonCountsResult>

/** The printable 출석부: one row per 확정 person; fetching it records a printout of personal data. */
export const SignInSheetRow = z.object({
  no: z.number().int(),
  registrationId: z.string(),
  name: z.string(),
  birth_year: z.number().int(),
  phone_last4: z.string()
})
export const SignInSheet = z.object({
  session: ReemploymentSession,
  rows: z.array(SignInSheetRow),
  /** This PC's time when the sheet was made (printed in the footer). */
  generatedAt: z.string(),
  generatedBy: z.string(),
  /** Rows per A4 page the print view uses, so a page break never splits a row. */
  rowsPerPage: z.number().int()
})
export type SignInSheet = z.infer<typeof SignInSheet>
