import { josa } from 'es-hangul'
import { SME_STAGE_LABELS, SME_STATUS_LABELS } from '../../../../shared/domains/sme/labels'
import { isLastStage, nextStage } from '../../../../shared/domains/sme/scoring'
import type { BatchPreview, BatchResult, SelectionBatchRequest, StageBatchRequest } from '../../../../shared/domains/sme/views'
import type { SmeApplication, SmeStage } from '../../../../shared/portal'
import type { z } from 'zod'
import { openEntriesFor } from '../../../db/repositories/outbox'
import type { Db } from '../../../db/types'
import type { DomainContext, WriteOp } from '../../types'
import { cachedCriteria } from '../criteriaRepository'
import { selectionOp, stageOp } from '../ops'
import { smeApplicationsTable } from '../repository'
import { hasCompleteSheet } from '../stageData'
import { COLLECTION, requireManager } from './common'

const NOT_CACHED = '캐시에 없는 신청입니다.'

type Skipped = BatchPreview['skipped'][number]

interface Planned<Body> {
  id: string
  company: string
  intent: string
  body: Body
}

/** Why an application of a batch is left out before its own stage is looked at (null: go on), with its view. */
function commonSkip(db: Db, id: string, round: string | undefined, stage: SmeStage | undefined, ownOp: string): { view: SmeApplication } | Skipped {
  const view = smeApplicationsTable.getView(db, id)
  if (!view) return { id, company: '(캐시에 없음)', reason: NOT_CACHED }
  const company = view.company.name
  if (round && view.round !== round) return { id, company, reason: `${round} 차수의 신청이 아닙니다 (${view.round} 차수).` }
  if (view.status !== 'evaluating' || !view.stage) return { id, company, reason: `${SME_STATUS_LABELS[view.status]} 상태입니다.` }
  if (stage && view.stage !== stage) return { id, company, reason: `${SME_STAGE_LABELS[stage]} 단계에 있지 않습니다 (지금 ${SME_STAGE_LABELS[view.stage]}).` }
  const open = openEntriesFor(db, COLLECTION, id)
  if (open.some((entry) => entry.state !== 'pending')) return { id, company, reason: '확인 필요에 걸린 변경이 있습니다. 먼저 확인 필요에서 정리하세요.' }
  if (open.some((entry) => entry.op === ownOp)) return { id, company, reason: '같은 처리가 이미 포털 전송 대기 중입니다.' }
  return { view }
}

function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)]
}

function planAdvance(db: Db, request: z.output<typeof StageBatchRequest>): { planned: Planned<{ stage: SmeStage }>[]; skipped: Skipped[] } {
  const planned: Planned<{ stage: SmeStage }>[] = []
  const skipped: Skipped[] = []
  for (const id of uniqueIds(request.ids)) {
    const common = commonSkip(db, id, request.round, request.stage, stageOp.name)
    if (!('view' in common)) {
      skipped.push(common)
      continue
    }
    const { view } = common
    const company = view.company.name
    const current = view.stage!
    const criteria = cachedCriteria(db, view.round)
    const next = criteria ? nextStage(criteria, current) : null
    if (!criteria) skipped.push({ id, company, reason: `${view.round} 차수의 심사 기준이 아직 없습니다.` })
    else if (next === null) skipped.push({ id, company, reason: `${josa(SME_STAGE_LABELS[current], '이/가')} 마지막 단계입니다. 최종 선정을 하세요.` })
    else if (!hasCompleteSheet(db, id, current)) skipped.push({ id, company, reason: `${SME_STAGE_LABELS[current]}의 완료된 평가표가 없습니다.` })
    else planned.push({ id, company, intent: stageOp.intent({ stage: next }), body: { stage: next } })
  }
  return { planned, skipped }
}

function planSelection(db: Db, request: z.output<typeof SelectionBatchRequest>): { planned: Planned<{ selected: boolean; note?: string }>[]; skipped: Skipped[] } {
  const planned: Planned<{ selected: boolean; note?: string }>[] = []
  const skipped: Skipped[] = []
  const seen = new Set<string>()
  for (const decision of request.decisions) {
    if (seen.has(decision.id)) continue
    seen.add(decision.id)
    const id = decision.id
    const cached = smeApplicationsTable.getView(db, id)
    if (cached && (cached.status === 'selected' || cached.status === 'not_selected')) {
      skipped.push({ id, company: cached.company.name, reason: `이미 ${SME_STATUS_LABELS[cached.status]} 결정이 있습니다.` })
      continue
    }
    const common = commonSkip(db, id, request.round, request.stage, selectionOp.name)
    if (!('view' in common)) {
      skipped.push(common)
      continue
    }
    const { view } = common
    const company = view.company.name
    const current = view.stage!
    const criteria = cachedCriteria(db, view.round)
    const body = { selected: decision.selected, ...(request.note ? { note: request.note } : {}) }
    if (!criteria) skipped.push({ id, company, reason: `${view.round} 차수의 심사 기준이 아직 없습니다.` })
    else if (!isLastStage(criteria, current)) skipped.push({ id, company, reason: `마지막 단계가 아닙니다 (지금 ${SME_STAGE_LABELS[current]}). 최종 선정은 마지막 단계에서 합니다.` })
    else if (!hasCompleteSheet(db, id, current)) skipped.push({ id, company, reason: `${SME_STAGE_LABELS[current]}의 완료된 평가표가 없습니다.` })
    else planned.push({ id, company, intent: selectionOp.intent(body), body })
  }
  return { planned, skipped }
}

const preview = <B>({ planned, skipped }: { planned: Planned<B>[]; skipped: Skipped[] }): BatchPreview => ({
  willChange: planned.map(({ id, company, intent }) => ({ id, company, intent })),
  skipped
})

/** One outbox write per application, in one transaction; one the op's own check refuses is listed as skipped. */
function queueAll<B>(ctx: DomainContext, op: WriteOp<B, SmeApplication>, plan: { planned: Planned<B>[]; skipped: Skipped[] }): BatchResult {
  const result: BatchResult = { queued: 0, skipped: [...plan.skipped] }
  ctx.db.transaction(() => {
    for (const item of plan.planned) {
      try {
        ctx.writes.enqueue(op, { recordId: item.id, body: item.body })
        result.queued += 1
      } catch (error) {
        result.skipped.push({ id: item.id, company: item.company, reason: error instanceof Error ? error.message : String(error) })
      }
    }
  })()
  return result
}

export function advancePreview(ctx: DomainContext, request: z.output<typeof StageBatchRequest>): BatchPreview {
  requireManager(ctx, '다음 단계로 넘기기')
  return preview(planAdvance(ctx.db, request))
}

export function advance(ctx: DomainContext, request: z.output<typeof StageBatchRequest>): BatchResult {
  requireManager(ctx, '다음 단계로 넘기기')
  return queueAll(ctx, stageOp, planAdvance(ctx.db, request))
}

export function selectPreview(ctx: DomainContext, request: z.output<typeof SelectionBatchRequest>): BatchPreview {
  requireManager(ctx, '최종 선정')
  return preview(planSelection(ctx.db, request))
}

export function select(ctx: DomainContext, request: z.output<typeof SelectionBatchRequest>): BatchResult {
  requireManager(ctx, '최종 선정')
  return queueAll(ctx, selectionOp, planSelection(ctx.db, request))
}
