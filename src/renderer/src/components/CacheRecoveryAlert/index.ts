export { CacheRecoveryAlert } from './CacheRecoveryAlert'
