export { EmptyCache } from './EmptyCache'
export type { EmptyCacheProps } from './EmptyCache'
