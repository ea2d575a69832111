export { ApiError, SESSION_REFUSALS, call, errorDetail, errorMessage, issueAt, onSessionRefusal, setApiTransport } from './api'
export type { ApiTransport, SessionRefusal } from './api'
export { onAppEvent, setAppEventSource } from './events'
export type { AppEventSource } from './events'
