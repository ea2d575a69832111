import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appendAudit } from '../../../src/main/db/repositories/auditLog'
import type { AuditPage, AuditVerification, MonthlyReview } from '../../../src/shared/ipc/privacyViews'
import type { AttractiveJob } from '../../../src/shared/portal'
import { startHarness, type SimHarness } from '../../helpers/sim'

/** 2026-12-09 10:00 in Seoul: the core's clock stands still, so nothing locks for idleness. */
const NOW = new Date('2026-12-09T01:00:00.000Z')

describe('감사 기록: list, filters, monthly review and marks, through dispatch as the manager', () => {
  let h: SimHarness
  let ids: { job: string; decided: string; sme: string; session: string }
  const list = (query: Record<string, unknown>) => h.call<AuditPage>('audit:list', query)

  beforeAll(async () => {
    h = await startHarness({ scale: 60 }, { now: () => NOW })
    await h.sync()
    const { db } = h.core.context
    const one = (sql: string) => (db.prepare(sql).get() as { id: string }).id
    ids = {
      job: one(`SELECT id FROM attractive_jobs ORDER BY id LIMIT 1`),
      decided: one(`SELECT id FROM attractive_jobs WHERE status = 'in_review' ORDER BY id LIMIT 1`),
      sme: one(`SELECT id FROM sme_applications ORDER BY id LIMIT 1`),
      session: one(`SELECT id FROM reemployment_sessions ORDER BY id LIMIT 1`)
    }
    // Screens that show people, opened (the detail twice: one viewing), a printout, a decision sent.
    await h.call('attractiveJobs:get', { id: ids.job })
    await h.call('attractiveJobs:get', { id: ids.job })
    await h.call('sme:get', { id: ids.sme })
    await h.call('reemployment:roster', { sessionId: ids.session })
    await h.call('reemployment:signInSheet', { sessionId: ids.session })
    await h.call('attractiveJobs:review', { id: ids.decided, action: 'approve' })
    expect((await h.core.context.sync.start().done).error).toBeNull()
    // What other parts of the app write: a contact look-up, a coordinator's printout, exports either side of a Seoul midnight.
    appendAudit(db, { at: '2026-12-08T05:00:00.000Z', actorId: 'S-0041', action: 'contact_lookup', collection: 'reemployment-registrations', recordId: 'RR-2026-000007', reason: '본인 확인 전화' })
    appendAudit(db, { at: '2026-11-30T23:30:00.000Z', actorId: 'S-0041', action: 'export', reason: '월간 실적 보고', detail: { report: 'roster', rows: 120, masked: true } })
    appendAudit(db, { at: '2026-11-30T14:59:00.000Z', actorId: 'S-0041', action: 'export', reason: '11월 실적 보고', detail: { report: 'roster', rows: 80, masked: true } })
  })
  afterAll(() => h.close())

  it('records a view of a roster, a company card and a submission’s detail — once per viewing — with staff and PC', async () => {
    const views = await list({ kind: 'view' })
    expect(views.total).toBe(3)
    expect(views.rows.map((r) => [r.collection, r.recordId]).sort()).toEqual(
      [
        ['attractive-jobs', ids.job],
        ['reemployment-sessions', ids.session],
        ['sme-applications', ids.sme]
      ].sort()
    )
    expect(views.rows.every((r) => r.kindLabel === '개인정보 화면 조회' && r.staffId === 'S-0001' && r.host.length > 0 && r.at === NOW.toISOString())).toBe(true)
    const roster = views.rows.find((r) => r.collection === 'reemployment-sessions')!
    expect(JSON.parse(roster.detail!)).toMatchObject({ screen: 'roster', rows: expect.any(Number) })
  })

  it('shows a decision as queued, with the portal’s confirmation time beside it, and as confirmed', async () => {
    const portal = h.sim.control.record('attractive-jobs', ids.decided) as AttractiveJob
    const queued = await list({ kind: 'queued' })
    expect(queued.rows).toHaveLength(1)
    expect(queued.rows[0]).toMatchObject({
      kind: 'queued:attractive_job.review',
      kindLabel: '매력일자리 검토 · 포털 전송 대기',
      recordId: ids.decided,
      portalConfirmedAt: portal.updated_at
    })
    const synced = await list({ kind: 'synced', recordId: ids.decided })
    expect(synced.rows).toHaveLength(1)
    expect(synced.rows[0]).toMatchObject({ kindLabel: '매력일자리 검토 · 포털 반영', deviceTime: NOW.toISOString(), portalConfirmedAt: portal.updated_at })
    expect(JSON.parse(synced.rows[0]!.detail!)).toMatchObject({ status: 200, version: portal.version })
  })

  it('filters by staff, record and Seoul dates, pages newest first, and counts the total', async () => {
    expect((await list({ staffId: 'S-0041' })).rows.map((r) => r.kind)).toEqual(['export', 'export', 'contact_lookup'])
    expect((await list({ recordId: ids.session })).rows.map((r) => r.kind).sort()).toEqual(['printout', 'view'])
    // 2026-11-30T23:30Z is 12월 1일 08:30 in Seoul; 14:59Z is 11월 30일 23:59.
    expect((await list({ from: '2026-12-01', to: '2026-12-01' })).rows.map((r) => r.reason)).toEqual(['월간 실적 보고'])
    expect((await list({ to: '2026-11-30' })).rows.map((r) => r.reason)).toEqual(['11월 실적 보고'])
    expect((await list({ from: '2026-12-09', to: '2026-12-09', staffId: 'S-0001', kind: 'printout' })).total).toBe(1)

    const everything = await list({ limit: 500 })
    const first = await list({ limit: 2, offset: 0 })
    const second = await list({ limit: 2, offset: 2 })
    expect(first.total).toBe(everything.total)
    expect([...first.rows, ...second.rows].map((r) => r.seq)).toEqual(everything.rows.slice(0, 4).map((r) => r.seq))
    expect(everything.rows.map((r) => r.seq)).toEqual([...everything.rows.map((r) => r.seq)].sort((a, b) => b - a))
    expect(everything.rows.every((r) => r.kindLabel.length > 0 && !/^[a-z_]+$/.test(r.kindLabel))).toBe(true)
  })

  it('gathers a month’s downloads, printouts and contact look-ups with their reasons, and keeps the first review mark', async () => {
    const december = await h.call<MonthlyReview>('audit:monthly', { month: '2026-12' })
    expect(december.rows.map((r) => [r.kind, r.reason])).toEqual([
      ['export', '월간 실적 보고'],
      ['contact_lookup', '본인 확인 전화'],
      ['printout', '출석부 인쇄']
    ])
    expect(december).toMatchObject({ month: '2026-12', reviewed: 0, unreviewed: 3 })
    expect((await h.call<MonthlyReview>('audit:monthly', { month: '2026-11' })).rows.map((r) => r.reason)).toEqual(['11월 실적 보고'])

    const printout = december.rows.find((r) => r.kind === 'printout')!
    const view = (await list({ kind: 'view' })).rows[0]!
    // Only the monthly kinds are marked; a view is not a download.
    expect(await h.call('audit:markReviewed', { ids: [printout.id, view.id] })).toEqual({ reviewed: 1 })
    expect(await h.call('audit:markReviewed', { ids: [printout.id] })).toEqual({ reviewed: 0 })
    const after = await h.call<MonthlyReview>('audit:monthly', { month: '2026-12' })
    expect(after).toMatchObject({ reviewed: 1, unreviewed: 2 })
    expect(after.rows.find((r) => r.id === printout.id)).toMatchObject({ reviewedBy: 'S-0001', reviewedAt: NOW.toISOString() })
    expect((await h.call<AuditVerification>('audit:verify', {})).broken).toBeNull()
  })

  it('is the manager’s alone: another role is refused before any handler runs', async () => {
    h.core.context.session.signOut()
    await h.signIn('coordinator')
    for (const [channel, input] of [
      ['audit:list', {}],
      ['audit:monthly', { month: '2026-12' }],
      ['audit:markReviewed', { ids: ['x'] }],
      ['audit:verify', {}]
    ] as const) {
      expect(await h.core.dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
  })
})
