import type { QueryKey } from '@tanstack/react-query'

/**
 * What a feature tells the rest of the app about its cached queries (listed in ./registry.ts). Main
 * owns the data; the renderer only has to know which queries to refetch when main's cache or outbox
 * changed underneath them.
 */
export interface RendererFeature {
  /** Queries a finished sync can change: they read records from the local cache or the outbox. */
  invalidateOnSync: readonly QueryKey[]
  /** Queries a change to the outbox can change: a write queued here, an inbox entry re-applied or discarded. */
  invalidateOnOutboxChange: readonly QueryKey[]
}
