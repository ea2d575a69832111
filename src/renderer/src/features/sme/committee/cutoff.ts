import type { RankingRow } from '../../../../../shared/domains/sme/views'
import type { SmeStage } from '../../../../../shared/portal'

/** Who passes a stage: the N best ranked, or everyone whose stage score reaches a threshold. */
export type CutoffRule = { kind: 'top'; n: number } | { kind: 'min_score'; score: number }

export type CutoffVerdict = 'advance' | 'stop' | 'not_candidate'

export interface CutoffResult {
  /** In rank order. */
  advance: string[]
  /** Candidates that do not pass: ranked ones in rank order, then the unranked (no complete sheet). */
  stop: string[]
  /** Not being evaluated in this stage any more (moved on, selected, withdrawn): the cut-off leaves them alone. */
  notCandidate: string[]
  verdict: ReadonlyMap<string, CutoffVerdict>
}

type Row = Pick<RankingRow, 'id' | 'status' | 'current_stage' | 'rank' | 'score'>

/** Being evaluated in `stage` now: only these advance, stop or get the final selection. */
export function isCandidate(row: Pick<Row, 'status' | 'current_stage'>, stage: SmeStage): boolean {
  return row.status === 'evaluating' && row.current_stage === stage
}

/**
 * Applies a cut-off to a stage's ranking. Top N counts only the candidates, best rank first (the rank
 * already breaks ties); a threshold passes every ranked candidate whose stage score is ≥ it. A candidate
 * without a rank (no complete sheet) never passes. A rule that is not a usable number passes nobody.
 */
export function cutoffSelection(rows: readonly Row[], stage: SmeStage, rule: CutoffRule): CutoffResult {
  const candidates = rows.filter((r) => isCandidate(r, stage))
  const ranked = candidates.filter((r) => r.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.id.localeCompare(b.id))
  const unranked = candidates.filter((r) => r.rank === null).sort((a, b) => a.id.localeCompare(b.id))
  let passes: (row: Row, index: number) => boolean
  if (rule.kind === 'top') {
    const n = Number.isFinite(rule.n) ? Math.max(0, Math.floor(rule.n)) : 0
    passes = (_row, index) => index < n
  } else {
    const min = rule.score
    passes = (row) => Number.isFinite(min) && row.score !== null && row.score >= min
  }
  const advance: string[] = []
  const stop: string[] = []
  ranked.forEach((row, index) => (passes(row, index) ? advance : stop).push(row.id))
  for (const row of unranked) stop.push(row.id)
  const notCandidate = rows.filter((r) => !isCandidate(r, stage)).map((r) => r.id)
  const verdict = new Map<string, CutoffVerdict>()
  for (const id of advance) verdict.set(id, 'advance')
  for (const id of stop) verdict.set(id, 'stop')
  for (const id of notCandidate) verdict.set(id, 'not_candidate')
  return { advance, stop, notCandidate, verdict }
}

/** "12.5" / "12" for a stage score or mean; "—" when there is none. */
export function formatScore(value: number | null, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '—'
  return String(Math.round(value * 10 ** digits) / 10 ** digits)
}
