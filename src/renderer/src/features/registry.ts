import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { attractiveJobsFeature } from './attractive-jobs/queryKeys'
import { auditFeature } from './audit/queryKeys'
import type { RendererFeature } from './feature'
import { inboxFeature } from './inbox/queryKeys'
import { reemploymentFeature } from './reemployment/queryKeys'
import { referenceFeature } from './reference/queryKeys'
import { settingsFeature } from './settings/queryKeys'
import { smeFeature } from './sme/queryKeys'
import { syncFeature } from './sync/queryKeys'

/**
 * The features whose screens show cached records or the outbox, one line each. Features that only read
 * the session or app info (auth, app) have nothing to declare; settings shows the last purge, which a
 * sync can change.
 */
export const FEATURES: readonly RendererFeature[] = [
  syncFeature,
  inboxFeature,
  referenceFeature,
  attractiveJobsFeature,
  smeFeature,
  reemploymentFeature,
  settingsFeature,
  auditFeature
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
