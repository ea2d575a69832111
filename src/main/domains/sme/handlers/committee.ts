import { evaluatorLetter, SME_STAGE_LABELS } from '../../../../shared/domains/sme/labels'
import { rankStage } from '../../../../shared/domains/sme/ranking'
import { isLastStage, maxEvaluatorTotal } from '../../../../shared/domains/sme/scoring'
import type { CommitteeView, RankingRow, StageRef } from '../../../../shared/domains/sme/views'
import type { SmeCriteria } from '../../../../shared/portal'
import { AppError } from '../../../core/errors'
import type { DomainContext } from '../../types'
import { stageCells, stageEvaluators, stageInputs } from '../stageData'
import { requireCriteria, requireManager } from './common'

function stageCriteria(ctx: DomainContext, { round, stage }: StageRef): SmeCriteria {
  const criteria = requireCriteria(ctx.db, round)
  if (!criteria.stages.includes(stage)) throw new AppError('validation_failed', `${round} 차수에는 ${SME_STAGE_LABELS[stage]} 단계가 없습니다.`)
  return criteria
}

/** A stage's ranking over the side tables (the definitions, in rankStage). Managers only: it shows every evaluator's totals. */
export function ranking(ctx: DomainContext, ref: StageRef): RankingRow[] {
  requireManager(ctx, '심사 순위 보기')
  const criteria = stageCriteria(ctx, ref)
  return rankStage(stageInputs(ctx.db, criteria, ref.stage), criteria, ref.stage)
}

/** The committee matrix: applications by rank × evaluators (as 위원 A, B, …) with each sheet's state. */
export function committee(ctx: DomainContext, ref: StageRef): CommitteeView {
  requireManager(ctx, '위원회 화면 보기')
  const criteria = stageCriteria(ctx, ref)
  const rows = rankStage(stageInputs(ctx.db, criteria, ref.stage), criteria, ref.stage)
  const cells = stageCells(ctx.db, ref.round, ref.stage)
  return {
    round: ref.round,
    stage: ref.stage,
    stages: criteria.stages,
    evaluators: stageEvaluators(ctx.db, ref.round, ref.stage).map((id, index) => ({ id, letter: evaluatorLetter(index) })),
    rows: rows.map((row) => ({ ...row, cells: cells.get(row.id) ?? {} })),
    max_evaluator_total: maxEvaluatorTotal(criteria, ref.stage),
    isLastStage: isLastStage(criteria, ref.stage)
  }
}
