import { z } from 'zod'
import { forRoles } from '../../ipc/access'
import { ContactRequest, ContactView } from '../../ipc/privacyViews'
import { AttractiveJobsRules, ReviewAction, RuleCheck } from '../../portal'
import { Ok, Queued, RecordRef, type ContractPart } from '../../ipc/contractParts'
import {
  AttractiveJobDashboard,
  AttractiveJobDetail,
  AttractiveJobListRequest,
  AttractiveJobListResult,
  BulkPreview,
  BulkResult,
  BulkReviewRequest,
  BulkTarget,
  SavedView,
  ViewDefinition
} from './views'

/** 매력일자리's part of the IPC contract: the review workspace, its writes and its saved views. */
export const attractiveJobsContract = forRoles(['attractive_jobs_reviewer'], {
  'attractiveJobs:list': { input: AttractiveJobListRequest, output: AttractiveJobListResult },
  'attractiveJobs:get': { input: RecordRef, output: AttractiveJobDetail },
  'attractiveJobs:dashboard': { input: z.object({}).strict(), output: AttractiveJobDashboard },
  'attractiveJobs:rules': { input: z.object({ year: z.number().int() }), output: AttractiveJobsRules.nullable() },
  'attractiveJobs:bulkPreview': { input: z.object({ target: BulkTarget, action: ReviewAction }), output: BulkPreview },
  'attractiveJobs:bulkReview': { input: BulkReviewRequest, output: BulkResult },
  'attractiveJobs:review': {
    input: z.object({
      id: z.string().min(1),
      action: ReviewAction,
      reason: z.string().trim().max(2000).optional(),
      checks: z.array(RuleCheck).optional()
    }),
    output: Queued
  },
  'attractiveJobs:comment': {
    input: z.object({ id: z.string().min(1), body: z.string().trim().min(1, '의견을 입력하세요.').max(4000) }),
    output: Queued
  },

  'attractiveJobs:listViews': { input: z.object({}).strict(), output: z.array(SavedView) },
  'attractiveJobs:saveView': {
    input: z.object({ name: z.string().trim().min(1, '보기 이름을 입력하세요.').max(60), definition: ViewDefinition }),
    output: SavedView
  },
  'attractiveJobs:deleteView': { input: z.object({ id: z.number().int() }), output: Ok },
  'attractiveJobs:getLastView': { input: z.object({}).strict(), output: ViewDefinition.nullable() },
  'attractiveJobs:setLastView': { input: z.object({ definition: ViewDefinition }), output: Ok },

  /** The submitting department's contact in full, for one record with a stated reason (online only; never stored). */
  'attractiveJobs:contact': { input: ContactRequest, output: ContactView }
} as const) satisfies ContractPart
