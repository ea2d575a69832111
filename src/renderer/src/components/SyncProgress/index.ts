export { SyncProgressList } from './SyncProgressList'
