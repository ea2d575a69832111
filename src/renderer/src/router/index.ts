export { PATHS, isAppPath } from './paths'
export type { AppPath } from './paths'
export { navigate, useHashRoute } from './useHashRoute'
