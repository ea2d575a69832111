import { smeContract } from '../../../shared/domains/sme/contract'
import { SmeApplication } from '../../../shared/portal'
import { defineCollection, defineDomain } from '../types'
import { smeApplicationsTable } from './repository'

/** 서울형 강소기업: applications are cached and searchable; screening and scoring come with their issue. */
export const smeDomain = defineDomain({
  name: 'sme',
  collections: [
    defineCollection({
      name: 'sme-applications',
      schema: SmeApplication,
      table: smeApplicationsTable,
      titleOf: (application: SmeApplication) => application.company.name
    })
  ],
  ops: [],
  contract: smeContract,
  handlers: () => ({})
})
