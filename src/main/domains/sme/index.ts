import { smeContract } from '../../../shared/domains/sme/contract'
import { SmeApplication } from '../../../shared/portal'
import { defineCollection, defineDomain } from '../types'
import { smeCli } from './cli'
import { repairSmeDerived, smeReference } from './criteria'
import { smeHandlers } from './handlers'
import { smeSummaries } from './listQuery'
import { smeOps } from './ops'
import { smeLookup } from './lookup'
import { smeReports } from './reports'
import { smeApplicationsTable } from './repository'

/**
 * 서울형 강소기업: applications screened against the round's criteria (적격 · 부적격), scored stage by
 * stage by several evaluators (blind), ranked by the committee and finally selected.
 */
export const smeDomain = defineDomain({
  name: 'sme',
  collections: [
    defineCollection({
      name: 'sme-applications',
      schema: SmeApplication,
      table: smeApplicationsTable,
      titleOf: (application: SmeApplication) => application.company.name,
      summaries: (db, options) => smeSummaries(db, options),
      hasRuleChecks: true,
      personalFields: [{ path: 'company.ceo_name', kind: 'name' }]
    })
  ],
  ops: smeOps,
  reference: smeReference,
  contract: smeContract,
  handlers: smeHandlers,
  cli: smeCli,
  repairDerived: repairSmeDerived,
  reports: smeReports,
  lookup: smeLookup
})
