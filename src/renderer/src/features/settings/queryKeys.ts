/** Query keys of the settings screen. */
export const settingsKeys = {
  all: ['settings'] as const,
  current: ['settings', 'current'] as const
}
