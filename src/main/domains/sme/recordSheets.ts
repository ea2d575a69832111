import type { SmeAbstention, SmeApplication, SmeStage } from '../../../shared/portal'

/** One evaluator's part of an application in one stage, read from the record. */
export interface EvaluatorPart {
  scores: Record<string, number>
  comment: string | null
  abstention: SmeAbstention | null
}

export function evaluatorPart(app: SmeApplication, evaluatorId: string, stage: SmeStage): EvaluatorPart {
  const scores: Record<string, number> = {}
  for (const score of app.scores ?? []) if (score.evaluator_id === evaluatorId && score.stage === stage) scores[score.criterion] = score.score
  const comment = (app.sheet_comments ?? []).find((c) => c.evaluator_id === evaluatorId && c.stage === stage)?.comment ?? null
  const abstention = (app.abstentions ?? []).find((a) => a.evaluator_id === evaluatorId && a.stage === stage) ?? null
  return { scores, comment, abstention }
}

export function sameScores(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => b[key] === a[key])
}

function samePart(a: EvaluatorPart, b: EvaluatorPart): boolean {
  return (
    sameScores(a.scores, b.scores) &&
    (a.comment ?? '') === (b.comment ?? '') &&
    (a.abstention?.kind ?? null) === (b.abstention?.kind ?? null) &&
    (a.abstention?.reason ?? null) === (b.abstention?.reason ?? null)
  )
}

function isEmptyPart(part: EvaluatorPart): boolean {
  return Object.keys(part.scores).length === 0 && part.comment === null && part.abstention === null
}

/**
 * Whether a sheet or an abstention queued on an older version is still what the evaluator meant on
 * the portal's current copy: the application is still evaluated in that stage, and that evaluator's
 * part of it is as this PC last saw it from the portal (or there is none) — whatever else changed
 * (other evaluators' sheets, assignments) has nothing to do with it.
 */
export function independentOfChanges(current: SmeApplication, lastSeen: SmeApplication | null, evaluatorId: string, stage: SmeStage): boolean {
  if (current.status !== 'evaluating' || current.stage !== stage) return false
  const now = evaluatorPart(current, evaluatorId, stage)
  if (isEmptyPart(now)) return true
  return lastSeen !== null && samePart(now, evaluatorPart(lastSeen, evaluatorId, stage))
}

/** Every other evaluator's or stage's entry of a list keyed by evaluator and stage. */
export function withoutPart<T extends { evaluator_id: string; stage: SmeStage }>(entries: readonly T[] | undefined, evaluatorId: string, stage: SmeStage): T[] {
  return (entries ?? []).filter((entry) => entry.evaluator_id !== evaluatorId || entry.stage !== stage)
}
