export { ErrorAlert, ErrorDetail } from './ErrorDetail'
export type { ErrorAlertProps } from './ErrorDetail'
export { NoticeBody } from './NoticeBody'
