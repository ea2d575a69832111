import { eligibilityFailures, eligibilityManual, evaluateEligibility } from '../../../shared/domains/sme/eligibility'
import type { StageApplicationInput } from '../../../shared/domains/sme/ranking'
import { bracketPoints, computedItems, evaluatorItems } from '../../../shared/domains/sme/scoring'
import { isValidBusinessNo, type SmeApplication, type SmeCriteria, type SmeStage } from '../../../shared/portal'
import type { Derived } from '../../db/repositories/recordTable'
import type { CriteriaLookup } from './criteriaRepository'

/**
 * What one application contributes to the side tables, derived from the copy the user sees (the
 * local view while writes are pending) and its round's criteria. Tuples of plain values: a feed
 * page is derived on the decode worker and this crosses to the main thread.
 */
export interface SmeSide {
  round: string
  /** Criteria that do not pass: fail, missing (자료 없음) or manual (직접 확인). Empty while the criteria are not cached. */
  failures: [criterion: string, outcome: string][]
  /**
   * One per evaluator and stage with a score or a 평가의견: the evaluator items scored, their total and
   * whether every evaluator item is scored (null: criteria not cached — then every score counts).
   */
  sheets: [stage: SmeStage, evaluatorId: string, scoredItems: number, total: number, complete: 0 | 1 | null, hasComment: 0 | 1][]
  abstentions: [stage: SmeStage, evaluatorId: string, kind: string][]
  assignments: [stage: SmeStage, evaluatorId: string][]
  /** For each stage the application has reached, what ranking that stage reads of it (a StageApplicationInput as JSON). */
  stageInputs: [stage: SmeStage, input: string][]
}

interface SheetDraft {
  stage: SmeStage
  evaluatorId: string
  scores: Record<string, number>
  scored: boolean
  hasComment: boolean
}

/** Sheets by evaluator and stage: the scores they hold, and whether a 평가의견 was written. */
function sheetDrafts(app: SmeApplication): SheetDraft[] {
  const drafts = new Map<string, SheetDraft>()
  const draftOf = (stage: SmeStage, evaluatorId: string) => {
    const key = `${stage}\u0000${evaluatorId}`
    let draft = drafts.get(key)
    if (!draft) {
      draft = { stage, evaluatorId, scores: {}, scored: false, hasComment: false }
      drafts.set(key, draft)
    }
    return draft
  }
  for (const score of app.scores ?? []) {
    const draft = draftOf(score.stage, score.evaluator_id)
    draft.scores[score.criterion] = score.score
    draft.scored = true
  }
  for (const comment of app.sheet_comments ?? []) if (comment.comment.trim() !== '') draftOf(comment.stage, comment.evaluator_id).hasComment = true
  return [...drafts.values()]
}

function sheetRow(draft: SheetDraft, criteria: SmeCriteria | null): SmeSide['sheets'][number] {
  const hasComment = draft.hasComment ? 1 : 0
  if (!criteria) {
    const values = Object.values(draft.scores)
    return [draft.stage, draft.evaluatorId, values.length, values.reduce((sum, v) => sum + v, 0), null, hasComment]
  }
  let scored = 0
  let total = 0
  const items = evaluatorItems(criteria, draft.stage)
  for (const item of items) {
    const value = draft.scores[item.code]
    if (value === undefined) continue
    scored += 1
    total += value
  }
  return [draft.stage, draft.evaluatorId, scored, total, scored === items.length ? 1 : 0, hasComment]
}

/** Statuses whose applications keep the sheets of the stages they went through (and are ranked in them). */
const EVALUATED_STATUSES: ReadonlySet<string> = new Set(['evaluating', 'selected', 'not_selected'])

/** The ranking input of every stage of the round the application is in or went through. */
function stageInputs(app: SmeApplication, criteria: SmeCriteria, drafts: readonly SheetDraft[]): SmeSide['stageInputs'] {
  if (!EVALUATED_STATUSES.has(app.status) || !app.stage) return []
  const reached = criteria.stages.indexOf(app.stage)
  if (reached < 0) return []
  const company = app.company as Readonly<Record<string, unknown>>
  return criteria.stages.slice(0, reached + 1).map((stage) => {
    const input: StageApplicationInput = {
      id: app.id,
      company: app.company.name,
      status: app.status,
      current_stage: app.stage,
      computedPoints: Object.fromEntries(computedItems(criteria, stage).map((item) => [item.code, bracketPoints(company[item.computed.field], item.computed)])),
      // A sheet is an evaluator's scores: a 평가의견 alone is none.
      sheets: drafts.filter((d) => d.stage === stage && d.scored).map((d) => ({ evaluator_id: d.evaluatorId, scores: d.scores })),
      abstentions: (app.abstentions ?? []).filter((a) => a.stage === stage).map((a) => ({ evaluator_id: a.evaluator_id, kind: a.kind }))
    }
    return [stage, JSON.stringify(input)]
  })
}

/**
 * The derived columns of an application — the check digit of its 사업자등록번호 and its eligibility
 * counts (NULL while the round's criteria are not cached: unknown, not "passes") — and its side data.
 * Reads no database, so a feed page is derived off the main thread.
 */
export function deriveSme(app: SmeApplication, criteriaOf: CriteriaLookup): Derived<SmeSide> {
  const criteria = criteriaOf(app.round)
  const results = criteria ? evaluateEligibility(app.company as Readonly<Record<string, unknown>>, criteria) : null
  const drafts = sheetDrafts(app)
  return {
    columns: {
      business_no_valid: isValidBusinessNo(app.company.business_no) ? 1 : 0,
      eligibility_failure_count: results ? eligibilityFailures(results).length : null,
      eligibility_manual_count: results ? eligibilityManual(results).length : null
    },
    side: {
      round: app.round,
      failures: results ? results.filter((r) => r.outcome !== 'pass').map((r): [string, string] => [r.code, r.outcome]) : [],
      sheets: drafts.map((draft) => sheetRow(draft, criteria)),
      abstentions: (app.abstentions ?? []).map((a): SmeSide['abstentions'][number] => [a.stage, a.evaluator_id, a.kind]),
      assignments: (app.assignments ?? []).map((a): SmeSide['assignments'][number] => [a.stage, a.evaluator_id]),
      stageInputs: criteria ? stageInputs(app, criteria, drafts) : []
    }
  }
}
