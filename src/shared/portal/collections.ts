import { z } from 'zod'
import { AttractiveJob } from './attractiveJobs'
import { type CollectionName } from './common'
import { ReemploymentRegistration, ReemploymentSession } from './reemployment'
import { SmeApplication } from './smeApplications'

/** Record schema per change-feed collection. */
export const COLLECTION_SCHEMAS = {
  'attractive-jobs': AttractiveJob,
  'sme-applications': SmeApplication,
  'reemployment-sessions': ReemploymentSession,
  'reemployment-registrations': ReemploymentRegistration
} as const satisfies Record<CollectionName, z.ZodType>

export type CollectionRecord<C extends CollectionName> = z.infer<(typeof COLLECTION_SCHEMAS)[C]>
export type AnyCollectionRecord = CollectionRecord<CollectionName>
