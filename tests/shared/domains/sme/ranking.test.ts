import { describe, expect, it } from 'vitest'
import { rankStage, sheetTotals, type StageApplicationInput, type StageSheetInput } from '../../../../src/shared/domains/sme/ranking'
import type { AbstentionKind } from '../../../../src/shared/portal/smeApplications'
import { CRITERIA } from './criteria'

/**
 * The fixture's document stage: evaluator items job_quality (max 20) and work_life_balance (max 15), so
 * the maximum evaluator total is 35 and disagreement starts above 7; computed items regular_ratio,
 * living_wage_ratio and parental_leave_ratio. tie_break: site_environment (a site-visit item, ignored
 * here), regular_ratio, work_life_balance.
 */

function sheet(evaluatorId: string, jobQuality: number | undefined, workLifeBalance: number | undefined, extra: Record<string, number> = {}): StageSheetInput {
  const scores: Record<string, number> = { ...extra }
  if (jobQuality !== undefined) scores.job_quality = jobQuality
  if (workLifeBalance !== undefined) scores.work_life_balance = workLifeBalance
  return { evaluator_id: evaluatorId, scores }
}

/** A complete sheet whose total is `total` (split over the two items). */
const totalSheet = (evaluatorId: string, total: number) => sheet(evaluatorId, Math.min(total, 20), Math.max(total - 20, 0))

function app(id: string, parts: Partial<Omit<StageApplicationInput, 'id'>> = {}): StageApplicationInput {
  return {
    id,
    company: `기업 ${id}`,
    status: 'evaluating',
    current_stage: 'document',
    computedPoints: {},
    sheets: [],
    abstentions: [],
    ...parts
  }
}

const abstention = (evaluatorId: string, kind: AbstentionKind) => ({ evaluator_id: evaluatorId, kind })

const rowOf = (rows: ReturnType<typeof rankStage>, id: string) => rows.find((row) => row.id === id)!

describe('rankStage, worked by hand', () => {
  const apps = [
    // computed 20 + 15 + 0 = 35; totals E1 25, E2 30
    app('SME-A', { computedPoints: { regular_ratio: 20, living_wage_ratio: 15, parental_leave_ratio: 0 }, sheets: [sheet('E1', 15, 10), sheet('E2', 18, 12)] }),
    // computed 14 + 10 (parental leave absent → 0) = 24; totals E1 15, E2 35 (spread 20 > 7: disagreement)
    app('SME-B', { computedPoints: { regular_ratio: 14, living_wage_ratio: 10 }, sheets: [sheet('E1', 10, 5), sheet('E2', 20, 15)] }),
    // computed 8; E1 complete 20, E2 incomplete (shown, not counted)
    app('SME-C', { computedPoints: { regular_ratio: 8 }, sheets: [sheet('E1', 12, 8), sheet('E2', 10, undefined)] }),
    // 회피 and 기피: no sheets at all
    app('SME-D', { computedPoints: { regular_ratio: 20 }, abstentions: [abstention('E1', 'recusal'), abstention('E2', 'challenge')] }),
    // 제척 of E1, whose stale sheet (say, a write still pending) is no sheet
    app('SME-E', { computedPoints: { regular_ratio: 20 }, sheets: [sheet('E1', 20, 15)], abstentions: [abstention('E1', 'exclusion')] })
  ]
  const rows = rankStage(apps, CRITERIA, 'document')

  it('orders the ranked by stage score, then the unranked by id', () => {
    expect(rows.map((row) => [row.id, row.rank])).toEqual([
      ['SME-A', 1],
      ['SME-B', 2],
      ['SME-C', 3],
      ['SME-D', null],
      ['SME-E', null]
    ])
  })

  it('computes each aggregate as defined', () => {
    expect(rowOf(rows, 'SME-A')).toEqual({
      id: 'SME-A',
      company: '기업 SME-A',
      status: 'evaluating',
      current_stage: 'document',
      sheets: 2,
      incomplete_sheets: 0,
      abstentions: 0,
      computed: 35,
      mean: 27.5,
      trimmed_mean: 27.5,
      score: 62.5,
      // E1's totals 25, 15, 20: μ 20, σ √(50/3) ≈ 4.0825 → z 1.2247; E2's 30, 35: μ 32.5, σ 2.5 → z −1; mean 0.1124
      normalized: expect.closeTo(0.11237, 4),
      spread: 5,
      disagreement: false,
      rank: 1
    })
    expect(rowOf(rows, 'SME-B')).toMatchObject({
      computed: 24,
      mean: 25,
      trimmed_mean: 25,
      score: 49,
      normalized: expect.closeTo(-0.11237, 4),
      spread: 20,
      disagreement: true
    })
    expect(rowOf(rows, 'SME-C')).toMatchObject({ sheets: 1, incomplete_sheets: 1, computed: 8, mean: 20, trimmed_mean: 20, score: 28, normalized: 0, spread: 0 })
  })

  it('counts abstentions of every kind and gives them no sheet and no aggregates', () => {
    for (const id of ['SME-D', 'SME-E']) {
      expect(rowOf(rows, id)).toMatchObject({
        sheets: 0,
        incomplete_sheets: 0,
        computed: 20,
        mean: null,
        trimmed_mean: null,
        score: null,
        normalized: null,
        spread: null,
        disagreement: false,
        rank: null
      })
    }
    expect(rowOf(rows, 'SME-D').abstentions).toBe(2)
    expect(rowOf(rows, 'SME-E').abstentions).toBe(1)
  })
})

describe('rankStage, definitions at their edges', () => {
  it('trims the highest and lowest total only from 5 complete sheets on', () => {
    const four = app('SME-4', { sheets: [10, 20, 30, 35].map((total, i) => totalSheet(`E${i}`, total)) })
    const five = app('SME-5', { sheets: [10, 20, 30, 35, 0].map((total, i) => totalSheet(`E${i}`, total)) })
    const rows = rankStage([four, five], CRITERIA, 'document')
    // Four: no trimming (dropping 10 and 35 would give 25).
    expect(rowOf(rows, 'SME-4')).toMatchObject({ sheets: 4, mean: 23.75, trimmed_mean: 23.75, score: 23.75, spread: 25 })
    // Five: mean 95 / 5 = 19; trimmed (10 + 20 + 30) / 3 = 20, dropping 35 and 0; the score uses the trimmed mean.
    expect(rowOf(rows, 'SME-5')).toMatchObject({ sheets: 5, mean: 19, trimmed_mean: 20, score: 20, spread: 35 })
  })

  it('flags disagreement only when the spread is above 20 % of the maximum total, not at it', () => {
    const atTwenty = app('SME-1', { sheets: [totalSheet('E1', 20), totalSheet('E2', 27)] })
    const above = app('SME-2', { sheets: [totalSheet('E1', 20), totalSheet('E2', 27.5)] })
    const rows = rankStage([atTwenty, above], CRITERIA, 'document')
    expect(rowOf(rows, 'SME-1')).toMatchObject({ spread: 7, disagreement: false })
    expect(rowOf(rows, 'SME-2')).toMatchObject({ spread: 7.5, disagreement: true })
  })

  it('gives z = 0 for an evaluator whose totals are all equal (σ = 0), and for one sheet', () => {
    const apps = [
      app('SME-1', { sheets: [totalSheet('E1', 21), totalSheet('E2', 10)] }),
      app('SME-2', { sheets: [totalSheet('E1', 21), totalSheet('E2', 30)] }),
      app('SME-3', { sheets: [totalSheet('E1', 21)] })
    ]
    const rows = rankStage(apps, CRITERIA, 'document')
    // E1: σ 0 → z 0 everywhere; E2: μ 20, σ 10 → z −1 and +1
    expect(rowOf(rows, 'SME-1').normalized).toBe(-0.5)
    expect(rowOf(rows, 'SME-2').normalized).toBe(0.5)
    expect(rowOf(rows, 'SME-3')).toMatchObject({ sheets: 1, mean: 21, trimmed_mean: 21, spread: 0, normalized: 0, disagreement: false })
    const lone = rankStage([app('SME-9', { sheets: [totalSheet('E7', 33.5)] })], CRITERIA, 'document')
    expect(lone[0]).toMatchObject({ sheets: 1, mean: 33.5, score: 33.5, normalized: 0, spread: 0, rank: 1 })
  })

  it('keeps σ = 0 exact when equal totals do not average back to themselves in floating point', () => {
    // (0.1 + 0.1 + 0.1) / 3 is 0.10000000000000002: a σ of ~1e-17 would turn rounding noise into z = ±1.
    const apps = ['SME-1', 'SME-2', 'SME-3'].map((id) => app(id, { sheets: [sheet('E1', 0.1, 0)] }))
    expect(rankStage(apps, CRITERIA, 'document').map((row) => row.normalized)).toEqual([0, 0, 0])
  })

  it('does not count an incomplete sheet in the aggregates or in the evaluator’s μ and σ', () => {
    const apps = [
      app('SME-1', { sheets: [totalSheet('E1', 10), totalSheet('E2', 30), sheet('E3', 20, undefined)] }),
      app('SME-2', { sheets: [totalSheet('E1', 20), sheet('E2', undefined, undefined, { job_quality_note: 3 })] })
    ]
    const rows = rankStage(apps, CRITERIA, 'document')
    expect(rowOf(rows, 'SME-1')).toMatchObject({ sheets: 2, incomplete_sheets: 1, mean: 20, spread: 20 })
    expect(rowOf(rows, 'SME-2')).toMatchObject({ sheets: 1, incomplete_sheets: 1, mean: 20 })
    // E1: μ 15, σ 5 → z −1 and +1; E2 has a single complete total → z 0
    expect(rowOf(rows, 'SME-1').normalized).toBe(-0.5)
    expect(rowOf(rows, 'SME-2').normalized).toBe(1)
  })

  it('sums only the stage’s computed items, a missing code counting 0', () => {
    const rows = rankStage(
      [app('SME-1', { computedPoints: { regular_ratio: 14, site_environment: 30, unknown_item: 99 }, sheets: [totalSheet('E1', 10)] })],
      CRITERIA,
      'document'
    )
    expect(rows[0]).toMatchObject({ computed: 14, score: 24 })
  })

  it('scores the stage asked for, not the other stage’s items on the same sheet', () => {
    const rows = rankStage(
      [app('SME-1', { current_stage: 'site_visit', sheets: [sheet('E1', 20, 15, { site_environment: 25, ceo_leadership: 10 })] })],
      CRITERIA,
      'site_visit'
    )
    expect(rows[0]).toMatchObject({ current_stage: 'site_visit', sheets: 1, mean: 35, score: 35, spread: 0 })
  })
})

describe('rankStage ties', () => {
  it('breaks a tie on score by the tie_break codes of the stage — a computed item first, then an evaluator item’s mean — then by id', () => {
    const apps = [
      // score 20 + 20 = 40, regular_ratio 14
      app('SME-1', { computedPoints: { regular_ratio: 14, living_wage_ratio: 6 }, sheets: [sheet('E1', 10, 10)] }),
      // score 20 + 20 = 40, regular_ratio 20: ahead of SME-1 despite its id
      app('SME-2', { computedPoints: { regular_ratio: 20 }, sheets: [sheet('E1', 15, 5)] }),
      // score 40, regular_ratio 14 like SME-1; work_life_balance mean (6 + 10) / 2 = 8 < 10: behind SME-1.
      // Its high site_environment (a site-visit code listed first in tie_break) must be ignored here.
      app('SME-3', {
        computedPoints: { regular_ratio: 14, living_wage_ratio: 6 },
        sheets: [sheet('E2', 14, 6, { site_environment: 30 }), sheet('E3', 10, 10, { site_environment: 30 })]
      }),
      // the same as SME-1 in every respect but the id: after it
      app('SME-0', { computedPoints: { regular_ratio: 14, living_wage_ratio: 6 }, sheets: [sheet('E4', 10, 10)] })
    ]
    const rows = rankStage(apps, CRITERIA, 'document')
    expect(rows.map((row) => row.score)).toEqual([40, 40, 40, 40])
    expect(rows.map((row) => [row.id, row.rank])).toEqual([
      ['SME-2', 1],
      ['SME-0', 2],
      ['SME-1', 3],
      ['SME-3', 4]
    ])
  })

  it('falls back to id ascending when the criteria have no tie_break', () => {
    const apps = ['SME-3', 'SME-1', 'SME-2'].map((id) => app(id, { sheets: [totalSheet('E1', 20)] }))
    expect(rankStage(apps, { ...CRITERIA, tie_break: [] }, 'document').map((row) => row.id)).toEqual(['SME-1', 'SME-2', 'SME-3'])
  })

  it('ranks 1..n over those with a complete sheet and puts the rest last by id', () => {
    const apps = [
      app('SME-9', { sheets: [sheet('E1', 5, undefined)] }),
      app('SME-5', { sheets: [totalSheet('E1', 10)] }),
      app('SME-7'),
      app('SME-6', { sheets: [totalSheet('E1', 30)] }),
      app('SME-1', { abstentions: [abstention('E1', 'recusal')] })
    ]
    expect(rankStage(apps, CRITERIA, 'document').map((row) => [row.id, row.rank])).toEqual([
      ['SME-6', 1],
      ['SME-5', 2],
      ['SME-1', null],
      ['SME-7', null],
      ['SME-9', null]
    ])
    expect(rankStage([], CRITERIA, 'document')).toEqual([])
  })
})

describe('sheetTotals', () => {
  it('gives the complete totals by evaluator and counts the incomplete, leaving out an abstained evaluator', () => {
    const totals = sheetTotals(
      app('SME-1', {
        sheets: [sheet('E1', 15, 10), sheet('E2', 20, 7.5), sheet('E3', 10, undefined), sheet('E4', 20, 15)],
        abstentions: [abstention('E4', 'challenge')]
      }),
      CRITERIA,
      'document'
    )
    expect([...totals.complete]).toEqual([
      ['E1', 25],
      ['E2', 27.5]
    ])
    expect(totals.incomplete).toBe(1)
  })
})
