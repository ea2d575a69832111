import { lookUpContact } from '../contactLookup'
import { monthlyPaidHours, monthlyWage, participationMonths, toDecisionChecks } from '../../../shared/domains/attractive-jobs/rules'
import { ViewDefinition } from '../../../shared/domains/attractive-jobs/views'
import type { attractiveJobsContract } from '../../../shared/domains/attractive-jobs/contract'
import { AttractiveJob } from '../../../shared/portal'
import { AppError } from '../../core/errors'
import { appendViewAudit } from '../../db/repositories/auditLog'
import { writeCountsFor } from '../../db/repositories/outbox'
import { savedViewHandlers } from '../savedViewHandlers'
import type { DomainContext, HandlersOf } from '../types'
import { applyBulk, previewBulk } from './bulk'
import { attractiveJobDashboard } from './dashboard'
import { attractiveJobHistory } from './history'
import { commentOp, reviewOp } from './ops'
import { attractiveJobsTable, listAttractiveJobs } from './repository'
import { checkJob } from './rules'
import { cachedRules } from './rulesRepository'

const COLLECTION = 'attractive-jobs'

export function attractiveJobsHandlers(ctx: DomainContext): HandlersOf<typeof attractiveJobsContract> {
  return {
    'attractiveJobs:list': (request) => listAttractiveJobs(ctx.db, request),
    'attractiveJobs:get': ({ id }) => {
      const stored = attractiveJobsTable.getStored(ctx.db, id)
      if (!stored) throw new AppError('not_found', `매력일자리(${id})는 캐시에 없습니다.`)
      const record = AttractiveJob.parse(JSON.parse(stored.local_raw ?? stored.raw))
      const writes = writeCountsFor(ctx.db, COLLECTION, id)
      // The detail shows the submission's contact block (masked): its viewing is a 접속기록 entry.
      appendViewAudit(ctx.db, { at: ctx.now().toISOString(), actorId: ctx.session.requireStaff().id, collection: COLLECTION, recordId: id, detail: { screen: 'attractive_job_detail', contact: 'masked' } })
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
    /** The year's thresholds as cached by the last sync (null until then). */
    'attractiveJobs:rules': ({ year }) => cachedRules(ctx.db, year),
    'attractiveJobs:bulkPreview': ({ target, action }) => previewBulk(ctx.db, target, action),
    'attractiveJobs:bulkReview': (request) => applyBulk(ctx, request),
    'attractiveJobs:review': ({ id, action, reason, checks }) => {
      // A decision carries the rule checks it was made on; computed here when the caller did not send them.
      const view = action === 'start_review' ? undefined : attractiveJobsTable.getView(ctx.db, id)
      const results = view ? checkJob(ctx.db, view) : null
      const computed = checks ?? (results ? toDecisionChecks(results) : null)
      return ctx.writes.enqueue(reviewOp, {
        recordId: id,
        body: { action, ...(reason ? { reason } : {}), ...(computed ? { checks: computed } : {}) }
      })
    },
    'attractiveJobs:comment': ({ id, body }) => ctx.writes.enqueue(commentOp, { recordId: id, body: { body } }),

    // Saved list views and the last view, per staff member, kept in the cache database.
    ...savedViewHandlers(ctx, 'attractiveJobs', COLLECTION, ViewDefinition),
    'attractiveJobs:contact': (request) => lookUpContact(ctx, { collection: COLLECTION, table: attractiveJobsTable }, request)
  }
}
