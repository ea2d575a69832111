import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  CourseCompletion,
  CourseSummary,
  NoShows,
  PersonCountsResult,
  ReemploymentDashboard,
  Roster,
  SessionDetail,
  SessionList,
  SignInSheet
} from '../../../../src/shared/domains/reemployment/views'
import type { ReemploymentRegistration, ReemploymentSession } from '../../../../src/shared/portal'
import { startHarness, type SimHarness } from '../../../helpers/sim'

describe('sessions, rosters and after the session (core, against the live simulator)', () => {
  let h: SimHarness
  let portalSessions: ReemploymentSession[]
  let portalRegs: ReemploymentRegistration[]
  const clock = new Date('2026-12-09T10:00:00+09:00')
  beforeAll(async () => {
    h = await startHarness({ scale: 1000 }, { now: () => clock })
    await h.signIn('coordinator')
    await h.sync()
    const db = h.core.context.db
    portalSessions = (db.prepare(`SELECT j.raw FROM reemployment_sessions s JOIN reemployment_sessions_json j ON j.rowid = s.rowid`).all() as { raw: string }[]).map((r) => JSON.parse(r.raw))
    portalRegs = (db.prepare(`SELECT j.raw FROM reemployment_registrations r JOIN reemployment_registrations_json j ON j.rowid = r.rowid`).all() as { raw: string }[]).map((r) =>
      JSON.parse(r.raw)
    )
  })
  afterAll(async () => h.close())

  const regsOf = (sessionId: string) => portalRegs.filter((r) => r.session_id === sessionId)

  it('lists December with 확정 / 정원 and 대기 per session, education and consultation apart, and by week', async () => {
    const all = await h.call<SessionList>('reemployment:sessions', { month: '2026-12' })
    expect(all.sessions).toHaveLength(portalSessions.length)
    for (const s of all.sessions) {
      expect(s.counts.registered).toBe(regsOf(s.id).filter((r) => r.status === 'registered').length)
      expect(s.counts.waitlisted).toBe(regsOf(s.id).filter((r) => r.status === 'waitlisted').length)
      expect(s.fillRate).toBeCloseTo(s.counts.registered / s.capacity)
    }
    expect(all.sessions.map((s) => s.starts_at)).toEqual([...all.sessions.map((s) => s.starts_at)].sort())
    const consultations = await h.call<SessionList>('reemployment:sessions', { month: '2026-12', kind: 'consultation' })
    expect(consultations.sessions.length).toBe(portalSessions.filter((s) => s.kind === 'consultation').length)
    const week = await h.call<SessionList>('reemployment:sessions', { month: '2026-12', from: '2026-12-07', to: '2026-12-14' })
    expect(week.sessions.length).toBeGreaterThan(0)
    expect(week.sessions.every((s) => s.starts_at >= '2026-12-07' && s.starts_at < '2026-12-14')).toBe(true)
    expect((await h.call<SessionList>('reemployment:sessions', { month: '2027-01' })).sessions).toEqual([])
  })

  it('opens a session with its course days and check-in counts', async () => {
    const courseDay = portalSessions.find((s) => s.course?.day === 1)!
    const detail = await h.call<SessionDetail>('reemployment:session', { id: courseDay.id })
    expect(detail.courseSessions.map((s) => s.course?.day)).toEqual([1, 2])
    expect(detail.courseSessions.every((s) => s.course?.id === courseDay.course!.id)).toBe(true)
    expect(detail.checkIn).toMatchObject({ capacity: courseDay.capacity, registered: regsOf(courseDay.id).filter((r) => r.status === 'registered').length, waitingToSend: 0 })
  })

  it('shows the roster with masked names, age, career, hints from the settings, filters and search', async () => {
    const session = portalSessions.find((s) => s.kind === 'education' && s.status === 'open' && regsOf(s.id).length > 20)!
    const roster = await h.call<Roster>('reemployment:roster', { sessionId: session.id })
    expect(roster.total).toBe(regsOf(session.id).length)
    expect(roster.rows.map((r) => r.status)).toEqual([...roster.rows.map((r) => r.status)].sort((a, b) => ['registered', 'waitlisted', 'cancelled'].indexOf(a) - ['registered', 'waitlisted', 'cancelled'].indexOf(b)))
    const row = roster.rows[0]!
    const portal = portalRegs.find((r) => r.id === row.id)!
    expect(row).toMatchObject({ person: { id: portal.person.id, name: portal.person.name, birth_year: portal.person.birth_year, phone_last4: portal.person.phone_last4 }, age: 2026 - portal.person.birth_year })
    expect(roster.hintSettings).toEqual({ minAgeAtRetirement: 50, retirementWithinYears: 3, minTenureYears: 1, fixedTermMinTenureYears: 3 })
    const withHints = roster.rows.filter((r) => r.hints.length > 0)
    expect(withHints.length).toBeGreaterThan(0)
    const young = roster.rows.filter((r) => r.expected_retirement && Number(r.expected_retirement.slice(0, 4)) - r.person.birth_year < 50)
    expect(young.every((r) => r.hints.some((hint) => hint.code === 'age_under_minimum'))).toBe(true)

    const filtered = await h.call<Roster>('reemployment:roster', { sessionId: session.id, filter: { statuses: ['waitlisted'] } })
    expect(filtered.rows.every((r) => r.status === 'waitlisted')).toBe(true)
    expect(filtered.counts).toEqual(roster.counts)
    const onlyHinted = await h.call<Roster>('reemployment:roster', { sessionId: session.id, filter: { hints: 'with' } })
    expect(onlyHinted.shown).toBe(withHints.length)
    const searched = await h.call<Roster>('reemployment:roster', { sessionId: session.id, filter: { search: row.person.phone_last4 } })
    expect(searched.rows.map((r) => r.id)).toContain(row.id)

    // A setting moves the hints: at 0 years no tenure is short.
    await h.call('reemployment:setHintSettings', { minAgeAtRetirement: 50, retirementWithinYears: 3, minTenureYears: 0, fixedTermMinTenureYears: 0 })
    const relaxed = await h.call<Roster>('reemployment:roster', { sessionId: session.id })
    expect(relaxed.rows.some((r) => r.hints.some((hint) => hint.code === 'tenure_short'))).toBe(false)
    await h.call('reemployment:setHintSettings', {})
  })

  it('lists no-shows: 확정 and not 출석/지각', async () => {
    const done = portalSessions.find((s) => s.status === 'completed' && s.kind === 'education')!
    const list = await h.call<NoShows>('reemployment:noShows', { sessionId: done.id })
    const expected = regsOf(done.id).filter((r) => r.status === 'registered' && r.attendance?.status !== 'present' && r.attendance?.status !== 'late')
    expect(list.rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort())
    expect(expected.length).toBeGreaterThan(0)
  })

  it('judges 수료 per course by the settings, with attended hours and reasons', async () => {
    const courses = await h.call<CourseSummary[]>('reemployment:courses', { month: '2026-12' })
    const over = courses.find((c) => c.completed !== null)!
    expect(over.sessions.every((s) => s.status === 'completed')).toBe(true)
    const judged = await h.call<CourseCompletion>('reemployment:completion', { courseId: over.id })
    expect(judged).toMatchObject({ totalHours: 8, requiredHours: 6.4, provisional: false, settings: { minShare: 0.8 } })
    expect(judged.completed).toBe(over.completed)
    for (const row of judged.rows) {
      const counted = row.days.filter((d) => d.attendance === 'present' || d.attendance === 'late').length * 4
      expect(row.attendedHours).toBe(counted)
      expect(row.completed).toBe(counted >= 6.4)
      expect(row.reasons.length > 0).toBe(!row.completed)
    }
    expect(judged.rows.some((r) => !r.completed)).toBe(true)
    // Only 출석 counted: no more completions than before.
    await h.call('reemployment:setCompletionSettings', { countedStatuses: ['present'] })
    const strict = await h.call<CourseCompletion>('reemployment:completion', { courseId: over.id })
    expect(strict.completed).toBeLessThanOrEqual(judged.completed)
    expect(strict.rows.every((r) => r.attendedHours === r.days.filter((d) => d.attendance === 'present').length * 4)).toBe(true)
    await h.call('reemployment:setCompletionSettings', {})
    const inProgress = courses.find((c) => c.completed === null)!
    expect((await h.call<CourseCompletion>('reemployment:completion', { courseId: inProgress.id })).provisional).toBe(true)
  })

  it('counts each member across December by person.id: 교육 per course, 상담 per session', async () => {
    const counts = await h.call<PersonCountsResult>('reemployment:personCounts', { month: '2026-12' })
    const kind = new Map(portalSessions.map((s) => [s.id, s]))
    const confirmed = portalRegs.filter((r) => r.status === 'registered' && kind.get(r.session_id)!.status !== 'cancelled')
    expect(counts.totals.people).toBe(new Set(confirmed.map((r) => r.person.id)).size)
    const twoPlus = await h.call<PersonCountsResult>('reemployment:personCounts', { month: '2026-12', minConsultations: 2 })
    expect(twoPlus.people.length).toBe(counts.totals.withTwoOrMoreConsultations)
    expect(twoPlus.people.every((p) => p.consultation >= 2)).toBe(true)
    const someone = counts.people.find((p) => p.education > 0 && p.consultation > 0)!
    const theirs = confirmed.filter((r) => r.person.id === someone.person.id)
    const courses = new Set(theirs.filter((r) => kind.get(r.session_id)!.kind === 'education').map((r) => kind.get(r.session_id)!.course?.id ?? r.session_id))
    expect(someone.education).toBe(courses.size)
    expect(someone.consultation).toBe(theirs.filter((r) => kind.get(r.session_id)!.kind === 'consultation').length)
    expect(someone.label).toBe(`교육 ${someone.education}회 · 상담 ${someone.consultation}회`)
    expect(counts.totals.educationThenConsultation).toBeGreaterThan(0)
  })

  it('makes the 출석부 of the 확정 people and records it as a printout of personal data', async () => {
    const session = portalSessions.find((s) => s.kind === 'education' && s.status === 'open')!
    const sheet = await h.call<SignInSheet>('reemployment:signInSheet', { sessionId: session.id })
    const registered = regsOf(session.id).filter((r) => r.status === 'registered')
    expect(sheet.rows.map((r) => r.no)).toEqual(registered.map((_, i) => i + 1))
    expect(sheet.rows.map((r) => r.registrationId).sort()).toEqual(registered.map((r) => r.id).sort())
    expect(sheet.rows.every((r) => r.name.includes('*'))).toBe(true)
    expect(sheet).toMatchObject({ generatedAt: '2026-12-09T10:00:00+09:00', generatedBy: 'S-0041' })
    const audit = h.core.context.db.prepare(`SELECT * FROM audit_log WHERE action = 'printout'`).all() as { record_id: string; detail: string; actor_id: string }[]
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ record_id: session.id, actor_id: 'S-0041' })
    expect(JSON.parse(audit[0]!.detail)).toEqual({ document: 'sign_in_sheet', rows: registered.length, masked: true })
  })

  it("the home chart's daily attendance: per Seoul day of the last two weeks' sessions, counted again from the records as this PC sees them", async () => {
    const db = h.core.context.db
    const current = (db.prepare(`SELECT coalesce(j.local_raw, j.raw) AS raw FROM reemployment_registrations r JOIN reemployment_registrations_json j ON j.rowid = r.rowid`).all() as { raw: string }[]).map(
      (r) => JSON.parse(r.raw) as ReemploymentRegistration
    )
    const seoulDay = (instant: string) => new Date(Date.parse(instant) + 9 * 3_600_000).toISOString().slice(0, 10)
    const since = clock.getTime() - 14 * 86_400_000
    const expected = new Map<string, { day: string; attended: number; noShows: number; waitlisted: number }>()
    for (const session of portalSessions.filter((s) => Date.parse(s.starts_at) >= since && Date.parse(s.starts_at) < clock.getTime())) {
      const day = seoulDay(session.starts_at)
      const entry = expected.get(day) ?? { day, attended: 0, noShows: 0, waitlisted: 0 }
      for (const r of current.filter((reg) => reg.session_id === session.id)) {
        if (r.status === 'waitlisted') entry.waitlisted += 1
        else if (r.status === 'registered') {
          if (r.attendance?.status === 'present' || r.attendance?.status === 'late') entry.attended += 1
          else entry.noShows += 1
        }
      }
      expected.set(day, entry)
    }
    const tile = await h.call<ReemploymentDashboard>('reemployment:dashboard', {})
    expect(tile.dailyAttendance).toEqual([...expected.values()].sort((a, b) => a.day.localeCompare(b.day)))
    expect(tile.dailyAttendance.some((d) => d.attended > 0)).toBe(true)
  })

  it('fills the dashboard tile: this week with fill rates, today\'s check-ins, waitlist totals', async () => {
    const open = portalSessions.find((s) => s.status === 'open' && regsOf(s.id).some((r) => r.status === 'registered'))!
    await h.call('reemployment:checkIn', { registrationId: regsOf(open.id).find((r) => r.status === 'registered')!.id })
    const tile = await h.call<ReemploymentDashboard>('reemployment:dashboard', {})
    expect(tile.week).toEqual({ from: '2026-12-07', to: '2026-12-13' })
    expect(tile.thisWeek.map((s) => s.id).sort()).toEqual(portalSessions.filter((s) => s.starts_at >= '2026-12-07' && s.starts_at < '2026-12-14').map((s) => s.id).sort())
    expect(tile.waitlistTotal).toBe(portalRegs.filter((r) => r.status === 'waitlisted').length)
    expect(tile.todayCheckIns).toBe(portalRegs.filter((r) => r.attendance?.checked_at.startsWith('2026-12-09')).length + 1)
    expect(tile.waitingToSend).toBe(1)
    expect(tile.thisWeek.every((s) => s.fillRate === s.counts.registered / s.capacity)).toBe(true)
  })
})
