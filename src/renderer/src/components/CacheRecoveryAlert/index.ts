export { CacheRecoveryAlert } from './CacheRecoveryAlert'
export type { CacheRecoveryAlertProps } from './CacheRecoveryAlert'
