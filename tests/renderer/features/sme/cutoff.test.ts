import { describe, expect, it } from 'vitest'
import { cutoffSelection, formatScore, isCandidate } from '../../../../src/renderer/src/features/sme/committee/cutoff'
import type { RankingRow } from '../../../../src/shared/domains/sme/views'

type Row = Pick<RankingRow, 'id' | 'status' | 'current_stage' | 'rank' | 'score'>

const row = (id: string, rank: number | null, score: number | null, over: Partial<Row> = {}): Row => ({
  id,
  status: 'evaluating',
  current_stage: 'document',
  rank,
  score,
  ...over
})

// Ranked 1..5 by score; B moved on to 현장실사 already, F has no complete sheet (no rank).
const ROWS: Row[] = [
  row('A', 1, 80),
  row('B', 2, 78, { current_stage: 'site_visit' }),
  row('C', 3, 75),
  row('D', 4, 75),
  row('E', 5, 60),
  row('F', null, null),
  row('G', 6, 55, { status: 'withdrawn' })
]

describe('committee cut-off', () => {
  it('only applications being evaluated in the stage are candidates', () => {
    expect(isCandidate(row('x', 1, 1), 'document')).toBe(true)
    expect(isCandidate(row('x', 1, 1, { current_stage: 'site_visit' }), 'document')).toBe(false)
    expect(isCandidate(row('x', 1, 1, { status: 'selected' }), 'document')).toBe(false)
  })

  it('top N counts the candidates in rank order, skipping those that moved on', () => {
    const result = cutoffSelection(ROWS, 'document', { kind: 'top', n: 2 })
    expect(result.advance).toEqual(['A', 'C'])
    expect(result.stop).toEqual(['D', 'E', 'F'])
    expect(result.notCandidate).toEqual(['B', 'G'])
    expect(result.verdict.get('B')).toBe('not_candidate')
    expect(result.verdict.get('F')).toBe('stop')
  })

  it('top N larger than the ranked candidates passes them all but never the unranked', () => {
    const result = cutoffSelection(ROWS, 'document', { kind: 'top', n: 50 })
    expect(result.advance).toEqual(['A', 'C', 'D', 'E'])
    expect(result.stop).toEqual(['F'])
  })

  it('a threshold passes every ranked candidate at or above it (ties at the threshold both pass)', () => {
    expect(cutoffSelection(ROWS, 'document', { kind: 'min_score', score: 75 }).advance).toEqual(['A', 'C', 'D'])
    expect(cutoffSelection(ROWS, 'document', { kind: 'min_score', score: 75.01 }).advance).toEqual(['A'])
    expect(cutoffSelection(ROWS, 'document', { kind: 'min_score', score: 0 }).stop).toEqual(['F'])
  })

  it('a rule that is not a number passes nobody; fractions of N are cut down', () => {
    expect(cutoffSelection(ROWS, 'document', { kind: 'top', n: Number.NaN }).advance).toEqual([])
    expect(cutoffSelection(ROWS, 'document', { kind: 'min_score', score: Number.NaN }).advance).toEqual([])
    expect(cutoffSelection(ROWS, 'document', { kind: 'top', n: 2.9 }).advance).toEqual(['A', 'C'])
    expect(cutoffSelection(ROWS, 'document', { kind: 'top', n: -1 }).advance).toEqual([])
  })

  it('rounds scores for display, and shows a dash for none', () => {
    expect(formatScore(71.666666)).toBe('71.67')
    expect(formatScore(2.00629, 3)).toBe('2.006')
    expect(formatScore(70)).toBe('70')
    expect(formatScore(null)).toBe('—')
  })
})
