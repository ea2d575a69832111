import { monthlyPaidHours, monthlyWage, participationMonths } from '../../../shared/domain/attractiveJobRules'
import { AttractiveJob } from '../../../shared/portal'
import { attractiveJobsTable, listAttractiveJobs } from '../../db/repositories/attractiveJobs'
import { prepared } from '../../db/statements'
import { applyBulk, previewBulk } from '../../review/bulk'
import { attractiveJobDashboard } from '../../review/dashboard'
import { attractiveJobHistory } from '../../review/history'
import { cachedRules } from '../../db/repositories/referenceData'
import { checkJob } from '../../review/rules'
import type { CoreContext } from '../context'
import { AppError } from '../errors'
import type { Handlers } from '../dispatch'

export function attractiveJobsHandlers(
  ctx: CoreContext
): Pick<Handlers, 'attractiveJobs:list' | 'attractiveJobs:get' | 'attractiveJobs:dashboard' | 'attractiveJobs:bulkPreview' | 'attractiveJobs:bulkReview'> {
  return {
    'attractiveJobs:list': (request) => listAttractiveJobs(ctx.db, request),
    'attractiveJobs:get': ({ id }) => {
      const stored = attractiveJobsTable.getStored(ctx.db, id)
      if (!stored) throw new AppError('not_found', `매력일자리 ${id}이(가) 캐시에 없습니다.`)
      const record = AttractiveJob.parse(JSON.parse(stored.local_raw ?? stored.raw))
      const writes = prepared(
        ctx.db,
        `SELECT count(*) FILTER (WHERE state IN ('pending','conflict','rejected')) AS open,
                count(*) FILTER (WHERE state IN ('conflict','rejected')) AS parked
         FROM outbox WHERE collection = 'attractive-jobs' AND record_id = ?`
      ).get(id) as { open: number; parked: number }
      return {
        record,
        pulled_at: stored.pulled_at,
        pending_writes: writes.open,
        needs_attention: writes.parked,
        rules: cachedRules(ctx.db, record.program_year),
        checks: checkJob(ctx.db, record),
        monthly_wage: monthlyWage(record),
        monthly_paid_hours: monthlyPaidHours(record.weekly_hours),
        participation_months: participationMonths(record.period.start, record.period.end),
        history: attractiveJobHistory(ctx.db, record)
      }
    },
    'attractiveJobs:dashboard': () => attractiveJobDashboard(ctx.db),
    'attractiveJobs:bulkPreview': ({ target, action }) => previewBulk(ctx.db, target, action),
    'attractiveJobs:bulkReview': ({ target, action, reason }) => {
      const result = applyBulk(ctx.db, { target, action, reason, actorId: ctx.session.requireStaff().id, now: ctx.now() })
      ctx.sync.nudge()
      return result
    }
  }
}
