/**
 * The evaluation part of a seeded 강소기업 application: each assigned evaluator's sheet per stage (or
 * their 회피 · 기피 · 제척), with 평가의견. A score is the company's latent quality on the item's scale
 * plus the evaluator's own offset and noise, clamped to 0..max, so that evaluators differ as people do.
 * 회피 · 기피 · 제척 are seeded for committee pairs (a site-visit team of three has no one to spare).
 */
import type { ScoringItem, SmeAbstention, SmeAssignment, SmeCriteria, SmeScore, SmeSheetComment, SmeStage } from '../../shared/portal/smeApplications'
import { ABSTENTION_REASONS, SHEET_COMMENTS, isCommitteeStage } from './data/sme'
import { evaluatorHabit } from './data/staff'
import { kstDate, kstInstant, kstMs, type Rng } from './util'

export const MANAGER_ID = 'S-0001'
const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

export interface DateWindow {
  from: string
  to: string
}

/** How far a stage's sheets have come: every assigned evaluator done, some, or none yet. */
export type Fill = 'complete' | 'partial' | 'none'

export interface StagePlan {
  stage: SmeStage
  fill: Fill
  window: DateWindow
}

export interface SeededEvaluation {
  scores: SmeScore[]
  abstentions: SmeAbstention[]
  sheet_comments: SmeSheetComment[]
  /** When each write happened (one version each). */
  writes: number[]
}

/** A working-hours instant on a day of the window. */
export function instantIn(rng: Rng, window: DateWindow): number {
  const days = Math.max(0, Math.round((kstMs(window.to) - kstMs(window.from)) / DAY_MS))
  return kstMs(window.from) + rng.int(0, days) * DAY_MS + rng.int(9 * 60, 18 * 60 + 59) * 60_000
}

function normal(rng: Rng): number {
  const u = 1 - rng.next()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next())
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n))
}

/** The company's merit per evaluator item: near its overall quality, not the same on every item. */
export function itemQualities(rng: Rng, criteria: SmeCriteria, quality: number): Map<string, number> {
  return new Map(criteria.scoring.filter((i) => !i.computed).map((i) => [i.code, clamp(quality + normal(rng) * 0.07, 0.05, 0.98)]))
}

function abstentionKind(rng: Rng): SmeAbstention['kind'] | null {
  const r = rng.next()
  if (r < 0.05) return 'recusal'
  if (r < 0.06) return 'challenge'
  if (r < 0.065) return 'exclusion'
  return null
}

function abstention(rng: Rng, evaluatorId: string, stage: SmeStage, kind: SmeAbstention['kind'], window: DateWindow): SmeAbstention {
  const known = instantIn(rng, window)
  return {
    evaluator_id: evaluatorId,
    stage,
    kind,
    reason: rng.pick(ABSTENTION_REASONS[kind]),
    known_on: kstDate(known),
    by: kind === 'recusal' ? evaluatorId : MANAGER_ID,
    at: kstInstant(known + rng.int(1, 48) * HOUR_MS)
  }
}

function comment(rng: Rng, stage: SmeStage, share: number): string {
  const phrases = SHEET_COMMENTS[stage]
  return rng.pick(share >= 0.75 ? phrases.high : share < 0.55 ? phrases.low : phrases.mid)
}

function score(rng: Rng, evaluatorId: string, item: ScoringItem, quality: number): number {
  const habit = evaluatorHabit(evaluatorId)
  return clamp(Math.round(quality * item.max + habit.offset + normal(rng) * habit.spread), 0, item.max)
}

export function seedEvaluation(rng: Rng, criteria: SmeCriteria, assignments: readonly SmeAssignment[], plans: readonly StagePlan[], quality: number): SeededEvaluation {
  const out: SeededEvaluation = { scores: [], abstentions: [], sheet_comments: [], writes: [] }
  const qualities = itemQualities(rng, criteria, quality)
  for (const plan of plans) {
    const items = criteria.scoring.filter((i) => i.stage === plan.stage && !i.computed)
    const members = assignments.filter((a) => a.stage === plan.stage).map((a) => a.evaluator_id)
    const committee = isCommitteeStage(criteria.round, plan.stage)
    for (const evaluatorId of members) {
      const kind = committee ? abstentionKind(rng) : null
      if (kind) {
        const entry = abstention(rng, evaluatorId, plan.stage, kind, plan.window)
        out.abstentions.push(entry)
        out.writes.push(Date.parse(entry.at))
        continue
      }
      if (plan.fill === 'none' || (plan.fill === 'partial' && rng.chance(0.45))) continue
      // A partly filled stage has a few sheets saved half-way (some items left blank).
      const scored = plan.fill === 'partial' && items.length > 1 && rng.chance(0.12) ? items.slice(0, rng.int(1, items.length - 1)) : items
      let at = instantIn(rng, plan.window)
      out.writes.push(at)
      if (rng.chance(0.12)) {
        at += rng.int(2, 72) * HOUR_MS
        out.writes.push(at)
      }
      // Now and then an evaluator sees the company quite differently from the others (a real disagreement).
      const dissent = rng.chance(0.04) ? (rng.chance(0.5) ? 0.15 : -0.15) : 0
      let total = 0
      for (const item of scored) {
        const value = score(rng, evaluatorId, item, clamp((qualities.get(item.code) ?? quality) + dissent, 0, 1))
        total += value
        out.scores.push({ evaluator_id: evaluatorId, stage: plan.stage, criterion: item.code, score: value, scored_at: kstInstant(at) })
      }
      if (scored.length === items.length && rng.chance(0.85)) {
        const max = items.reduce((sum, i) => sum + i.max, 0)
        out.sheet_comments.push({ evaluator_id: evaluatorId, stage: plan.stage, comment: comment(rng, plan.stage, total / max), at: kstInstant(at) })
      }
    }
  }
  return out
}
