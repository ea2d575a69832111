import type { CollectionName } from '../../../shared/portal'
import { attractiveJobsTable } from './attractiveJobs'
import { reemploymentRegistrationsTable } from './reemploymentRegistrations'
import { reemploymentSessionsTable } from './reemploymentSessions'
import { smeApplicationsTable } from './smeApplications'

/** The cache table of each change-feed collection. */
export const RECORD_TABLES = {
  'attractive-jobs': attractiveJobsTable,
  'sme-applications': smeApplicationsTable,
  'reemployment-sessions': reemploymentSessionsTable,
  'reemployment-registrations': reemploymentRegistrationsTable
} as const satisfies Record<CollectionName, { collection: CollectionName }>
