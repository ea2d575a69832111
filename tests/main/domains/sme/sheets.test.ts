import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listAudit } from '../../../../src/main/db/repositories/auditLog'
import { evaluatorItems, isSheetComplete } from '../../../../src/shared/domains/sme/scoring'
import type { MySheets, PledgeStatus, ScoreSheet, SmeDashboard, SmeDetail } from '../../../../src/shared/domains/sme/views'
import { SmeApplication, type SmeCriteria, type SmeStage } from '../../../../src/shared/portal'
import { outboxStates } from '../../../helpers/outbox'
import { startHarness, type SimHarness } from '../../../helpers/sim'

const ME = 'S-0031'
const ROUND = '2026-1'

describe('sme score sheets: pledge first, blind, offline through the outbox', () => {
  let h: SimHarness
  let criteria: SmeCriteria
  beforeEach(async () => {
    h = await startHarness({ scale: 300 })
    await h.signIn('evaluator')
    await h.sync()
    criteria = (await h.call<SmeCriteria>('sme:criteria', { round: ROUND }))!
  })
  afterEach(async () => h.close())

  const onPortal = (id: string) => SmeApplication.parse(h.sim.control.record('sme-applications', id))
  const refused = async (channel: string, input: object) => {
    const result = await h.core.dispatch(channel, input)
    expect(result.ok, `${channel} ${JSON.stringify(input)}`).toBe(false)
    return result.ok ? { code: '', message: '', issues: [] } : { issues: [], ...result.error }
  }
  const fullSheet = (stage: SmeStage, value = (max: number) => Math.floor(max * 0.7)) =>
    Object.fromEntries(evaluatorItems(criteria, stage).map((item) => [item.code, value(item.max)]))
  const mySheets = (input: object = {}) => h.call<MySheets>('sme:mySheets', input)

  it('lists the evaluator’s assigned applications in their current stage with the state of each sheet, and only their own scores', async () => {
    const sheets = await mySheets()
    expect(sheets.round).toBe(ROUND)
    expect(sheets.rounds).toEqual(['2026-1', '2025-1'])
    // The portal's full records (the control API is not blind) say what the list must hold.
    const expected = sheets.rows.map((row) => row.id)
    const portalIds = h.core.context.db.prepare(`SELECT id FROM sme_applications WHERE round = ? ORDER BY id`).all(ROUND) as { id: string }[]
    const assigned = portalIds
      .map(({ id }) => onPortal(id))
      .filter((app) => app.status === 'evaluating' && app.assignments.some((a) => a.evaluator_id === ME && a.stage === app.stage))
    expect(expected).toEqual(assigned.map((a) => a.id))
    for (const row of sheets.rows) {
      const app = assigned.find((a) => a.id === row.id)!
      const scores = Object.fromEntries(app.scores.filter((s) => s.evaluator_id === ME && s.stage === app.stage).map((s) => [s.criterion, s.score]))
      const abstention = app.abstentions.find((a) => a.evaluator_id === ME && a.stage === app.stage)
      const state = abstention ? abstention.kind : isSheetComplete(scores, criteria, app.stage!) ? 'complete' : Object.keys(scores).length > 0 ? 'partial' : 'missing'
      expect(row, row.id).toMatchObject({ stage: app.stage, state, pending_writes: 0 })
    }
    expect(new Set(sheets.rows.map((r) => r.state))).toEqual(new Set(['complete', 'partial', 'missing', 'recusal']))
    expect((await mySheets({ stage: 'site_visit' })).rows.every((r) => r.stage === 'site_visit')).toBe(true)

    // Blind: the portal sent only this evaluator's scores and 평가의견, and the card shows nothing else.
    const db = h.core.context.db
    expect(db.prepare(`SELECT DISTINCT evaluator_id FROM sme_sheets WHERE scored_items > 0`).all()).toEqual([{ evaluator_id: ME }])
    const someone = assigned.find((app) => app.scores.some((s) => s.evaluator_id !== ME))!
    const detail = await h.call<SmeDetail>('sme:get', { id: someone.id })
    expect(detail.record.scores.every((s) => s.evaluator_id === ME)).toBe(true)
    expect(detail.record.sheet_comments.every((c) => c.evaluator_id === ME)).toBe(true)
    expect((await refused('sme:sheet', { id: someone.id, stage: someone.stage, evaluatorId: 'S-0032' })).code).toBe('forbidden')
    expect((await refused('sme:committee', { round: ROUND, stage: 'document' })).message).toContain('관리자만')
    expect((await refused('sme:ranking', { round: ROUND, stage: 'document' })).code).toBe('forbidden')
    // The tile counts only the evaluator's own missing sheets: the others' are not on this PC.
    const dashboard = await h.call<SmeDashboard>('sme:dashboard', {})
    expect(dashboard.missingSheets).toEqual([{ evaluator_id: ME, missing: sheets.rows.filter((r) => r.state === 'missing' || r.state === 'partial').length + (await mySheets({ round: '2025-1' })).rows.filter((r) => r.state === 'missing' || r.state === 'partial').length }])
  })

  it('refuses a sheet before the round’s 청렴·이해충돌 확인, which is kept once per round and audited', async () => {
    const target = (await mySheets({ stage: 'document' })).rows.find((r) => r.state === 'missing')!
    const before = await refused('sme:score', { id: target.id, stage: 'document', scores: fullSheet('document') })
    expect(before).toMatchObject({ code: 'forbidden', message: expect.stringContaining('청렴·이해충돌 확인') })
    expect(await h.call<PledgeStatus>('sme:pledgeStatus', { round: ROUND })).toEqual({ round: ROUND, confirmedAt: null })
    const confirmed = await h.call<PledgeStatus>('sme:confirmPledge', { round: ROUND })
    expect(confirmed.confirmedAt).not.toBeNull()
    expect(await h.call('sme:confirmPledge', { round: ROUND })).toEqual(confirmed)
    expect(await h.call('sme:pledgeStatus', { round: '2025-1' })).toEqual({ round: '2025-1', confirmedAt: null })
    expect(listAudit(h.core.context.db).filter((row) => row.action === 'sme_pledge_confirmed')).toHaveLength(1)
    await h.call('sme:score', { id: target.id, stage: 'document', scores: fullSheet('document') })
    expect(outboxStates(h.core.context.db)).toEqual({ pending: 1 })
  })

  it('checks each value against its item, refuses computed items, other stages and unassigned sheets', async () => {
    await h.call('sme:confirmPledge', { round: ROUND })
    const rows = (await mySheets()).rows
    const documentRow = rows.find((r) => r.stage === 'document' && r.state === 'missing')!
    const [first, second] = evaluatorItems(criteria, 'document')
    const computed = criteria.scoring.find((item) => item.stage === 'document' && item.computed)!

    const tooHigh = await refused('sme:score', { id: documentRow.id, stage: 'document', scores: { [first!.code]: first!.max + 1 } })
    expect(tooHigh).toMatchObject({ code: 'validation_failed' })
    expect(tooHigh.issues).toEqual([expect.objectContaining({ path: `scores.${first!.code}`, message: expect.stringContaining(`0~${first!.max}점`) })])
    expect((await refused('sme:score', { id: documentRow.id, stage: 'document', scores: { [second!.code]: 3.3 } })).message).toContain('0.5점 단위')
    expect((await refused('sme:score', { id: documentRow.id, stage: 'document', scores: { [computed.code]: 5 } })).message).toContain('계산되는 항목')
    expect((await refused('sme:score', { id: documentRow.id, stage: 'document', scores: { job_quality: 5 } })).message).toContain('평가 항목이 아닙니다')

    const siteRow = rows.find((r) => r.stage === 'site_visit')!
    expect((await refused('sme:score', { id: siteRow.id, stage: 'document', scores: fullSheet('document') })).code).toBe('invalid_transition')
    const sheet = await h.call<ScoreSheet>('sme:sheet', { id: siteRow.id, stage: 'document' })
    expect(sheet.readOnlyReason).toContain('현장실사 단계')

    const db = h.core.context.db
    const notMine = db
      .prepare(
        `SELECT r.id FROM sme_applications r WHERE r.status = 'evaluating' AND r.stage = 'site_visit'
         AND NOT EXISTS (SELECT 1 FROM sme_assignments a WHERE a.application_id = r.id AND a.stage = 'site_visit' AND a.evaluator_id = ?) LIMIT 1`
      )
      .get(ME) as { id: string }
    const unassigned = await refused('sme:score', { id: notMine.id, stage: 'site_visit', scores: fullSheet('site_visit') })
    expect(unassigned).toMatchObject({ code: 'forbidden', message: expect.stringContaining('배정되지 않았습니다') })
    expect((await h.call<ScoreSheet>('sme:sheet', { id: notMine.id, stage: 'site_visit' })).readOnlyReason).toContain('배정되지 않았습니다')
    expect(outboxStates(db)).toEqual({})
  })

  it('saves a sheet offline, edits it, and the portal gets the last version exactly once', async () => {
    await h.call('sme:confirmPledge', { round: ROUND })
    const row = (await mySheets({ stage: 'document' })).rows.find((r) => r.state === 'missing')!
    const open = await h.call<ScoreSheet>('sme:sheet', { id: row.id, stage: 'document' })
    expect(open).toMatchObject({ readOnlyReason: null, scores: {}, comment: null, abstention: null, evaluator_id: ME })
    expect(open.items.map((i) => i.code)).toEqual(evaluatorItems(criteria, 'document').map((i) => i.code))
    expect(open.computed.length).toBeGreaterThan(0)
    h.core.context.session.markOnline(false)

    const [first] = evaluatorItems(criteria, 'document')
    await h.call('sme:score', { id: row.id, stage: 'document', scores: { [first!.code]: 10 }, comment: '초안' })
    let mine = (await mySheets({ stage: 'document' })).rows.find((r) => r.id === row.id)!
    expect(mine).toMatchObject({ state: 'partial', total: 10, pending_writes: 1 })
    const final = fullSheet('document', (max) => max - 2.5)
    await h.call('sme:score', { id: row.id, stage: 'document', scores: final })
    mine = (await mySheets({ stage: 'document' })).rows.find((r) => r.id === row.id)!
    const total = Object.values(final).reduce((a, b) => a + b, 0)
    expect(mine).toMatchObject({ state: 'complete', total, pending_writes: 2 })
    // No comment given keeps the one written before.
    expect(await h.call<ScoreSheet>('sme:sheet', { id: row.id, stage: 'document' })).toMatchObject({ scores: final, comment: '초안' })
    const intents = (h.core.context.db.prepare(`SELECT body FROM outbox ORDER BY seq`).all() as { body: string }[]).map((e) => JSON.parse(e.body) as { comment?: string })
    expect(intents.map((b) => b.comment)).toEqual(['초안', '초안'])

    await h.signIn('evaluator')
    const summary = await h.sync()
    expect(summary).toMatchObject({ pushed: 2, conflicts: 0, rejected: 0 })
    const portal = onPortal(row.id)
    const portalScores = portal.scores.filter((s) => s.evaluator_id === ME && s.stage === 'document')
    expect(Object.fromEntries(portalScores.map((s) => [s.criterion, s.score]))).toEqual(final)
    expect(portalScores).toHaveLength(Object.keys(final).length)
    expect(portal.sheet_comments.filter((c) => c.evaluator_id === ME && c.stage === 'document').map((c) => c.comment)).toEqual(['초안'])
    expect(outboxStates(h.core.context.db)).toEqual({ done: 2 })
    expect((await h.sync()).pushed).toBe(0)
    expect(h.core.context.db.prepare(`SELECT DISTINCT evaluator_id FROM sme_sheets WHERE scored_items > 0`).all()).toEqual([{ evaluator_id: ME }])
    expect((await mySheets({ stage: 'document' })).rows.find((r) => r.id === row.id)).toMatchObject({ state: 'complete', total, pending_writes: 0 })
  })

  it('records 회피 by the evaluator (then no sheet), and leaves 기피·제척 to a manager', async () => {
    const row = (await mySheets({ stage: 'document' })).rows.find((r) => r.state === 'partial')!
    const challenge = await refused('sme:abstain', { id: row.id, stage: 'document', kind: 'challenge', reason: '신청기업이 기피 신청', evaluatorId: ME })
    expect(challenge).toMatchObject({ code: 'forbidden', message: expect.stringContaining('관리자만') })
    expect((await refused('sme:abstain', { id: row.id, stage: 'document', reason: '짧음' })).code).toBe('validation_failed')
    expect((await refused('sme:abstain', { id: row.id, stage: 'document', reason: '다른 위원 대신 회피', evaluatorId: 'S-0032' })).code).toBe('forbidden')

    await h.call('sme:abstain', { id: row.id, stage: 'document', reason: '신청기업 대표와 최근 공동연구', knownOn: '2026-07-03' })
    const sheet = await h.call<ScoreSheet>('sme:sheet', { id: row.id, stage: 'document' })
    expect(sheet).toMatchObject({ scores: {}, comment: null, abstention: { kind: 'recusal', reason: '신청기업 대표와 최근 공동연구', known_on: '2026-07-03' } })
    expect(sheet.readOnlyReason).toContain('회피')
    expect((await mySheets({ stage: 'document' })).rows.find((r) => r.id === row.id)).toMatchObject({ state: 'recusal', total: null })
    await h.call('sme:confirmPledge', { round: ROUND })
    expect((await refused('sme:score', { id: row.id, stage: 'document', scores: fullSheet('document') })).message).toContain('회피')
    expect((await refused('sme:abstain', { id: row.id, stage: 'document', reason: '한 번 더 회피합니다' })).code).toBe('invalid_transition')

    expect((await h.sync()).pushed).toBe(1)
    const portal = onPortal(row.id)
    expect(portal.abstentions.filter((a) => a.evaluator_id === ME && a.stage === 'document')).toEqual([
      expect.objectContaining({ kind: 'recusal', reason: '신청기업 대표와 최근 공동연구', known_on: '2026-07-03', by: ME })
    ])
    expect(portal.scores.some((s) => s.evaluator_id === ME && s.stage === 'document')).toBe(false)
  })

  it('lets a manager record 기피 and 제척 for an evaluator, and enter or open any evaluator’s sheet', async () => {
    await h.signIn('manager')
    await h.sync()
    const app = (h.core.context.db
      .prepare(
        `SELECT r.id FROM sme_applications r WHERE r.round = ? AND r.status = 'evaluating' AND r.stage = 'document'
         AND NOT EXISTS (SELECT 1 FROM sme_abstentions ab WHERE ab.application_id = r.id AND ab.stage = 'document') ORDER BY r.id LIMIT 1`
      )
      .get(ROUND) as { id: string }).id
    expect((await refused('sme:abstain', { id: app, stage: 'document', kind: 'challenge', reason: '신청기업이 기피 신청' })).message).toContain('평가위원을 정해')
    await h.call('sme:abstain', { id: app, stage: 'document', kind: 'challenge', reason: '신청기업이 경쟁사 자문 이력을 이유로 기피 신청', evaluatorId: 'S-0032' })
    await h.call('sme:abstain', { id: app, stage: 'document', kind: 'exclusion', reason: '신청기업 임원과 친족 관계', evaluatorId: 'S-0033' })
    const other = await h.call<ScoreSheet>('sme:sheet', { id: app, stage: 'document', evaluatorId: 'S-0034' })
    expect(other.evaluator_id).toBe('S-0034')
    await h.call('sme:confirmPledge', { round: ROUND })
    await h.call('sme:score', { id: app, stage: 'document', evaluatorId: 'S-0034', scores: fullSheet('document') })
    expect(await h.sync()).toMatchObject({ pushed: 3, conflicts: 0, rejected: 0 })
    const portal = onPortal(app)
    expect(portal.abstentions.filter((a) => a.stage === 'document' && a.by === 'S-0001').map((a) => [a.evaluator_id, a.kind])).toEqual([
      ['S-0032', 'challenge'],
      ['S-0033', 'exclusion']
    ])
    expect(Object.fromEntries(portal.scores.filter((s) => s.evaluator_id === 'S-0034' && s.stage === 'document').map((s) => [s.criterion, s.score]))).toEqual(
      fullSheet('document')
    )
  })
})
