/** Query keys of the app feature: version, data folder and cache recovery, fixed while the app runs. */
export const appKeys = {
  all: ['app'] as const,
  info: ['app', 'info'] as const
}
