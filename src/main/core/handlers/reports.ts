import type { Handlers } from '../dispatch'
import type { CoreContext } from '../context'
import { AppError } from '../errors'

type ReportChannel = Extract<keyof Handlers, `reports:${string}`>

const notYet = () => {
  throw new AppError('unavailable', '보고서 내보내기는 아직 준비 중입니다.')
}

/** 보고서: the catalog, exports, jobs and saved batches (src/main/reports/). */
export function reportHandlers(ctx: CoreContext): Pick<Handlers, ReportChannel> {
  void ctx
  return {
    'reports:catalog': notYet,
    'reports:export': notYet,
    'reports:exportBatch': notYet,
    'reports:job': notYet,
    'reports:cancel': notYet,
    'reports:openFolder': notYet,
    'reports:batches': notYet,
    'reports:saveBatch': notYet,
    'reports:deleteBatch': notYet
  }
}
