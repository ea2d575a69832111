import { josa } from 'es-hangul'
import { z } from 'zod'
import { ABSTENTION_KIND_LABELS, SME_STAGE_LABELS, SME_STATUS_LABELS } from '../../../shared/domains/sme/labels'
import { SCORE_COMMENT_MAX } from '../../../shared/domains/sme/views'
import { isLastStage, nextStage } from '../../../shared/domains/sme/scoring'
import {
  AbstentionKind,
  LocalDate,
  ScreeningRequest,
  SelectionRequest,
  SmeStage,
  StageRequest,
  type SmeApplication
} from '../../../shared/portal'
import type { Db } from '../../db/types'
import { defineOp } from '../types'
import { cachedCriteria } from './criteriaRepository'
import { evaluatorPart, independentOfChanges, sameScores, withoutPart } from './recordSheets'

const NOT_CACHED = '캐시에 없는 강소기업 신청입니다.'
const applicationPath = (id: string) => `sme-applications/${encodeURIComponent(id)}`

/** A score sheet as queued: the stage and evaluator go into the request's path, the rest is its body. */
export const SheetBody = z.object({
  stage: SmeStage,
  evaluator_id: z.string().min(1),
  scores: z.record(z.string(), z.number().min(0)),
  comment: z.string().max(SCORE_COMMENT_MAX).optional()
})
export type SheetBody = z.infer<typeof SheetBody>

export const AbstainBody = z.object({
  stage: SmeStage,
  evaluator_id: z.string().min(1),
  abstain: z.object({ kind: AbstentionKind, reason: z.string().min(5), known_on: LocalDate.optional() })
})
export type AbstainBody = z.infer<typeof AbstainBody>

function stageLabel(stage: SmeStage | null): string {
  return stage ? SME_STAGE_LABELS[stage] : '단계 없음'
}

function withNote(head: string, note: string | null | undefined, word = '의견'): string {
  return note ? `${head} — ${word}: ${note}` : head
}

/** Why an evaluator's sheet (or abstention) for `stage` cannot be written on this view, or null. */
export function sheetRefusal(view: SmeApplication | undefined, evaluatorId: string, stage: SmeStage): string | null {
  if (!view) return NOT_CACHED
  if (view.status !== 'evaluating') return `${SME_STATUS_LABELS[view.status]} 상태의 신청이라 평가표를 고칠 수 없습니다.`
  if (view.stage !== stage) {
    return `이 신청은 지금 ${stageLabel(view.stage)} 단계입니다. ${josa(stageLabel(stage), '은/는')} 이미 끝났거나 아직 시작하지 않아 평가표를 고칠 수 없습니다.`
  }
  const abstention = evaluatorPart(view, evaluatorId, stage).abstention
  if (abstention) return `이 단계는 ${ABSTENTION_KIND_LABELS[abstention.kind]} 처리되어 평가표를 쓸 수 없습니다.`
  return null
}

export const screeningOp = defineOp<ScreeningRequest, SmeApplication>({
  name: 'sme.screening',
  collection: 'sme-applications',
  label: '강소기업 자격검토',
  body: ScreeningRequest,
  intent(body) {
    const head = body.result === 'eligible' ? '적격' : `부적격${body.failed_criteria.length ? ` (미충족: ${body.failed_criteria.join(', ')})` : ''}`
    return withNote(head, body.note)
  },
  request: (id) => ({ method: 'POST', path: `${applicationPath(id)}/screening` }),
  ifMatch: true,
  answer: 'record',
  check(_db, view) {
    if (!view) return NOT_CACHED
    if (view.status !== 'submitted' && view.status !== 'screening') return `${SME_STATUS_LABELS[view.status]} 상태에서는 자격검토를 할 수 없습니다.`
    return null
  },
  applyLocal(db, view, body, meta) {
    const app = view!
    const eligible = body.result === 'eligible'
    const firstStage = cachedCriteria(db, app.round)?.stages[0] ?? 'document'
    return {
      ...app,
      status: eligible ? 'evaluating' : 'ineligible',
      stage: eligible ? firstStage : null,
      screening: { result: body.result, failed_criteria: body.failed_criteria, note: body.note ?? null, by: meta.actorId, at: meta.deviceTime },
      updated_at: meta.deviceTime
    }
  },
  alreadyApplied(server, body) {
    const screening = server.screening
    return screening !== null && screening.result === body.result && [...screening.failed_criteria].sort().join() === [...body.failed_criteria].sort().join()
  }
})

export const scoresOp = defineOp<SheetBody, SmeApplication>({
  name: 'sme.scores',
  collection: 'sme-applications',
  label: '강소기업 평가표',
  body: SheetBody,
  intent(body) {
    const values = Object.values(body.scores)
    const total = values.reduce((sum, value) => sum + value, 0)
    const head = `${stageLabel(body.stage)} 점수 ${total}점 (${values.length}항목)`
    return body.comment ? `${head} — 평가의견 있음` : head
  },
  request: (id, body) => ({ method: 'PUT', path: `${applicationPath(id)}/scores/${encodeURIComponent(body.evaluator_id)}`, query: { stage: body.stage } }),
  payload: (body) => ({ scores: body.scores, ...(body.comment ? { comment: body.comment } : {}) }),
  ifMatch: true,
  answer: 'record',
  check: (_db, view, body) => sheetRefusal(view, body.evaluator_id, body.stage),
  applyLocal(_db, view, body, meta) {
    const app = view!
    const scores = [
      ...withoutPart(app.scores, body.evaluator_id, body.stage),
      ...Object.entries(body.scores).map(([criterion, score]) => ({ evaluator_id: body.evaluator_id, stage: body.stage, criterion, score, scored_at: meta.deviceTime }))
    ]
    const comments = withoutPart(app.sheet_comments, body.evaluator_id, body.stage)
    if (body.comment) comments.push({ evaluator_id: body.evaluator_id, stage: body.stage, comment: body.comment, at: meta.deviceTime })
    return { ...app, scores, sheet_comments: comments, updated_at: meta.deviceTime }
  },
  alreadyApplied(server, body) {
    const part = evaluatorPart(server, body.evaluator_id, body.stage)
    return part.abstention === null && sameScores(part.scores, body.scores) && (part.comment ?? '') === (body.comment ?? '')
  },
  rebaseOnConflict: (current, lastSeen, body) => independentOfChanges(current, lastSeen, body.evaluator_id, body.stage)
})

export const abstainOp = defineOp<AbstainBody, SmeApplication>({
  name: 'sme.abstain',
  collection: 'sme-applications',
  label: '강소기업 회피·기피·제척',
  body: AbstainBody,
  intent: (body) => `${ABSTENTION_KIND_LABELS[body.abstain.kind]} — 사유: ${body.abstain.reason}`,
  request: (id, body) => ({ method: 'PUT', path: `${applicationPath(id)}/scores/${encodeURIComponent(body.evaluator_id)}`, query: { stage: body.stage } }),
  payload: (body) => ({ abstain: body.abstain }),
  ifMatch: true,
  answer: 'record',
  check: (_db, view, body) => sheetRefusal(view, body.evaluator_id, body.stage),
  applyLocal(_db, view, body, meta) {
    const app = view!
    const abstention = {
      evaluator_id: body.evaluator_id,
      stage: body.stage,
      kind: body.abstain.kind,
      reason: body.abstain.reason,
      known_on: body.abstain.known_on ?? null,
      by: meta.actorId,
      at: meta.deviceTime
    }
    return {
      ...app,
      scores: withoutPart(app.scores, body.evaluator_id, body.stage),
      sheet_comments: withoutPart(app.sheet_comments, body.evaluator_id, body.stage),
      abstentions: [...withoutPart(app.abstentions, body.evaluator_id, body.stage), abstention],
      updated_at: meta.deviceTime
    }
  },
  alreadyApplied: (server, body) => evaluatorPart(server, body.evaluator_id, body.stage).abstention?.kind === body.abstain.kind,
  rebaseOnConflict: (current, lastSeen, body) => independentOfChanges(current, lastSeen, body.evaluator_id, body.stage)
})

/** Why the application cannot move on to `stage` (the next of its round's stages), or null. */
function stageRefusal(db: Db, view: SmeApplication | undefined, stage: SmeStage): string | null {
  if (!view) return NOT_CACHED
  if (view.status !== 'evaluating' || !view.stage) return `${SME_STATUS_LABELS[view.status]} 상태의 신청은 다음 단계로 넘길 수 없습니다.`
  const criteria = cachedCriteria(db, view.round)
  if (!criteria) return `${view.round} 차수의 심사 기준이 아직 없습니다. 동기화한 뒤 다시 하세요.`
  const next = nextStage(criteria, view.stage)
  if (next === null) return `${josa(stageLabel(view.stage), '은/는')} 이 차수의 마지막 단계입니다. 최종 선정을 하세요.`
  if (next !== stage) return `${stageLabel(view.stage)} 다음 단계는 ${stageLabel(next)}입니다.`
  return null
}

export const stageOp = defineOp<StageRequest, SmeApplication>({
  name: 'sme.stage',
  collection: 'sme-applications',
  label: '강소기업 다음 단계',
  body: StageRequest,
  intent: (body) => `${josa(stageLabel(body.stage), '으로/로')} 넘김`,
  request: (id) => ({ method: 'POST', path: `${applicationPath(id)}/stage` }),
  ifMatch: true,
  answer: 'record',
  check: (db, view, body) => stageRefusal(db, view, body.stage),
  applyLocal: (_db, view, body, meta) => ({ ...view!, stage: body.stage, updated_at: meta.deviceTime }),
  alreadyApplied: (server, body) => server.status === 'evaluating' && server.stage === body.stage
})

/** Why no final selection can be recorded on this view, or null. */
function selectionRefusal(db: Db, view: SmeApplication | undefined): string | null {
  if (!view) return NOT_CACHED
  if (view.status === 'selected' || view.status === 'not_selected') return `이미 ${josa(SME_STATUS_LABELS[view.status], '으로/로')} 결정된 신청입니다.`
  if (view.status !== 'evaluating' || !view.stage) return `${SME_STATUS_LABELS[view.status]} 상태의 신청은 최종 선정할 수 없습니다.`
  const criteria = cachedCriteria(db, view.round)
  if (!criteria) return `${view.round} 차수의 심사 기준이 아직 없습니다. 동기화한 뒤 다시 하세요.`
  if (!isLastStage(criteria, view.stage)) return `최종 선정은 마지막 단계(${stageLabel(criteria.stages[criteria.stages.length - 1] ?? null)})에서만 할 수 있습니다.`
  return null
}

export const selectionOp = defineOp<SelectionRequest, SmeApplication>({
  name: 'sme.selection',
  collection: 'sme-applications',
  label: '강소기업 최종 선정',
  body: SelectionRequest,
  intent: (body) => withNote(body.selected ? '선정' : '미선정', body.note),
  request: (id) => ({ method: 'POST', path: `${applicationPath(id)}/selection` }),
  ifMatch: true,
  answer: 'record',
  check: (db, view) => selectionRefusal(db, view),
  applyLocal(_db, view, body, meta) {
    const app = view!
    return {
      ...app,
      status: body.selected ? 'selected' : 'not_selected',
      selection: { selected: body.selected, note: body.note ?? null, by: meta.actorId, at: meta.deviceTime },
      updated_at: meta.deviceTime
    }
  },
  alreadyApplied: (server, body) => server.selection?.selected === body.selected
})

export const smeOps = [screeningOp, scoresOp, abstainOp, stageOp, selectionOp]
