import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'
import { retentionStatus, runRetention } from '../retention'

/** 파기 (개인정보 보호법 제21조): the 보유기간 in force with the last run, and a run on request. */
export function privacyHandlers(ctx: CoreContext): Pick<Handlers, 'privacy:retention' | 'privacy:purgeNow'> {
  return {
    'privacy:retention': () => retentionStatus(ctx.db),
    'privacy:purgeNow': () => {
      runRetention(ctx.db, { now: ctx.now(), actorId: ctx.session.requireStaff().id })
      return retentionStatus(ctx.db)
    }
  }
}
