import { judgeCompletion, type CourseDayInput } from '../../../shared/domains/reemployment/completion'
import type {
  CompletionSettings,
  CourseCompletion,
  CourseSummary,
  PersonCounts,
  PersonCountsRequest,
  PersonCountsResult,
  RosterPerson
} from '../../../shared/domains/reemployment/views'
import type { ReemploymentRegistration } from '../../../shared/portal'
import type { z } from 'zod'
import { AppError } from '../../core/errors'
import type { Db } from '../../db/types'
import { confirmedByPerson, registrationsOfSessions, type RegistrationRow } from './registrationsRepository'
import { monthBounds, toSummary } from './sessions'
import { courseSessions, coursesBetween, type SessionWithCounts } from './sessionsRepository'
import { completionSettings } from './settings'

const STATUS_RANK = { registered: 0, waitlisted: 1, cancelled: 2 } as const
const collator = new Intl.Collator('ko')

/** Who a registration belongs to: the member id (a walk-in not answered yet stands alone). */
function personKey(row: RegistrationRow): string {
  return row.server === null ? `local:${row.view.id}` : (row.view.person.id ?? `registration:${row.view.id}`)
}

function rosterPerson(row: RegistrationRow): RosterPerson {
  const p = row.view.person
  return { id: row.server === null ? null : (p.id ?? null), name: p.name, birth_year: p.birth_year, phone_last4: p.phone_last4 }
}

/** A day is over when the session is completed (or closed to changes): only then is the judgement final. */
const isOver = (entry: SessionWithCounts) => entry.session.status === 'completed' || entry.session.status === 'closed'

function judgeCourse(db: Db, days: SessionWithCounts[], settings: CompletionSettings): CourseCompletion['rows'] {
  const registrations = registrationsOfSessions(db, days.map((d) => d.session.id))
  const people = new Map<string, RegistrationRow[]>()
  for (const row of registrations) {
    const key = personKey(row)
    const list = people.get(key)
    if (list) list.push(row)
    else people.set(key, [row])
  }
  const rows: CourseCompletion['rows'] = []
  for (const list of people.values()) {
    // Only people 확정 on at least one day are judged.
    if (!list.some((r) => r.view.status === 'registered')) continue
    const dayOf = (sessionId: string): ReemploymentRegistration | null =>
      list
        .filter((r) => r.view.session_id === sessionId)
        .map((r) => r.view)
        .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status])[0] ?? null
    const inputs: CourseDayInput[] = days.map((d) => {
      const reg = dayOf(d.session.id)
      return {
        day: d.session.course?.day ?? 1,
        hours: d.session.hours,
        cancelled: d.session.status === 'cancelled',
        registration: reg ? { status: reg.status, attendance: reg.attendance?.status ?? null } : null
      }
    })
    const judged = judgeCompletion(inputs, settings)
    rows.push({
      person: rosterPerson(list[0]!),
      days: days.map((d, i) => {
        const reg = dayOf(d.session.id)
        return {
          sessionId: d.session.id,
          day: d.session.course?.day ?? i + 1,
          starts_at: d.session.starts_at,
          hours: d.session.hours,
          registrationId: reg?.id ?? null,
          attendance: reg?.attendance?.status ?? null,
          countedHours: judged.days[i]!.countedHours,
          penalised: judged.days[i]!.penalised
        }
      }),
      attendedHours: judged.attendedHours,
      totalHours: judged.totalHours,
      share: judged.share,
      completed: judged.completed,
      reasons: judged.reasons
    })
  }
  return rows.sort((a, b) => collator.compare(a.person.name, b.person.name) || (a.person.id ?? '').localeCompare(b.person.id ?? ''))
}

/** 수료 of one course under the settings: each person's attended hours, and why when short. */
export function courseCompletion(db: Db, courseId: string): CourseCompletion {
  const days = courseSessions(db, courseId)
  const first = days[0]
  if (!first?.session.course) throw new AppError('not_found', `과정(${courseId})은 캐시에 없습니다.`)
  const settings = completionSettings(db)
  const rows = judgeCourse(db, days, settings)
  const totalHours = rows[0]?.totalHours ?? days.filter((d) => d.session.status !== 'cancelled').reduce((n, d) => n + d.session.hours, 0)
  return {
    course: { id: courseId, title: first.session.course.title, days: first.session.course.days },
    sessions: days.map(toSummary),
    totalHours,
    requiredHours: Math.round(totalHours * settings.minShare * 100) / 100,
    settings,
    rows,
    completed: rows.filter((r) => r.completed).length,
    provisional: !days.every((d) => isOver(d) || d.session.status === 'cancelled')
  }
}

/** The courses with a day in the month, with how many are judged 수료 once every day is over. */
export function coursesOfMonth(db: Db, month: string): CourseSummary[] {
  const { from, to } = monthBounds(month)
  const settings = completionSettings(db)
  return coursesBetween(db, from, to).map((id) => {
    const days = courseSessions(db, id)
    const course = days[0]!.session.course!
    const rows = judgeCourse(db, days, settings)
    const over = days.every((d) => isOver(d) || d.session.status === 'cancelled')
    return {
      id,
      title: course.title,
      days: course.days,
      sessions: days.map(toSummary),
      totalHours: days.filter((d) => d.session.status !== 'cancelled').reduce((n, d) => n + d.session.hours, 0),
      people: rows.length,
      completed: over ? rows.filter((r) => r.completed).length : null
    }
  })
}

/**
 * Each member's month: 교육 counted per course (a two-day course is one) or one-off session, 상담 per
 * session; 확정 registrations only, sessions not cancelled.
 */
export function personCounts(db: Db, request: z.output<typeof PersonCountsRequest>): PersonCountsResult {
  const { from, to } = monthBounds(request.month)
  const byPerson = new Map<string, ReturnType<typeof confirmedByPerson>>()
  for (const row of confirmedByPerson(db, from, to)) {
    const list = byPerson.get(row.person_id)
    if (list) list.push(row)
    else byPerson.set(row.person_id, [row])
  }
  const everyone: PersonCounts[] = [...byPerson.values()].map((rows) => {
    const education = new Set(rows.filter((r) => r.kind === 'education').map((r) => r.course_id ?? r.session_id)).size
    const consultation = rows.filter((r) => r.kind === 'consultation').length
    const latest = rows[rows.length - 1]!
    return {
      person: { id: latest.person_id, name: latest.person_name, birth_year: latest.birth_year, phone_last4: latest.phone_last4 },
      education,
      consultation,
      label: `교육 ${education}회 · 상담 ${consultation}회`,
      sessions: rows.map((r) => ({
        sessionId: r.session_id,
        registrationId: r.id,
        kind: r.kind,
        title: r.title,
        starts_at: r.starts_at,
        courseId: r.course_id,
        attendance: r.attendance_status
      }))
    }
  })
  const educationThenConsultation = everyone.filter((p) => {
    const firstEducation = p.sessions.find((s) => s.kind === 'education')
    return firstEducation !== undefined && p.sessions.some((s) => s.kind === 'consultation' && s.starts_at > firstEducation.starts_at)
  }).length
  const people = everyone
    .filter((p) => p.consultation >= request.minConsultations)
    .sort((a, b) => b.consultation - a.consultation || b.education - a.education || (a.person.id ?? '').localeCompare(b.person.id ?? ''))
  return {
    month: request.month,
    people,
    totals: {
      people: everyone.length,
      withEducation: everyone.filter((p) => p.education > 0).length,
      withConsultation: everyone.filter((p) => p.consultation > 0).length,
      withTwoOrMoreConsultations: everyone.filter((p) => p.consultation >= 2).length,
      educationThenConsultation
    }
  }
}
