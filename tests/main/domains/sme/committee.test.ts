import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore } from '../../../../src/main/core'
import { rankStage, type StageApplicationInput } from '../../../../src/shared/domains/sme/ranking'
import { bracketPoints, computedItems, evaluatorItems, isSheetComplete, maxEvaluatorTotal } from '../../../../src/shared/domains/sme/scoring'
import type { BatchPreview, BatchResult, CommitteeView, RankingRow, SmeListResult } from '../../../../src/shared/domains/sme/views'
import { SmeApplication, type SmeCriteria, type SmeStage } from '../../../../src/shared/portal'
import { outboxStates } from '../../../helpers/outbox'
import { startHarness, type SimHarness } from '../../../helpers/sim'
import { TEST_CACHE_KEY } from '../../../cacheKey'

const ROUND = '2026-1'

/** The inputs built straight from the portal's records, without the cache: what the committee view must agree with. */
function portalStageInputs(apps: readonly SmeApplication[], criteria: SmeCriteria, stage: SmeStage): StageApplicationInput[] {
  const reached = criteria.stages.slice(criteria.stages.indexOf(stage))
  return apps
    .filter((app) => app.round === criteria.round && ['evaluating', 'selected', 'not_selected'].includes(app.status) && app.stage !== null && reached.includes(app.stage))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((app) => {
      const sheets = new Map<string, Record<string, number>>()
      for (const s of app.scores) if (s.stage === stage) sheets.set(s.evaluator_id, { ...sheets.get(s.evaluator_id), [s.criterion]: s.score })
      return {
        id: app.id,
        company: app.company.name,
        status: app.status,
        current_stage: app.stage,
        computedPoints: Object.fromEntries(computedItems(criteria, stage).map((item) => [item.code, bracketPoints(app.company[item.computed.field], item.computed)])),
        sheets: [...sheets].map(([evaluator_id, scores]) => ({ evaluator_id, scores })),
        abstentions: app.abstentions.filter((a) => a.stage === stage).map((a) => ({ evaluator_id: a.evaluator_id, kind: a.kind }))
      }
    })
}

describe('sme committee, ranking and batch decisions (manager, against the live simulator)', () => {
  let h: SimHarness
  let criteria: SmeCriteria
  let portal: SmeApplication[]

  const loadPortal = async () => {
    const rows = (await h.call<SmeListResult>('sme:list', { pageSize: 500, filter: {} })).rows
    portal = rows.map((row) => SmeApplication.parse(h.sim.control.record('sme-applications', row.id)))
  }

  beforeAll(async () => {
    h = await startHarness({ scale: 400 })
    await h.sync()
    criteria = (await h.call<SmeCriteria>('sme:criteria', { round: ROUND }))!
    await loadPortal()
  })
  afterAll(async () => h.close())

  it('ranks each stage from the cached side tables exactly as rankStage does over the portal’s records', async () => {
    for (const stage of criteria.stages) {
      const ranking = await h.call<RankingRow[]>('sme:ranking', { round: ROUND, stage })
      expect(ranking, stage).toEqual(rankStage(portalStageInputs(portal, criteria, stage), criteria, stage))
      expect(ranking.filter((r) => r.rank !== null).length, stage).toBeGreaterThan(0)
    }
    const earlier = (await h.call<SmeCriteria>('sme:criteria', { round: '2025-1' }))!
    expect(await h.call('sme:ranking', { round: '2025-1', stage: 'interview' })).toEqual(rankStage(portalStageInputs(portal, earlier, 'interview'), earlier, 'interview'))
    expect((await h.core.dispatch('sme:ranking', { round: ROUND, stage: 'interview' })).ok).toBe(false)
  })

  it('shows the committee matrix: evaluators as 위원 A, B, …, each sheet’s state, the disagreement threshold', async () => {
    const view = await h.call<CommitteeView>('sme:committee', { round: ROUND, stage: 'document' })
    expect(view.stages).toEqual(criteria.stages)
    expect(view.isLastStage).toBe(false)
    expect(view.max_evaluator_total).toBe(maxEvaluatorTotal(criteria, 'document'))
    const committee = [...new Set(portal.flatMap((a) => a.assignments.filter((x) => x.stage === 'document').map((x) => x.evaluator_id)))].sort()
    expect(view.evaluators).toEqual(committee.map((id, i) => ({ id, letter: 'ABCDEFGHIJ'[i] })))
    expect(view.rows.map(({ cells: _cells, ...row }) => row)).toEqual(await h.call('sme:ranking', { round: ROUND, stage: 'document' }))
    for (const row of view.rows.slice(0, 40)) {
      const app = portal.find((a) => a.id === row.id)!
      for (const { evaluator_id } of app.assignments.filter((a) => a.stage === 'document')) {
        const abstention = app.abstentions.find((a) => a.evaluator_id === evaluator_id && a.stage === 'document')
        const scores = Object.fromEntries(app.scores.filter((s) => s.evaluator_id === evaluator_id && s.stage === 'document').map((s) => [s.criterion, s.score]))
        const complete = isSheetComplete(scores, criteria, 'document')
        const state = abstention?.kind ?? (complete ? 'complete' : Object.keys(scores).length > 0 ? 'partial' : 'missing')
        const total = complete && !abstention ? Object.values(scores).reduce((a, b) => a + b, 0) : null
        expect(row.cells[evaluator_id], `${row.id} ${evaluator_id}`).toEqual({ state, total })
      }
    }
    expect(new Set(view.rows.flatMap((r) => Object.values(r.cells).map((c) => c.state)))).toEqual(new Set(['complete', 'partial', 'missing', 'recusal', 'challenge', 'exclusion']))
  })

  it('advances the top N of a stage after a preview, listing the skipped with their reasons; the portal moves each once', async () => {
    const ranking = await h.call<RankingRow[]>('sme:ranking', { round: ROUND, stage: 'document' })
    const inStage = ranking.filter((r) => r.status === 'evaluating' && r.current_stage === 'document')
    const top = inStage.filter((r) => r.rank !== null).slice(0, 5)
    const unscored = inStage.find((r) => r.rank === null)!
    const elsewhere = ranking.find((r) => r.current_stage === 'site_visit' && r.status === 'evaluating')!
    const request = { round: ROUND, stage: 'document', ids: [...top.map((r) => r.id), unscored.id, elsewhere.id, 'SME-1999-000001'] }

    const preview = await h.call<BatchPreview>('sme:advancePreview', request)
    expect(preview.willChange).toEqual(top.map((r) => ({ id: r.id, company: r.company, intent: '현장실사로 넘김' })))
    expect(preview.skipped).toEqual([
      { id: unscored.id, company: unscored.company, reason: '서면심사의 완료된 평가표가 없습니다.' },
      { id: elsewhere.id, company: elsewhere.company, reason: '서면심사 단계에 있지 않습니다 (지금 현장실사).' },
      { id: 'SME-1999-000001', company: '(캐시에 없음)', reason: '캐시에 없는 신청입니다.' }
    ])
    expect(outboxStates(h.core.context.db)).toEqual({})

    const result = await h.call<BatchResult>('sme:advance', request)
    expect(result).toEqual({ queued: 5, skipped: preview.skipped })
    // Queued once: asking again skips them.
    const again = await h.call<BatchPreview>('sme:advancePreview', { ids: top.map((r) => r.id) })
    expect(again.willChange).toEqual([])
    expect(again.skipped.map((s) => s.reason)).toEqual(top.map(() => '같은 처리가 이미 포털 전송 대기 중입니다.'))
    const moved = await h.call<SmeListResult>('sme:list', { pageSize: 500, filter: { stages: ['site_visit'] } })
    expect(moved.rows.filter((r) => top.some((t) => t.id === r.id)).map((r) => r.pending_writes)).toEqual(top.map(() => 1))

    expect(await h.sync()).toMatchObject({ pushed: 5, conflicts: 0, rejected: 0 })
    for (const row of top) {
      const app = SmeApplication.parse(h.sim.control.record('sme-applications', row.id))
      expect(app).toMatchObject({ status: 'evaluating', stage: 'site_visit' })
      expect(app.assignments.filter((a) => a.stage === 'site_visit')).toHaveLength(3)
    }
    await loadPortal()
    // The stages ranked before are brought up to date with what changed since, as a fresh read would give.
    for (const stage of criteria.stages) {
      expect(await h.call('sme:ranking', { round: ROUND, stage }), stage).toEqual(rankStage(portalStageInputs(portal, criteria, stage), criteria, stage))
    }
  })

  it('records the final selection in the last stage only, with the 위원회 note, skipping what cannot be decided', async () => {
    const site = await h.call<RankingRow[]>('sme:ranking', { round: ROUND, stage: 'site_visit' })
    const deciding = site.filter((r) => r.status === 'evaluating' && r.rank !== null).slice(0, 4)
    const decided = site.find((r) => r.status === 'selected')!
    const justMoved = site.find((r) => r.status === 'evaluating' && r.rank === null)!
    const inDocument = (await h.call<RankingRow[]>('sme:ranking', { round: ROUND, stage: 'document' })).find((r) => r.status === 'evaluating' && r.current_stage === 'document')!
    const decisions = [
      ...deciding.map((r, i) => ({ id: r.id, selected: i < 3 })),
      { id: decided.id, selected: false },
      { id: justMoved.id, selected: true },
      { id: inDocument.id, selected: true }
    ]
    const preview = await h.call<BatchPreview>('sme:selectPreview', { round: ROUND, decisions, note: '2026년 제3차 강소기업지원위원회 의결' })
    expect(preview.willChange.map((w) => [w.id, w.intent])).toEqual(
      deciding.map((r, i) => [r.id, `${i < 3 ? '선정' : '미선정'} — 의견: 2026년 제3차 강소기업지원위원회 의결`])
    )
    expect(preview.skipped.map((s) => [s.id, s.reason])).toEqual([
      [decided.id, '이미 선정 결정이 있습니다.'],
      [justMoved.id, '현장실사의 완료된 평가표가 없습니다.'],
      [inDocument.id, '마지막 단계가 아닙니다 (지금 서면심사). 최종 선정은 마지막 단계에서 합니다.']
    ])
    const result = await h.call<BatchResult>('sme:select', { round: ROUND, decisions, note: '2026년 제3차 강소기업지원위원회 의결' })
    expect(result.queued).toBe(4)
    expect(await h.sync()).toMatchObject({ pushed: 4, conflicts: 0, rejected: 0 })
    for (const [i, row] of deciding.entries()) {
      const app = SmeApplication.parse(h.sim.control.record('sme-applications', row.id))
      expect(app.status).toBe(i < 3 ? 'selected' : 'not_selected')
      expect(app.selection).toMatchObject({ selected: i < 3, note: '2026년 제3차 강소기업지원위원회 의결', by: 'S-0001' })
    }
  })

  it('ranks what another connection to the same cache wrote (the CLI beside the app)', async () => {
    const before = await h.call<RankingRow[]>('sme:ranking', { round: ROUND, stage: 'document' })
    const target = before.find((r) => r.status === 'evaluating' && r.current_stage === 'document' && r.rank !== null)!
    const app = portal.find((a) => a.id === target.id)!
    const evaluator = app.assignments.find((a) => a.stage === 'document' && !app.abstentions.some((x) => x.evaluator_id === a.evaluator_id && x.stage === 'document'))!.evaluator_id
    const other = await createCore({ cacheKey: TEST_CACHE_KEY, dataDir: h.dir.path, portalUrl: null, log: () => undefined })
    try {
      await other.context.session.continueOffline('manager', 'demo')
      const ok = async (channel: string, input: unknown) => expect((await other.dispatch(channel, input)).ok, channel).toBe(true)
      await ok('sme:confirmPledge', { round: ROUND })
      await ok('sme:score', { id: target.id, stage: 'document', evaluatorId: evaluator, scores: Object.fromEntries(evaluatorItems(criteria, 'document').map((i) => [i.code, 0])) })
    } finally {
      other.close()
    }
    const after = await h.call<RankingRow[]>('sme:ranking', { round: ROUND, stage: 'document' })
    const mine = (rows: RankingRow[]) => rows.find((r) => r.id === target.id)!
    expect(mine(after).mean).toBeLessThan(mine(before).mean!)
    expect(mine(after).spread).toBeGreaterThanOrEqual(mine(before).spread!)
  })

  it('skips an application whose earlier write waits in 확인 필요', async () => {
    const ranking = await h.call<RankingRow[]>('sme:ranking', { round: ROUND, stage: 'document' })
    const written = new Set((h.core.context.db.prepare(`SELECT record_id FROM outbox`).all() as { record_id: string }[]).map((r) => r.record_id))
    const [first, second] = ranking.filter((r) => r.status === 'evaluating' && r.current_stage === 'document' && r.rank !== null && !written.has(r.id))
    await h.call('sme:advance', { ids: [first!.id] })
    h.sim.control.otherStaffEdit('sme-applications', 1, first!.id)
    expect(await h.sync()).toMatchObject({ conflicts: 1, rejected: 0 })
    const preview = await h.call<BatchPreview>('sme:advancePreview', { round: ROUND, stage: 'document', ids: [first!.id, second!.id] })
    expect(preview.skipped).toEqual([{ id: first!.id, company: first!.company, reason: '확인 필요에 걸린 변경이 있습니다. 먼저 확인 필요에서 정리하세요.' }])
    expect(preview.willChange.map((w) => w.id)).toEqual([second!.id])
  })
})
