export { ReviewProgress } from './ReviewProgress'
export type { ReviewProgressProps } from './ReviewProgress'
