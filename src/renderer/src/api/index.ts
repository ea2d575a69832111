export { ApiError, call, errorMessage, setApiTransport } from './api'
export type { ApiTransport } from './api'
