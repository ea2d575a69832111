/** 서울형 강소기업 screening, scores, stages and selection (portal-admin-api.md §6). */
import { SME_STAGES, ScoresRequest, ScreeningRequest, SelectionRequest, SmeStage, StageRequest } from '../../../shared/portal/smeApplications'
import { smeCriteria } from '../data/sme'
import { loadForWrite, requireRole, type Sim } from '../context'
import { ApiError, parseBody, textReply, validation, type FieldError, type Reply, type RequestCtx } from '../http'
import { targetOf, type Route } from '../router'
import { nowInstant } from '../util'

const COLLECTION = 'sme-applications'

function invalid(detail: string, current: string): ApiError {
  return new ApiError(409, 'invalid_transition', detail, { current })
}

function screening(sim: Sim, ctx: RequestCtx, [id = '']: string[]): Reply {
  requireRole(ctx.staff, ['sme_screener'])
  const loaded = loadForWrite(sim, ctx, COLLECTION, id)
  const body = parseBody(ctx, ScreeningRequest)
  const known = new Set(smeCriteria(String(loaded.record.round)).eligibility.map((e) => e.code))
  const unknown = body.failed_criteria.filter((c) => !known.has(c))
  if (unknown.length > 0) throw validation('failed_criteria', `알 수 없는 자격요건 코드: ${unknown.join(', ')}`)
  const status = String(loaded.record.status)
  if (status !== 'submitted' && status !== 'screening') throw invalid(`'${status}' 상태에서는 자격검토를 할 수 없습니다.`, loaded.row.json)
  loaded.record.screening = { result: body.result, failed_criteria: body.failed_criteria, note: body.note ?? null, by: ctx.staff.id, at: nowInstant(sim.now) }
  loaded.record.status = body.result === 'eligible' ? 'evaluating' : 'ineligible'
  loaded.record.stage = body.result === 'eligible' ? 'document' : null
  return textReply(200, sim.store.commit(COLLECTION, loaded))
}

function scores(sim: Sim, ctx: RequestCtx, [id = '', evaluatorId = '']: string[]): Reply {
  requireRole(ctx.staff, ['sme_evaluator'])
  const evaluator = decodeURIComponent(evaluatorId)
  if (!ctx.staff.roles.includes('manager') && evaluator !== ctx.staff.id) {
    throw new ApiError(403, 'forbidden', '평가위원은 본인의 점수만 입력할 수 있습니다.')
  }
  const stageParsed = SmeStage.safeParse(ctx.query.get('stage'))
  if (!stageParsed.success) throw validation('stage', 'stage 쿼리(document|site_visit|interview)가 필요합니다.')
  const stage = stageParsed.data
  const loaded = loadForWrite(sim, ctx, COLLECTION, id)
  const body = parseBody(ctx, ScoresRequest)
  const items = smeCriteria(String(loaded.record.round)).scoring.filter((s) => s.stage === stage)
  const errors: FieldError[] = []
  for (const [code, score] of Object.entries(body.scores)) {
    const item = items.find((i) => i.code === code)
    if (!item) errors.push({ path: `scores.${code}`, message: `'${stage}' 단계의 평가항목이 아닙니다.` })
    else if (score > item.max) errors.push({ path: `scores.${code}`, message: `배점(${item.max}점)을 넘을 수 없습니다.` })
  }
  if (errors.length > 0) throw new ApiError(422, 'validation_failed', '점수 검증에 실패했습니다.', { errors })
  const current = loaded.record.stage as SmeStage | null
  if (loaded.record.status !== 'evaluating' || !current || SME_STAGES.indexOf(stage) > SME_STAGES.indexOf(current)) {
    throw invalid(`'${String(loaded.record.status)}/${String(current)}' 상태에서는 '${stage}' 점수를 입력할 수 없습니다.`, loaded.row.json)
  }
  const at = nowInstant(sim.now)
  const kept = (Array.isArray(loaded.record.scores) ? loaded.record.scores : []).filter((s) => {
    const row = s as { evaluator_id?: unknown; stage?: unknown }
    return !(row.evaluator_id === evaluator && row.stage === stage)
  })
  for (const [criterion, score] of Object.entries(body.scores)) kept.push({ evaluator_id: evaluator, stage, criterion, score, scored_at: at })
  loaded.record.scores = kept
  return textReply(200, sim.store.commit(COLLECTION, loaded))
}

function stage(sim: Sim, ctx: RequestCtx, [id = '']: string[]): Reply {
  requireRole(ctx.staff, [])
  const loaded = loadForWrite(sim, ctx, COLLECTION, id)
  const body = parseBody(ctx, StageRequest)
  const current = loaded.record.stage as SmeStage | null
  const expected = current ? SME_STAGES[SME_STAGES.indexOf(current) + 1] : undefined
  if (loaded.record.status !== 'evaluating' || body.stage !== expected) {
    throw invalid(`'${String(current)}' 단계에서 '${body.stage}' 단계로 넘어갈 수 없습니다.`, loaded.row.json)
  }
  loaded.record.stage = body.stage
  return textReply(200, sim.store.commit(COLLECTION, loaded))
}

function selection(sim: Sim, ctx: RequestCtx, [id = '']: string[]): Reply {
  requireRole(ctx.staff, [])
  const loaded = loadForWrite(sim, ctx, COLLECTION, id)
  const body = parseBody(ctx, SelectionRequest)
  if (loaded.record.status !== 'evaluating' || loaded.record.stage !== 'interview') {
    throw invalid('최종 선정은 면접심사 단계의 평가중 신청에만 할 수 있습니다.', loaded.row.json)
  }
  loaded.record.selection = { selected: body.selected, note: body.note ?? null, by: ctx.staff.id, at: nowInstant(sim.now) }
  loaded.record.status = body.selected ? 'selected' : 'not_selected'
  return textReply(200, sim.store.commit(COLLECTION, loaded))
}

export const smeRoutes: Route[] = [
  { method: 'POST', pattern: /^\/sme-applications\/([^/]+)\/screening$/, write: true, target: targetOf('sme-applications'), handler: screening },
  { method: 'PUT', pattern: /^\/sme-applications\/([^/]+)\/scores\/([^/]+)$/, write: true, target: targetOf('sme-applications'), handler: scores },
  { method: 'POST', pattern: /^\/sme-applications\/([^/]+)\/stage$/, write: true, target: targetOf('sme-applications'), handler: stage },
  { method: 'POST', pattern: /^\/sme-applications\/([^/]+)\/selection$/, write: true, target: targetOf('sme-applications'), handler: selection }
]
