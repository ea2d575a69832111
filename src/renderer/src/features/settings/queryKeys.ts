import type { RendererFeature } from '../feature'

/** Query keys of the settings screen. */
export const settingsKeys = {
  all: ['settings'] as const,
  current: ['settings', 'current'] as const,
  retention: ['settings', 'retention'] as const,
  dataDir: ['settings', 'dataDir'] as const,
  diagnostics: ['settings', 'diagnostics'] as const
}

/**
 * A sync may purge registrations past the retention period (main does it after pulling): the last purge
 * is re-read; 진단 정보's counts and last syncs change with every sync and every queued write.
 */
export const settingsFeature: RendererFeature = {
  invalidateOnSync: [settingsKeys.retention, settingsKeys.diagnostics],
  invalidateOnOutboxChange: [settingsKeys.diagnostics]
}
