import type { z } from 'zod'
import type { ComputedScoring, ScoringItem, SmeCriteria, SmeStage } from '../../portal/smeApplications'
import { formatDecimal, formatFieldNumber } from './company'
import type { ComputedItemResult } from './views'

/**
 * 강소기업 scoring items of a round, shared/portal-admin-api.md §6: which items a stage has, the points a
 * computed (정량) item gives a company by its brackets, and what makes an evaluator's sheet valid and
 * complete. Pure; every item, weight and bracket comes from the criteria.
 */

type ComputedScoringBrackets = { brackets: readonly { min: number; points: number }[] }
type ScoringCriteria = Pick<SmeCriteria, 'scoring'>

/** A computed item: one whose `computed` is there (narrowed for the callers). */
export type ComputedScoringItem = ScoringItem & { computed: z.infer<typeof ComputedScoring> }

/** The stage's scoring items in the criteria's order. */
export function stageItems(criteria: ScoringCriteria, stage: SmeStage): ScoringItem[] {
  return criteria.scoring.filter((item) => item.stage === stage)
}

/** The stage's items each evaluator scores. */
export function evaluatorItems(criteria: ScoringCriteria, stage: SmeStage): ScoringItem[] {
  return criteria.scoring.filter((item) => item.stage === stage && item.computed === undefined)
}

/** The stage's items computed from the company's data (the same for every evaluator). */
export function computedItems(criteria: ScoringCriteria, stage: SmeStage): ComputedScoringItem[] {
  return criteria.scoring.filter((item): item is ComputedScoringItem => item.stage === stage && item.computed !== undefined)
}

/** The bracket that applies: the highest `min` the value reaches (the first listed among equal mins). */
function bracketFor(value: number, computed: ComputedScoringBrackets): { min: number; points: number } | null {
  let found: { min: number; points: number } | null = null
  for (const bracket of computed.brackets) {
    if (value >= bracket.min && (found === null || bracket.min > found.min)) found = bracket
  }
  return found
}

/**
 * The points of the first bracket, by `min` descending, that the value reaches; 0 when it reaches none
 * or is missing or not a finite number. The brackets may be listed in any order.
 */
export function bracketPoints(value: unknown, computed: ComputedScoringBrackets): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0
  return bracketFor(value, computed)?.points ?? 0
}

function computedItemResult(company: Readonly<Record<string, unknown>>, item: ComputedScoringItem): ComputedItemResult {
  const { field } = item.computed
  const raw = Object.hasOwn(company, field) ? company[field] : undefined
  const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null
  const base = { code: item.code, label: item.label, stage: item.stage, max: item.max, field }
  if (value === null) return { ...base, value: null, points: 0, evidence: `${item.label}: 자료 없음 → 0점` }
  const bracket = bracketFor(value, item.computed)
  const shown = formatFieldNumber(field, value)
  if (bracket === null) {
    const lowest = Math.min(...item.computed.brackets.map((b) => b.min))
    return { ...base, value, points: 0, evidence: `${item.label} ${shown} → 0점 (${formatFieldNumber(field, lowest)} 미만)` }
  }
  return {
    ...base,
    value,
    points: bracket.points,
    evidence: `${item.label} ${shown} → ${formatDecimal(bracket.points)}점 (${formatFieldNumber(field, bracket.min)} 이상 구간)`
  }
}

/**
 * The computed items applied to one company, in the criteria's order: of `stage`, or of every stage
 * when it is omitted (the company card shows them all).
 */
export function computedItemResults(
  company: Readonly<Record<string, unknown>>,
  criteria: ScoringCriteria,
  stage?: SmeStage
): ComputedItemResult[] {
  const results: ComputedItemResult[] = []
  for (const item of criteria.scoring) {
    if (item.computed === undefined || (stage !== undefined && item.stage !== stage)) continue
    results.push(computedItemResult(company, item as ComputedScoringItem))
  }
  return results
}

/** The most a complete sheet can total in the stage: the sum of its evaluator items' `max`. */
export function maxEvaluatorTotal(criteria: ScoringCriteria, stage: SmeStage): number {
  let total = 0
  for (const item of criteria.scoring) if (item.stage === stage && item.computed === undefined) total += item.max
  return total
}

/** Scores go in half points: 7 and 7.5 are accepted, 7.3 is not. */
const SCORE_STEPS_PER_POINT = 2

/** Why a typed score cannot be saved (Korean), or null when it can: within 0..max, in 0.5-point steps. */
export function scoreProblem(value: number, item: { max: number }): string | null {
  if (!Number.isFinite(value) || value < 0 || value > item.max) return `0~${formatDecimal(item.max)}점 사이로 입력하세요.`
  if (!Number.isInteger(value * SCORE_STEPS_PER_POINT)) return '0.5점 단위로 입력하세요.'
  return null
}

function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** Every evaluator item of the stage has a score (computed items are never on a sheet). */
export function isSheetComplete(scores: Readonly<Record<string, number>>, criteria: ScoringCriteria, stage: SmeStage): boolean {
  for (const item of criteria.scoring) {
    if (item.stage === stage && item.computed === undefined && !(Object.hasOwn(scores, item.code) && isScore(scores[item.code]))) return false
  }
  return true
}

/** The sum of the stage's evaluator items scored so far (the live total while a sheet is typed). */
export function sheetTotal(scores: Readonly<Record<string, number>>, criteria: ScoringCriteria, stage: SmeStage): number {
  let total = 0
  for (const item of criteria.scoring) {
    if (item.stage !== stage || item.computed !== undefined || !Object.hasOwn(scores, item.code)) continue
    const score = scores[item.code]
    if (isScore(score)) total += score
  }
  return total
}

/** The round's stage after `stage`; null in its last stage or for a stage the round does not have. */
export function nextStage(criteria: Pick<SmeCriteria, 'stages'>, stage: SmeStage): SmeStage | null {
  const index = criteria.stages.indexOf(stage)
  return index === -1 ? null : (criteria.stages[index + 1] ?? null)
}

/** The round's final selection is made in this stage. */
export function isLastStage(criteria: Pick<SmeCriteria, 'stages'>, stage: SmeStage): boolean {
  const { stages } = criteria
  return stages.length > 0 && stages[stages.length - 1] === stage
}
