import type { AppErrorCode, IpcIssue } from '../../shared/ipc/result'

/** An expected failure a handler reports to the caller: a code and a Korean message for people. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode | string,
    message: string,
    readonly issues?: IpcIssue[]
  ) {
    super(message)
    this.name = 'AppError'
  }
}
