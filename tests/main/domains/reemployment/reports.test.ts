import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { AppError } from '../../../../src/main/core/errors'
import { reportSpec } from '../../../../src/main/domains/registry'
import { reemploymentReports } from '../../../../src/main/domains/reemployment/reports'
import type { ReportContent, ReportRow, ReportSheet } from '../../../../src/main/reports/types'
import { maskName } from '../../../../src/shared/domain/masking'
import { ATTENDANCE_FILTER_LABELS, REGISTRATION_STATUS_LABELS, SERVICE_TYPE_LABELS } from '../../../../src/shared/domains/reemployment/labels'
import type {
  CourseCompletion,
  CourseSummary,
  NoShows,
  PersonCountsResult,
  Roster,
  SessionList,
  SignInSheet
} from '../../../../src/shared/domains/reemployment/views'
import { SERVICE_TYPES, type ReemploymentSession } from '../../../../src/shared/portal'
import { ReportDescriptor } from '../../../../src/shared/reports/model'
import { startHarness, type SimHarness } from '../../../helpers/sim'
import { makeTempDir } from '../../../helpers/tempDir'

const IDS = ['reemployment.roster', 'reemployment.sign-in-sheet', 'reemployment.completions', 'reemployment.no-shows', 'reemployment.performance']
const KOREAN = /[가-힣]/

async function collect(sheet: ReportSheet): Promise<ReportRow[]> {
  const rows: ReportRow[] = []
  for await (const row of sheet.rows()) rows.push(row)
  return rows
}

describe('재취업 reports (core, against the live simulator)', () => {
  let h: SimHarness
  let simDir: ReturnType<typeof makeTempDir>
  let sessions: SessionList['sessions']
  const clock = new Date('2026-12-09T10:00:00+09:00')

  beforeAll(async () => {
    simDir = makeTempDir('reemployment-reports-sim-')
    h = await startHarness({ scale: 1000, dbPath: join(simDir.path, 'portal.sqlite') }, { now: () => clock })
    await h.signIn('coordinator')
    await h.sync()
    sessions = (await h.call<SessionList>('reemployment:sessions', { month: '2026-12' })).sessions
  })
  afterAll(async () => {
    await h.close()
    simDir.remove()
  })

  /** Builds a report the way the export service does: its own schema reads the generic parameters. */
  async function build(id: string, params: unknown): Promise<{ content: ReportContent; sheet: ReportSheet; rows: ReportRow[] }> {
    const spec = reportSpec(id)!
    const content = await spec.build(h.core.context, spec.params.parse(params))
    expect(content.sheets).toHaveLength(1)
    const sheet = content.sheets[0]!
    return { content, sheet, rows: await collect(sheet) }
  }

  const filterValue = (content: ReportContent, label: string) => content.filters.find((f) => f.label === label)?.value
  const printouts = () => (h.core.context.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'printout'`).get() as { n: number }).n

  it('declares the five reports in catalog order, each sheet with the descriptor\'s columns and a Korean name Excel accepts', async () => {
    expect(reemploymentReports.map((r) => r.descriptor.id)).toEqual(IDS)
    expect(IDS.map((id) => reportSpec(id)?.descriptor.id)).toEqual(IDS)
    const session = sessions.find((s) => s.course !== null && s.status === 'completed')!
    for (const spec of reemploymentReports) {
      const descriptor = ReportDescriptor.parse(spec.descriptor)
      expect(descriptor).toMatchObject({ group: '재취업', roles: ['reemployment_coordinator'], hasMoney: false })
      expect(descriptor.title).toMatch(KOREAN)
      expect(descriptor.description).toMatch(KOREAN)
      const { sheet, content } = await build(descriptor.id, { session: session.id, filter: { month: '2026-12' } })
      expect(sheet.columns).toEqual(descriptor.columns)
      expect(sheet.name.length).toBeLessThanOrEqual(31)
      expect(sheet.name).toMatch(KOREAN)
      expect(sheet.name).not.toMatch(/[\\/?*[\]:]/)
      expect(content.collections).toEqual(['reemployment-sessions', 'reemployment-registrations'])
    }
    // Only the people reports hold personal columns; 실적 holds none.
    const personal = (id: string) => reportSpec(id)!.descriptor.columns.filter((c) => c.personal).map((c) => [c.key, c.personal])
    expect(personal('reemployment.roster')).toEqual([
      ['name', 'required'],
      ['phone', 'optional']
    ])
    expect(personal('reemployment.performance')).toEqual([])
  })

  it('회차별 명단: every registration of the session as the roster shows it, names masked, 연락처 optional', async () => {
    const session = sessions.find((s) => s.status === 'completed' && s.counts.registered > 10 && s.counts.present > 0)!
    const shown = await h.call<Roster>('reemployment:roster', { sessionId: session.id })
    const { content, rows, sheet } = await build('reemployment.roster', { session: session.id })
    expect(sheet.count).toBe(shown.total)
    expect(rows.map((r) => r.registrationId)).toEqual(shown.rows.map((r) => r.id))
    rows.forEach((row, i) => {
      const expected = shown.rows[i]!
      expect(row).toMatchObject({
        no: i + 1,
        name: expected.person.name,
        birthYear: expected.person.birth_year,
        status: REGISTRATION_STATUS_LABELS[expected.status],
        waitlistRank: expected.waitlist_rank,
        checkedAt: expected.attendance?.checked_at ?? null,
        walkIn: expected.walkIn ? '예' : '아니요'
      })
      if (expected.status === 'registered') expect(row.attendance).toBe(ATTENDANCE_FILTER_LABELS[expected.attendance?.status ?? 'unchecked'])
      expect(String(row.name)).toContain('*')
      expect(String(row.phone)).toMatch(new RegExp(`^01\\d-\\*+-${expected.person.phone_last4}$`))
    })
    expect(rows.some((r) => r.attendance === '출석' && typeof r.checkedAt === 'string')).toBe(true)
    expect(filterValue(content, '회차')).toBe(session.title)
    expect(filterValue(content, '장소')).toBe(session.venue)
    expect(filterValue(content, '정원')).toBe(`${session.capacity}명`)
    expect(filterValue(content, '일시')).toMatch(/^2026\. 12\. \d{1,2}\. \d\d:\d\d~\d\d:\d\d$/)
    expect(filterValue(content, '신청 현황')).toBe(`확정 ${shown.counts.registered}명 · 대기 ${shown.counts.waitlisted}명 · 취소 ${shown.counts.cancelled}명`)
  })

  it('회차별 명단 keeps the roster screen\'s filter and order, also given as the CLI\'s text', async () => {
    const session = sessions.find((s) => s.counts.waitlisted > 1)!
    const shown = await h.call<Roster>('reemployment:roster', { sessionId: session.id, filter: { statuses: ['waitlisted'] }, sort: 'name' })
    const { rows, content } = await build('reemployment.roster', { session: session.id, filter: { statuses: 'waitlisted' }, sort: { column: 'name', direction: 'asc' } })
    expect(rows.map((r) => r.registrationId)).toEqual(shown.rows.map((r) => r.id))
    expect(rows.every((r) => r.status === '대기')).toBe(true)
    expect(filterValue(content, '신청상태')).toBe('대기')
    expect(filterValue(content, '정렬')).toBe('이름순')
    const reversed = await build('reemployment.roster', { session: session.id, filter: { statuses: ['waitlisted'] }, sort: { column: 'name', direction: 'desc' } })
    expect(reversed.rows.map((r) => r.registrationId)).toEqual(shown.rows.map((r) => r.id).reverse())
  })

  it('출석부: the 확정 people of the printable 출석부 with an empty 서명 column, not recorded again as a printout', async () => {
    const session = sessions.find((s) => s.kind === 'education' && s.counts.registered > 5)!
    const printed = await h.call<SignInSheet>('reemployment:signInSheet', { sessionId: session.id })
    const before = printouts()
    const { rows, content } = await build('reemployment.sign-in-sheet', { session: session.id })
    expect(printouts()).toBe(before)
    expect(rows).toEqual(
      printed.rows.map((r) => ({ no: r.no, name: r.name, birthYear: r.birth_year, phoneLast4: r.phone_last4, signature: null, registrationId: r.registrationId }))
    )
    expect(rows.every((r) => String(r.name).includes('*'))).toBe(true)
    expect(filterValue(content, '인원')).toBe(`${printed.rows.length}명`)
  })

  it('수료자 명단 of a session\'s course: who completed under the current rule, with attended and required hours', async () => {
    const courses = await h.call<CourseSummary[]>('reemployment:courses', { month: '2026-12' })
    const over = courses.find((c) => c.completed !== null && c.completed > 0)!
    const judged = await h.call<CourseCompletion>('reemployment:completion', { courseId: over.id })
    const completed = judged.rows.filter((r) => r.completed)
    const { rows, content } = await build('reemployment.completions', { session: over.sessions[1]!.id })
    expect(rows.map((r) => [r.name, r.attendedHours, r.totalHours, r.share])).toEqual(completed.map((r) => [r.person.name, r.attendedHours, r.totalHours, r.share]))
    expect(rows.every((r) => r.requiredHours === judged.requiredHours && r.course === judged.course.title && r.judgement === '확정')).toBe(true)
    expect(rows.every((r) => r.attendedDays === 2 && r.days === 2 && r.courseStart === over.sessions[0]!.starts_at.slice(0, 10))).toBe(true)
    expect(filterValue(content, '수료 기준')).toBe('교육 시간의 80% 이상 출석 (출석·지각 인정)')

    // A stricter rule is read at once: only 출석 counts.
    await h.call('reemployment:setCompletionSettings', { countedStatuses: ['present'] })
    const strict = await h.call<CourseCompletion>('reemployment:completion', { courseId: over.id })
    const strictRows = (await build('reemployment.completions', { session: over.sessions[0]!.id })).rows
    expect(strictRows.map((r) => r.name)).toEqual(strict.rows.filter((r) => r.completed).map((r) => r.person.name))
    await h.call('reemployment:setCompletionSettings', {})
  })

  it('수료자 명단 of a month: every course with a day in it, as the 수료 screen judges them', async () => {
    const courses = await h.call<CourseSummary[]>('reemployment:courses', { month: '2026-12' })
    const judged = await Promise.all(courses.map((c) => h.call<CourseCompletion>('reemployment:completion', { courseId: c.id })))
    const expected = judged.flatMap((c) => c.rows.filter((r) => r.completed).map((r) => [c.course.title, r.person.name, c.provisional ? '잠정(진행 중)' : '확정']))
    const { rows, content } = await build('reemployment.completions', { filter: { month: '2026-12' } })
    expect(expected.length).toBeGreaterThan(0)
    expect(rows.map((r) => [r.course, r.name, r.judgement])).toEqual(expected)
    expect(filterValue(content, '기간')).toBe('2026년 12월')
    expect(filterValue(content, '과정 수')).toBe(`${courses.length}개`)
    // The dialog's 기간 (from/to) covers the same month.
    expect((await build('reemployment.completions', { filter: { from: '2026-11', to: '2026-12' } })).rows.length).toBe(expected.length)
  })

  it('노쇼 명단 of a session and of a month\'s finished sessions, as the no-show list shows them', async () => {
    const done = sessions.find((s) => s.status === 'completed' && s.counts.absent + s.counts.left_early > 0)!
    const listed = await h.call<NoShows>('reemployment:noShows', { sessionId: done.id })
    const one = await build('reemployment.no-shows', { session: done.id })
    expect(one.rows.map((r) => r.registrationId)).toEqual(listed.rows.map((r) => r.id))
    expect(one.rows.every((r) => r.session === done.title && r.startsAt === done.starts_at && String(r.name).includes('*'))).toBe(true)
    expect(one.rows.map((r) => r.attendance)).toEqual(listed.rows.map((r) => ATTENDANCE_FILTER_LABELS[r.attendance?.status ?? 'unchecked']))

    const finished = sessions.filter((s) => s.status === 'completed')
    const perSession = await Promise.all(finished.map((s) => h.call<NoShows>('reemployment:noShows', { sessionId: s.id })))
    const month = await build('reemployment.no-shows', { filter: { month: '2026-12' } })
    expect(month.rows.map((r) => r.registrationId)).toEqual(perSession.flatMap((list) => list.rows.map((r) => r.id)))
    expect(month.rows.map((r) => r.no)).toEqual(month.rows.map((_, i) => i + 1))
    expect(filterValue(month.content, '회차 수')).toBe(`${finished.length}개`)
    // An open session: its unchecked people are listed, and 요약 says the session is not over.
    const open = sessions.find((s) => s.status === 'open' && s.counts.registered > 0)!
    const early = await build('reemployment.no-shows', { session: open.id })
    expect(early.rows).toHaveLength(open.counts.registered)
    expect(early.content.notes?.some((line) => line.includes('아직 종료되지 않아'))).toBe(true)
  })

  it('실적: one month per service type and in total, equal to the sums of the screens\' own numbers', async () => {
    const { rows, content } = await build('reemployment.performance', { filter: { month: '2026-12' } })
    expect(rows.map((r) => r.serviceType)).toEqual([...SERVICE_TYPES.map((t) => SERVICE_TYPE_LABELS[t]), '전체'])
    expect(rows.every((r) => r.month === '2026년 12월')).toBe(true)
    expect(filterValue(content, '기간')).toBe('2026년 12월')

    const courses = await h.call<CourseSummary[]>('reemployment:courses', { month: '2026-12' })
    const judged = await Promise.all(courses.map((c) => h.call<CourseCompletion>('reemployment:completion', { courseId: c.id })))
    const counts = await h.call<PersonCountsResult>('reemployment:personCounts', { month: '2026-12' })
    const serviceOf = new Map(sessions.map((s) => [s.id, s.service_type]))
    const expectedFor = (types: readonly ReemploymentSession['service_type'][]) => {
      const held = sessions.filter((s) => s.status !== 'cancelled' && types.includes(s.service_type))
      const over = held.filter((s) => s.status === 'completed')
      const finalCourses = judged.filter((c) => !c.provisional && c.sessions[0]!.starts_at >= '2026-12' && types.includes(c.sessions[0]!.service_type))
      const base = over.reduce((n, s) => n + s.counts.registered, 0)
      const attended = over.reduce((n, s) => n + s.counts.present + s.counts.late, 0)
      const completionBase = finalCourses.reduce((n, c) => n + c.rows.length, 0)
      const completed = finalCourses.reduce((n, c) => n + c.completed, 0)
      return {
        sessions: held.length,
        registrations: held.reduce((n, s) => n + s.counts.registered + s.counts.waitlisted, 0),
        confirmed: held.reduce((n, s) => n + s.counts.registered, 0),
        attendanceBase: base,
        attended,
        attendanceRate: base > 0 ? attended / base : null,
        completionBase,
        completed,
        completionRate: completionBase > 0 ? completed / completionBase : null
      }
    }
    const repeatOf = (type: string) =>
      counts.people.filter((p) => p.sessions.filter((s) => s.kind === 'consultation' && serviceOf.get(s.sessionId) === type).length >= 2).length
    SERVICE_TYPES.forEach((type, i) => expect(rows[i]).toEqual({ month: '2026년 12월', serviceType: SERVICE_TYPE_LABELS[type], ...expectedFor([type]), repeatConsultations: repeatOf(type) }))
    expect(rows[3]).toEqual({ month: '2026년 12월', serviceType: '전체', ...expectedFor(SERVICE_TYPES), repeatConsultations: counts.totals.withTwoOrMoreConsultations })
    // The seeded month has held sessions, finished courses and repeat consultations: the sums above are not all zero.
    expect(rows[3]).toMatchObject({ sessions: sessions.filter((s) => s.status !== 'cancelled').length })
    expect(rows[3]!.attendanceRate).toBeGreaterThan(0)
    expect(rows[3]!.completionRate).toBeGreaterThan(0)
    expect(rows[3]!.repeatConsultations).toBeGreaterThan(0)
    expect(reportSpec('reemployment.performance')!.descriptor.columns.some((c) => c.personal)).toBe(false)
  })

  it('실적 without a 기간: the twelve months up to this month in Seoul', async () => {
    const { rows, content, sheet } = await build('reemployment.performance', {})
    expect(filterValue(content, '기간')).toBe('2026년 1월 ~ 2026년 12월')
    expect(rows).toHaveLength(48)
    expect(sheet.count).toBe(48)
    expect(rows[0]).toMatchObject({ month: '2026년 1월', serviceType: SERVICE_TYPE_LABELS.career_design })
    const december = (await build('reemployment.performance', { filter: { month: '2026-12' } })).rows
    expect(rows.slice(-4)).toEqual(december)
    // November has no sessions, as its month list shows.
    expect((await h.call<SessionList>('reemployment:sessions', { month: '2026-11' })).sessions).toHaveLength(0)
    expect(rows.filter((r) => r.month === '2026년 11월').every((r) => r.sessions === 0 && r.attendanceRate === null && r.completionRate === null)).toBe(true)
  })

  it('refuses a missing or unknown session, a session outside any course, and a bad 기간, in Korean', async () => {
    const refusal = async (id: string, params: unknown) => {
      try {
        await build(id, params)
      } catch (error) {
        return error
      }
      throw new Error(`${id} built with ${JSON.stringify(params)}`)
    }
    for (const id of ['reemployment.roster', 'reemployment.sign-in-sheet']) {
      const missing = await refusal(id, {})
      expect(missing).toBeInstanceOf(AppError)
      expect(missing).toMatchObject({ code: 'validation_failed', message: expect.stringMatching(/회차를 지정하세요/) })
      const unknown = await refusal(id, { session: 'RS-1999-01-01' })
      expect(unknown).toBeInstanceOf(AppError)
      expect(unknown).toMatchObject({ code: 'not_found', message: expect.stringMatching(KOREAN) })
    }
    for (const id of ['reemployment.completions', 'reemployment.no-shows']) {
      expect(await refusal(id, {})).toMatchObject({ code: 'validation_failed', message: expect.stringMatching(/회차나 기간을 지정하세요/) })
      expect(await refusal(id, { session: 'RS-1999-01-01' })).toMatchObject({ code: 'not_found' })
    }
    const oneOff = sessions.find((s) => s.course === null)!
    expect(await refusal('reemployment.completions', { session: oneOff.id })).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('과정에 속하지 않은') })

    const badMonth = await refusal('reemployment.performance', { filter: { from: '2026-13' } })
    expect(badMonth).toBeInstanceOf(ZodError)
    expect((badMonth as ZodError).issues[0]!.message).toBe('월은 YYYY-MM 형식으로 입력하세요.')
    const backwards = await refusal('reemployment.performance', { filter: { from: '2026-12', to: '2026-01' } })
    expect((backwards as ZodError).issues[0]!.message).toBe('시작 월이 끝 월보다 늦습니다.')
    const both = await refusal('reemployment.no-shows', { filter: { month: '2026-12', from: '2026-11' } })
    expect((both as ZodError).issues[0]!.message).toMatch(KOREAN)
    expect(await refusal('reemployment.performance', { filter: { from: '2001-01' } })).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('60개월') })
  })

  it('unmasks a row in full through the contact look-up (a manager, online), audited once per person', async () => {
    await h.signIn('manager')
    const portal = new Database(join(simDir.path, 'portal.sqlite'), { readonly: true, fileMustExist: true })
    try {
      const session = sessions.find((s) => s.status === 'completed' && s.counts.registered > 3)!
      const { rows, sheet } = await build('reemployment.roster', { session: session.id })
      const lookUps = () => (h.core.context.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'contact_lookup'`).get() as { n: number }).n
      const before = lookUps()
      for (const row of rows.slice(0, 3)) {
        const full = await sheet.unmask!(row, '주간 업무 보고 명단 확인')
        const stored = portal.prepare(`SELECT private FROM records WHERE collection = 'reemployment-registrations' AND id = ?`).get(row.registrationId) as { private: string }
        const contact = (JSON.parse(stored.private) as { contact: { name: string; phone: string } }).contact
        expect(full).toEqual({ ...row, name: contact.name, phone: contact.phone })
        expect(maskName(contact.name)).toBe(row.name)
        expect(String(full.name)).not.toContain('*')
      }
      expect(lookUps()).toBe(before + 3)

      // The 출석부 has no 연락처 column: unmasking fills the name only.
      const sheetRows = await build('reemployment.sign-in-sheet', { session: session.id })
      const first = sheetRows.rows[0]!
      const unmasked = await sheetRows.sheet.unmask!(first, '주간 업무 보고 명단 확인')
      expect(Object.keys(unmasked).sort()).toEqual(Object.keys(first).sort())
      expect(unmasked.name).not.toBe(first.name)
    } finally {
      portal.close()
    }
  })
})
