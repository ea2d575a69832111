import type { reemploymentContract } from '../../../shared/domains/reemployment/contract'
import { AppError } from '../../core/errors'
import type { DomainContext, HandlersOf } from '../types'

type ImportChannel = Extract<keyof typeof reemploymentContract, `reemployment:import${string}`>

const notYet = () => {
  throw new AppError('unavailable', '명단 가져오기는 아직 준비 중입니다.')
}

/** Importing a walk-in or pre-registration list into a session. */
export function importHandlers(ctx: DomainContext): Pick<HandlersOf<typeof reemploymentContract>, ImportChannel> {
  void ctx
  return {
    'reemployment:importChoose': notYet,
    'reemployment:importPreview': notYet,
    'reemployment:importConfirm': notYet,
    'reemployment:importDiscard': notYet
  }
}
