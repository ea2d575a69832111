import type { CollectionName } from '../../shared/portal/common'
import type { Sim } from './context'
import type { Reply, RequestCtx } from './http'

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  pattern: RegExp
  /** Writes need an Idempotency-Key and run in one transaction with the stored response. */
  write?: boolean
  /** The existing record a write changes (for the otherStaffEditRate fault). */
  target?: (params: string[]) => { collection: CollectionName; id: string }
  handler: (sim: Sim, ctx: RequestCtx, params: string[]) => Reply
}

export const COLLECTION_PATTERN = '(attractive-jobs|sme-applications|reemployment-sessions|reemployment-registrations)'

export function targetOf(collection: CollectionName) {
  return (params: string[]): { collection: CollectionName; id: string } => ({ collection, id: params[0] ?? '' })
}
