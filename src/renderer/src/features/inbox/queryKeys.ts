import type { RendererFeature } from '../feature'

/** Query keys of 확인 필요 (the conflicted and rejected outbox entries). */
export const inboxKeys = {
  all: ['inbox'] as const,
  list: ['inbox', 'list'] as const
}

export const inboxFeature: RendererFeature = {
  invalidateOnSync: [inboxKeys.all],
  invalidateOnOutboxChange: [inboxKeys.all]
}
