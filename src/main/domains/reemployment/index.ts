import { reemploymentContract } from '../../../shared/domains/reemployment/contract'
import { ReemploymentRegistration, ReemploymentSession } from '../../../shared/portal'
import { defineCollection, defineDomain } from '../types'
import { reemploymentCli } from './cli'
import { reemploymentHandlers } from './handlers'
import { reemploymentOps } from './ops'
import { reemploymentRegistrationsTable } from './registrationsRepository'
import { reemploymentLookup } from './lookup'
import { reemploymentReports } from './reports'
import { purgeExpiredRegistrations } from './retention'
import { reemploymentSessionsTable } from './sessionsRepository'

/** 재취업 지원: education sessions and consultations, their rosters, attendance and walk-ins. */
export const reemploymentDomain = defineDomain({
  name: 'reemployment',
  collections: [
    defineCollection({
      name: 'reemployment-sessions',
      schema: ReemploymentSession,
      table: reemploymentSessionsTable,
      titleOf: (session: ReemploymentSession) => session.title
    }),
    defineCollection({
      name: 'reemployment-registrations',
      schema: ReemploymentRegistration,
      table: reemploymentRegistrationsTable,
      // Masked name only (the cache holds no more), with the session it belongs to.
      titleOf: (registration: ReemploymentRegistration) => `${registration.person.name} (${registration.session_id})`,
      personalFields: [
        { path: 'person.name', kind: 'name' },
        { path: 'person.phone', kind: 'phone' }
      ]
    })
  ],
  ops: reemploymentOps,
  contract: reemploymentContract,
  handlers: reemploymentHandlers,
  cli: reemploymentCli,
  retention: purgeExpiredRegistrations,
  reports: reemploymentReports,
  lookup: reemploymentLookup
})
