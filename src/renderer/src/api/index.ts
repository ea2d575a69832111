export { ApiError, call, errorDetail, errorMessage, issueAt, setApiTransport } from './api'
export type { ApiTransport } from './api'
