export { RuleCheckBadge } from './RuleCheckBadge'
export type { RuleCheckBadgeProps } from './RuleCheckBadge'
