import { attractiveJobsContract } from '../../../shared/domains/attractive-jobs/contract'
import { AttractiveJob } from '../../../shared/portal'
import { defineCollection, defineDomain } from '../types'
import { attractiveJobsCli } from './cli'
import { attractiveJobsHandlers } from './handlers'
import { attractiveJobOps } from './ops'
import { attractiveJobsReference } from './reference'
import { attractiveJobsLookup } from './lookup'
import { attractiveJobsReports } from './reports'
import { attractiveJobSummaries, attractiveJobsTable } from './repository'

/** 매력일자리: submissions reviewed against the year's rules (적정 · 부적정 · 보완요청), with comments. */
export const attractiveJobsDomain = defineDomain({
  name: 'attractive-jobs',
  collections: [
    defineCollection({
      name: 'attractive-jobs',
      schema: AttractiveJob,
      table: attractiveJobsTable,
      titleOf: (job: AttractiveJob) => job.title,
      summaries: (db, options) => attractiveJobSummaries(db, { status: options.status, failing: options.onlyFailing }),
      hasRuleChecks: true,
      personalFields: [
        { path: 'contact.name', kind: 'name' },
        { path: 'contact.phone', kind: 'phone' },
        { path: 'contact.email', kind: 'email' }
      ]
    })
  ],
  ops: attractiveJobOps,
  reference: attractiveJobsReference,
  contract: attractiveJobsContract,
  handlers: attractiveJobsHandlers,
  cli: attractiveJobsCli,
  reports: attractiveJobsReports,
  lookup: attractiveJobsLookup
})
