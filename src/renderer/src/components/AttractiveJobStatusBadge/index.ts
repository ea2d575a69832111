export { AttractiveJobStatusBadge } from './AttractiveJobStatusBadge'
export type { AttractiveJobStatusBadgeProps } from './AttractiveJobStatusBadge'
