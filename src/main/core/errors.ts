import type { AppErrorCode, IpcIssue } from '../../shared/ipc/result'

/**
 * An expected failure a handler reports to the caller: a code and a Korean message for people (what
 * happened and what to do), and optionally the technical detail shown folded under "자세히".
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode | string,
    message: string,
    readonly issues?: IpcIssue[],
    readonly detail?: string
  ) {
    super(message)
    this.name = 'AppError'
  }
}
