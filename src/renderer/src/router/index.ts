export { PATHS, hrefFor, isAppPath } from './paths'
export type { AppPath, RouteParams } from './paths'
export { navigate, useHashParams, useHashRoute } from './useHashRoute'
