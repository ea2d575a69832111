import { josa } from 'es-hangul'
import { SME_STAGE_LABELS } from '../../../../shared/domains/sme/labels'
import { computedItemResults, computedItems, evaluatorItems, scoreProblem } from '../../../../shared/domains/sme/scoring'
import type { AbstainInput, MySheets, MySheetsRequest, ScoreRequest, ScoreSheet, SheetRequest } from '../../../../shared/domains/sme/views'
import type { IpcIssue } from '../../../../shared/ipc/result'
import type { SmeStage, Staff } from '../../../../shared/portal'
import type { z } from 'zod'
import type { Queued } from '../../../core/context'
import { AppError } from '../../../core/errors'
import { writeCountsFor } from '../../../db/repositories/outbox'
import type { Db } from '../../../db/types'
import type { DomainContext } from '../../types'
import { cachedCriteria } from '../criteriaRepository'
import { abstainOp, scoresOp, sheetRefusal } from '../ops'
import { pledgeConfirmedAt } from '../pledgeRepository'
import { evaluatorPart } from '../recordSheets'
import { isAssigned, roundsAssignedTo, sheetsAssignedTo } from '../stageData'
import { applicationView, COLLECTION, isManager, requireCriteria } from './common'

function isEvaluator(staff: Staff): boolean {
  return staff.roles.includes('sme_evaluator') || isManager(staff)
}

/** Whose sheet: the signed-in evaluator's own, or — for a manager — the one named. */
function sheetOwner(staff: Staff, evaluatorId: string | undefined, refusal: string): string {
  const owner = evaluatorId ?? staff.id
  if (owner !== staff.id && !isManager(staff)) throw new AppError('forbidden', refusal)
  return owner
}

function notAssigned(stage: SmeStage): string {
  return `이 신청의 ${SME_STAGE_LABELS[stage]} 평가위원으로 배정되지 않았습니다.`
}

/** The signed-in evaluator's work list: assigned applications in their current stage, for a round (default: the newest). */
export function mySheets(ctx: DomainContext, input: z.output<typeof MySheetsRequest>): MySheets {
  const staff = ctx.session.requireStaff()
  const rounds = roundsAssignedTo(ctx.db, staff.id)
  const round = input.round ?? rounds[0] ?? null
  const rows = round
    ? sheetsAssignedTo(ctx.db, staff.id, round, input.stage).map((row) => ({ ...row, pending_writes: writeCountsFor(ctx.db, COLLECTION, row.id).open }))
    : []
  return { round, rounds, rows }
}

/** Why the sheet may not be edited now (null: it may), in the words the refusal would use. */
function readOnlyReason(db: Db, staff: Staff, id: string, evaluatorId: string, stage: SmeStage): string | null {
  const view = applicationView(db, id)
  if (!cachedCriteria(db, view.round)) return `${view.round} 차수의 심사 기준이 아직 이 PC에 없습니다. 온라인에서 동기화하세요.`
  const refusal = sheetRefusal(view, evaluatorId, stage)
  if (refusal) return refusal
  if (!isManager(staff) && !isAssigned(db, id, evaluatorId, stage)) return notAssigned(stage)
  return null
}

/** One evaluator's sheet (blind: an evaluator opens only their own; a manager any evaluator's). */
export function sheet(ctx: DomainContext, input: z.output<typeof SheetRequest>): ScoreSheet {
  const staff = ctx.session.requireStaff()
  const evaluatorId = sheetOwner(staff, input.evaluatorId, '다른 평가위원의 평가표는 볼 수 없습니다.')
  const view = applicationView(ctx.db, input.id)
  const criteria = cachedCriteria(ctx.db, view.round)
  const part = evaluatorPart(view, evaluatorId, input.stage)
  return {
    id: view.id,
    company_name: view.company.name,
    round: view.round,
    stage: input.stage,
    evaluator_id: evaluatorId,
    items: criteria ? evaluatorItems(criteria, input.stage).map(({ code, label, max }) => ({ code, label, max })) : [],
    computed: criteria ? computedItemResults(view.company as Readonly<Record<string, unknown>>, criteria, input.stage) : [],
    scores: part.scores,
    comment: part.comment,
    abstention: part.abstention ? { kind: part.abstention.kind, reason: part.abstention.reason, known_on: part.abstention.known_on } : null,
    readOnlyReason: readOnlyReason(ctx.db, staff, input.id, evaluatorId, input.stage),
    pending_writes: writeCountsFor(ctx.db, COLLECTION, input.id).open
  }
}

/** Each value against its item: the stage's evaluator items only (not computed ones), within 0..max. */
function scoreIssues(criteria: ReturnType<typeof requireCriteria>, stage: SmeStage, scores: Readonly<Record<string, number>>): IpcIssue[] {
  const items = new Map(evaluatorItems(criteria, stage).map((item) => [item.code, item]))
  const computed = new Map(computedItems(criteria, stage).map((item) => [item.code, item]))
  const issues: IpcIssue[] = []
  for (const [code, value] of Object.entries(scores)) {
    const path = `scores.${code}`
    const item = items.get(code)
    const computedItem = computed.get(code)
    if (computedItem) issues.push({ path, label: computedItem.label, message: `${josa(computedItem.label, '은/는')} 기업 자료로 계산되는 항목이라 점수를 넣을 수 없습니다.` })
    else if (!item) issues.push({ path, message: `${code}: ${SME_STAGE_LABELS[stage]}의 평가 항목이 아닙니다.` })
    else {
      const problem = scoreProblem(value, item)
      if (problem) issues.push({ path, label: item.label, message: `${item.label}: ${problem}` })
    }
  }
  return issues
}

/** Saves a sheet (offline first): checked here against the criteria, the pledge and the assignment; queued as `sme.scores`. */
export function score(ctx: DomainContext, input: z.output<typeof ScoreRequest>): Queued {
  const staff = ctx.session.requireStaff()
  if (!isEvaluator(staff)) throw new AppError('forbidden', '평가표는 평가위원이나 관리자만 쓸 수 있습니다.')
  const evaluatorId = sheetOwner(staff, input.evaluatorId, '다른 평가위원의 평가표는 고칠 수 없습니다.')
  const view = applicationView(ctx.db, input.id)
  const criteria = requireCriteria(ctx.db, view.round)
  if (!pledgeConfirmedAt(ctx.db, staff.id, view.round)) {
    throw new AppError('forbidden', `${view.round} 차수의 청렴·이해충돌 확인을 먼저 해 주세요. 확인한 뒤에 평가표를 쓸 수 있습니다.`)
  }
  const refusal = sheetRefusal(view, evaluatorId, input.stage)
  if (refusal) throw new AppError('invalid_transition', refusal)
  if (!isManager(staff) && !isAssigned(ctx.db, input.id, evaluatorId, input.stage)) throw new AppError('forbidden', notAssigned(input.stage))
  const issues = scoreIssues(criteria, input.stage, input.scores)
  if (issues.length > 0) throw new AppError('validation_failed', issues[0]!.message, issues)
  // No comment given keeps the one written before ('' removes it): the portal replaces the sheet's 평가의견 with what is sent.
  const comment = input.comment === undefined ? (evaluatorPart(view, evaluatorId, input.stage).comment ?? undefined) : input.comment || undefined
  return ctx.writes.enqueue(scoresOp, {
    recordId: input.id,
    body: { stage: input.stage, evaluator_id: evaluatorId, scores: input.scores, ...(comment ? { comment } : {}) }
  })
}

/** 회피 by the evaluator (or a manager for them); 기피·제척 by a manager for an evaluator. Queued as `sme.abstain`. */
export function abstain(ctx: DomainContext, input: z.output<typeof AbstainInput>): Queued {
  const staff = ctx.session.requireStaff()
  if (input.kind !== 'recusal' && !isManager(staff)) throw new AppError('forbidden', '기피·제척은 관리자만 기록할 수 있습니다. 회피는 평가위원 본인이 신청합니다.')
  if (input.kind !== 'recusal' && !input.evaluatorId) throw new AppError('validation_failed', '기피·제척할 평가위원을 정해 주세요.')
  if (!isEvaluator(staff)) throw new AppError('forbidden', '회피는 평가위원이 신청합니다.')
  const evaluatorId = sheetOwner(staff, input.evaluatorId, '다른 평가위원의 회피는 그 평가위원 본인이나 관리자만 기록할 수 있습니다.')
  const view = applicationView(ctx.db, input.id)
  const refusal = sheetRefusal(view, evaluatorId, input.stage)
  if (refusal) throw new AppError('invalid_transition', refusal)
  if (!isAssigned(ctx.db, input.id, evaluatorId, input.stage)) throw new AppError('invalid_transition', notAssigned(input.stage))
  return ctx.writes.enqueue(abstainOp, {
    recordId: input.id,
    body: {
      stage: input.stage,
      evaluator_id: evaluatorId,
      abstain: { kind: input.kind, reason: input.reason, ...(input.knownOn ? { known_on: input.knownOn } : {}) }
    }
  })
}
