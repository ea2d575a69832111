import { AttractiveJob } from '../../../shared/portal'
import { attractiveJobsTable, listAttractiveJobs } from '../../db/repositories/attractiveJobs'
import { prepared } from '../../db/statements'
import type { CoreContext } from '../context'
import { AppError } from '../errors'
import type { Handlers } from '../dispatch'

export function attractiveJobsHandlers(ctx: CoreContext): Pick<Handlers, 'attractiveJobs:list' | 'attractiveJobs:get'> {
  return {
    'attractiveJobs:list': (request) => listAttractiveJobs(ctx.db, request),
    'attractiveJobs:get': ({ id }) => {
      const stored = attractiveJobsTable.getStored(ctx.db, id)
      if (!stored) throw new AppError('not_found', `매력일자리 ${id}이(가) 캐시에 없습니다.`)
      const pending = prepared(
        ctx.db,
        `SELECT count(*) AS n FROM outbox WHERE collection = 'attractive-jobs' AND record_id = ? AND state IN ('pending','conflict','rejected')`
      ).get(id) as { n: number }
      return {
        record: AttractiveJob.parse(JSON.parse(stored.local_raw ?? stored.raw)),
        pulled_at: stored.pulled_at,
        pending_writes: pending.n
      }
    }
  }
}
