import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { attractiveJobsFeature } from './attractive-jobs/queryKeys'
import type { RendererFeature } from './feature'
import { inboxFeature } from './inbox/queryKeys'
import { reemploymentFeature } from './reemployment/queryKeys'
import { referenceFeature } from './reference/queryKeys'
import { smeFeature } from './sme/queryKeys'
import { syncFeature } from './sync/queryKeys'

/**
 * The features whose screens show cached records or the outbox, one line each. Features that only read
 * settings, the session or app info (auth, settings, app) have nothing to declare.
 */
export const FEATURES: readonly RendererFeature[] = [
  syncFeature,
  inboxFeature,
  referenceFeature,
  attractiveJobsFeature,
  smeFeature,
  reemploymentFeature
]

function invalidateAll(client: QueryClient, keys: readonly QueryKey[]): Promise<void> {
  return Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey }))).then(() => undefined)
}

/** After a sync finished (or a record was refreshed from the portal): every feature's cache views. */
export function invalidateAfterSync(client: QueryClient): Promise<void> {
  return invalidateAll(client, FEATURES.flatMap((f) => f.invalidateOnSync))
}

/** After a write was queued, or a 확인 필요 entry re-applied or discarded. */
export function invalidateAfterOutboxChange(client: QueryClient): Promise<void> {
  return invalidateAll(client, FEATURES.flatMap((f) => f.invalidateOnOutboxChange))
}
