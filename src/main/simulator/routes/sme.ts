/** 서울형 강소기업 screening, score sheets and abstentions, stages and selection (portal-admin-api.md §6). */
import { SME_STAGE_LABELS } from '../../../shared/domains/sme/labels'
import {
  AbstainRequest,
  ScoreSheetRequest,
  ScreeningRequest,
  SelectionRequest,
  SmeStage,
  StageRequest,
  type SmeAbstention,
  type SmeAssignment,
  type SmeCriteria,
  type SmeScore,
  type SmeSheetComment
} from '../../../shared/portal/smeApplications'
import { assignmentsFor, smeCriteria } from '../data/sme'
import { loadForWrite, requireRole, type Sim } from '../context'
import { ApiError, parseBody, parseJsonBody, textReply, validation, type FieldError, type Reply, type RequestCtx } from '../http'
import { targetOf, type Route } from '../router'
import type { JsonObject, LoadedRecord } from '../store'
import { nowInstant } from '../util'
import { blindSmeJson, seesAllSheets } from './smeBlind'

const COLLECTION = 'sme-applications'

/** A record as this caller may see it (blind scoring). */
function answer(ctx: RequestCtx, json: string): Reply {
  return textReply(200, blindSmeJson(ctx.staff, json))
}

function invalid(ctx: RequestCtx, detail: string, loaded: LoadedRecord): ApiError {
  return new ApiError(409, 'invalid_transition', detail, { current: blindSmeJson(ctx.staff, loaded.row.json) })
}

/** loadForWrite, with the `current` of a 409 version_conflict filtered for blind scoring too. */
function load(sim: Sim, ctx: RequestCtx, id: string): LoadedRecord {
  try {
    return loadForWrite(sim, ctx, COLLECTION, id)
  } catch (err) {
    if (err instanceof ApiError && typeof err.extra.current === 'string') {
      throw new ApiError(err.status, err.code, err.message, { ...err.extra, current: blindSmeJson(ctx.staff, err.extra.current) })
    }
    throw err
  }
}

function criteriaOf(ctx: RequestCtx, loaded: LoadedRecord): SmeCriteria {
  const round = String(loaded.record.round)
  const criteria = smeCriteria(round)
  if (!criteria) throw invalid(ctx, `${round} 차수의 평가기준이 없어 처리할 수 없습니다.`, loaded)
  return criteria
}

function entries<T>(record: JsonObject, field: 'scores' | 'assignments' | 'abstentions' | 'sheet_comments'): T[] {
  const value = record[field]
  return Array.isArray(value) ? (value as T[]) : []
}

function stageName(stage: string): string {
  return SME_STAGE_LABELS[stage as SmeStage] ?? stage
}

/** Adds the round's assignments a record does not carry yet (committee, its site-visit team, …). */
function ensureAssignments(record: JsonObject, criteria: SmeCriteria): void {
  const current = entries<SmeAssignment>(record, 'assignments')
  const has = new Set(current.map((a) => `${a.evaluator_id}|${a.stage}`))
  const missing = assignmentsFor(criteria.round, String(record.id), criteria.stages).filter((a) => !has.has(`${a.evaluator_id}|${a.stage}`))
  record.assignments = [...current, ...missing]
}

function screening(sim: Sim, ctx: RequestCtx, [id = '']: string[]): Reply {
  requireRole(ctx.staff, ['sme_screener'])
  const loaded = load(sim, ctx, id)
  const body = parseBody(ctx, ScreeningRequest)
  const criteria = criteriaOf(ctx, loaded)
  const known = new Set(criteria.eligibility.map((e) => e.code))
  const unknown = body.failed_criteria.filter((c) => !known.has(c))
  if (unknown.length > 0) throw validation('failed_criteria', `알 수 없는 자격요건 코드: ${unknown.join(', ')}`)
  const status = String(loaded.record.status)
  if (status !== 'submitted' && status !== 'screening') throw invalid(ctx, `'${status}' 상태에서는 자격검토를 할 수 없습니다.`, loaded)
  const record = loaded.record
  record.screening = { result: body.result, failed_criteria: body.failed_criteria, note: body.note ?? null, by: ctx.staff.id, at: nowInstant(sim.now) }
  record.status = body.result === 'eligible' ? 'evaluating' : 'ineligible'
  record.stage = body.result === 'eligible' ? (criteria.stages[0] ?? null) : null
  if (body.result === 'eligible') ensureAssignments(record, criteria)
  return answer(ctx, sim.store.commit(COLLECTION, loaded))
}

function sameSheet(evaluator: string, stage: SmeStage) {
  return (entry: { evaluator_id?: unknown; stage?: unknown }): boolean => entry.evaluator_id === evaluator && entry.stage === stage
}

function sheetErrors(criteria: SmeCriteria, stage: SmeStage, scores: Record<string, number>): FieldError[] {
  const errors: FieldError[] = []
  for (const [code, score] of Object.entries(scores)) {
    const item = criteria.scoring.find((i) => i.code === code && i.stage === stage)
    const path = `scores.${code}`
    if (!item) errors.push({ path, message: `${stageName(stage)} 단계의 평가항목이 아닙니다.` })
    else if (item.computed) errors.push({ path, message: `${item.label}은(는) 기업 자료로 자동 산정하는 정량지표라 점수를 입력할 수 없습니다.` })
    else if (score > item.max) errors.push({ path, message: `배점(${item.max}점)을 넘을 수 없습니다.` })
  }
  return errors
}

function writeSheet(sim: Sim, ctx: RequestCtx, loaded: LoadedRecord, criteria: SmeCriteria, evaluator: string, stage: SmeStage): Reply {
  const body = parseBody(ctx, ScoreSheetRequest.strict())
  const errors = sheetErrors(criteria, stage, body.scores)
  if (errors.length > 0) throw new ApiError(422, 'validation_failed', '점수 검증에 실패했습니다.', { errors })
  const record = loaded.record
  if (record.status !== 'evaluating' || record.stage !== stage) {
    throw invalid(ctx, `${stageName(stage)} 점수는 그 단계를 평가 중일 때만 입력·수정할 수 있습니다 (현재: ${String(record.status)}/${stageName(String(record.stage))}).`, loaded)
  }
  const isThisSheet = sameSheet(evaluator, stage)
  if (entries<SmeAbstention>(record, 'abstentions').some(isThisSheet)) {
    throw invalid(ctx, `${evaluator} 평가위원은 이 신청의 ${stageName(stage)}에서 회피·기피·제척되어 점수를 입력할 수 없습니다.`, loaded)
  }
  const at = nowInstant(sim.now)
  const scores: SmeScore[] = entries<SmeScore>(record, 'scores').filter((s) => !isThisSheet(s))
  for (const [criterion, score] of Object.entries(body.scores)) scores.push({ evaluator_id: evaluator, stage, criterion, score, scored_at: at })
  record.scores = scores
  const comments = entries<SmeSheetComment>(record, 'sheet_comments').filter((c) => !isThisSheet(c))
  const comment = body.comment?.trim()
  if (comment) comments.push({ evaluator_id: evaluator, stage, comment, at })
  record.sheet_comments = comments
  return answer(ctx, sim.store.commit(COLLECTION, loaded))
}

function writeAbstention(sim: Sim, ctx: RequestCtx, loaded: LoadedRecord, criteria: SmeCriteria, evaluator: string, stage: SmeStage): Reply {
  const { abstain } = parseBody(ctx, AbstainRequest.strict())
  if (abstain.kind !== 'recusal' && !seesAllSheets(ctx.staff)) {
    throw new ApiError(403, 'forbidden', '기피·제척은 관리자(manager)만 기록할 수 있습니다. 평가위원 본인은 회피를 신청합니다.')
  }
  const record = loaded.record
  const current = SmeStage.safeParse(record.stage)
  const stillAhead = current.success && criteria.stages.indexOf(stage) >= criteria.stages.indexOf(current.data)
  if (record.status !== 'evaluating' || !stillAhead) {
    throw invalid(ctx, `${stageName(stage)} 단계가 이미 지나 회피·기피·제척을 기록할 수 없습니다.`, loaded)
  }
  const isThisSheet = sameSheet(evaluator, stage)
  const abstentions = entries<SmeAbstention>(record, 'abstentions')
  if (abstentions.some(isThisSheet)) throw invalid(ctx, `${evaluator} 평가위원의 ${stageName(stage)} 회피·기피·제척은 이미 기록되어 있습니다.`, loaded)
  abstentions.push({ evaluator_id: evaluator, stage, kind: abstain.kind, reason: abstain.reason.trim(), known_on: abstain.known_on ?? null, by: ctx.staff.id, at: nowInstant(sim.now) })
  record.abstentions = abstentions
  record.scores = entries<SmeScore>(record, 'scores').filter((s) => !isThisSheet(s))
  record.sheet_comments = entries<SmeSheetComment>(record, 'sheet_comments').filter((c) => !isThisSheet(c))
  return answer(ctx, sim.store.commit(COLLECTION, loaded))
}

function isAbstainBody(ctx: RequestCtx): boolean {
  const raw = parseJsonBody(ctx)
  return typeof raw === 'object' && raw !== null && 'abstain' in raw
}

/** PUT …/scores/{evaluator_id}?stage=…: a score sheet `{scores, comment?}` or `{abstain: {kind, reason, known_on?}}`. */
function scores(sim: Sim, ctx: RequestCtx, [id = '', evaluator = '']: string[]): Reply {
  requireRole(ctx.staff, ['sme_evaluator'])
  const manager = seesAllSheets(ctx.staff)
  if (!manager && evaluator !== ctx.staff.id) throw new ApiError(403, 'forbidden', '평가위원은 본인의 평가표만 입력할 수 있습니다.')
  const stageParsed = SmeStage.safeParse(ctx.query.get('stage'))
  if (!stageParsed.success) throw validation('stage', 'stage 쿼리(document|site_visit|interview)가 필요합니다.')
  const stage = stageParsed.data
  const loaded = load(sim, ctx, id)
  const criteria = criteriaOf(ctx, loaded)
  if (!criteria.stages.includes(stage)) throw validation('stage', `${criteria.round} 차수에는 ${stageName(stage)} 단계가 없습니다.`)
  if (!manager && !entries<SmeAssignment>(loaded.record, 'assignments').some(sameSheet(evaluator, stage))) {
    throw new ApiError(403, 'forbidden', `이 신청의 ${stageName(stage)} 평가위원으로 배정되어 있지 않습니다.`)
  }
  return isAbstainBody(ctx) ? writeAbstention(sim, ctx, loaded, criteria, evaluator, stage) : writeSheet(sim, ctx, loaded, criteria, evaluator, stage)
}

function stage(sim: Sim, ctx: RequestCtx, [id = '']: string[]): Reply {
  requireRole(ctx.staff, [])
  const loaded = load(sim, ctx, id)
  const body = parseBody(ctx, StageRequest)
  const criteria = criteriaOf(ctx, loaded)
  const current = SmeStage.safeParse(loaded.record.stage)
  const next = current.success ? criteria.stages[criteria.stages.indexOf(current.data) + 1] : undefined
  if (loaded.record.status !== 'evaluating' || body.stage !== next) {
    const allowed = next ? `다음 단계는 ${stageName(next)}입니다` : '더 넘어갈 단계가 없습니다'
    throw invalid(ctx, `${stageName(String(loaded.record.stage))}에서 ${stageName(body.stage)}(으)로 넘어갈 수 없습니다 (${criteria.round} 차수: ${allowed}).`, loaded)
  }
  loaded.record.stage = body.stage
  ensureAssignments(loaded.record, criteria)
  return answer(ctx, sim.store.commit(COLLECTION, loaded))
}

function selection(sim: Sim, ctx: RequestCtx, [id = '']: string[]): Reply {
  requireRole(ctx.staff, [])
  const loaded = load(sim, ctx, id)
  const body = parseBody(ctx, SelectionRequest)
  const criteria = criteriaOf(ctx, loaded)
  const last = criteria.stages[criteria.stages.length - 1]
  if (loaded.record.status !== 'evaluating' || loaded.record.stage !== last) {
    throw invalid(ctx, `최종 선정은 ${criteria.round} 차수의 마지막 단계(${stageName(String(last))})를 평가 중인 신청에만 할 수 있습니다.`, loaded)
  }
  loaded.record.selection = { selected: body.selected, note: body.note ?? null, by: ctx.staff.id, at: nowInstant(sim.now) }
  loaded.record.status = body.selected ? 'selected' : 'not_selected'
  return answer(ctx, sim.store.commit(COLLECTION, loaded))
}

export const smeRoutes: Route[] = [
  { method: 'POST', pattern: /^\/sme-applications\/([^/]+)\/screening$/, write: true, target: targetOf('sme-applications'), handler: screening },
  { method: 'PUT', pattern: /^\/sme-applications\/([^/]+)\/scores\/([^/]+)$/, write: true, target: targetOf('sme-applications'), handler: scores },
  { method: 'POST', pattern: /^\/sme-applications\/([^/]+)\/stage$/, write: true, target: targetOf('sme-applications'), handler: stage },
  { method: 'POST', pattern: /^\/sme-applications\/([^/]+)\/selection$/, write: true, target: targetOf('sme-applications'), handler: selection }
]
