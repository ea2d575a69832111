import type { RendererFeature } from '../feature'

/** Query keys of the settings screen. */
export const settingsKeys = {
  all: ['settings'] as const,
  current: ['settings', 'current'] as const,
  retention: ['settings', 'retention'] as const
}

/** A sync may purge registrations past the retention period (main does it after pulling): the last purge is re-read. */
export const settingsFeature: RendererFeature = {
  invalidateOnSync: [settingsKeys.retention],
  invalidateOnOutboxChange: []
}
