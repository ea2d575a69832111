import { ZodError } from 'zod'
import { inputFieldLabel } from '../../shared/domain/labels'
import type { IpcError, IpcIssue } from '../../shared/ipc/result'
import { DbVersionFromFutureError } from '../db/migrations/runner'
import { CacheUnreadableError } from '../db/connection'
import { FileLockedError } from '../db/renameWithRetry'
import { explainPortalError } from '../sync/errors'
import { AppError } from './errors'

export const UNEXPECTED_MESSAGE = '처리 중 예기치 않은 오류가 발생했습니다. 다시 시도하고, 계속되면 정보화 담당자에게 알려 주세요.'

/** A zod issue as a person reads it: the field's Korean name beside the plain message. */
export function labelledIssues(error: ZodError): IpcIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.')
    const label = inputFieldLabel(path)
    return { path, message: issue.message, ...(label ? { label } : {}) }
  })
}

/** "포털 주소: 포털 주소 형식이 …" — the name is left out when the message already starts with it. */
function issueSentence(issue: IpcIssue): string {
  if (!issue.label || issue.message.startsWith(issue.label)) return issue.message
  return `${issue.label}: ${issue.message}`
}

/** A refused input: what to fix, field by field (at most three named, the rest counted). */
export function validationFailure(issues: IpcIssue[]): IpcError {
  const named = issues.slice(0, 3).map(issueSentence)
  const more = issues.length > 3 ? ` 외 ${issues.length - 3}건` : ''
  return {
    code: 'validation_failed',
    message: named.length > 0 ? `입력한 내용을 확인하세요 — ${named.join('; ')}${more}.` : '입력한 내용을 확인하세요.',
    detail: issues.map((i) => `${i.path || '(전체)'}: ${i.message}`).join('\n'),
    issues
  }
}

/**
 * The one mapping from anything that failed to what a person is told (core dispatch, the sync's
 * summary): the code, what happened and what to do in plain Korean, and the technical detail apart.
 * `unexpected` is true for failures nobody planned for, which are logged with their stack.
 */
export function explainFailure(error: unknown): IpcError & { unexpected: boolean } {
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.detail ? { detail: error.detail } : {}),
      ...(error.issues ? { issues: error.issues } : {}),
      unexpected: false
    }
  }
  if (error instanceof ZodError) return { ...validationFailure(labelledIssues(error)), unexpected: false }
  const portal = explainPortalError(error)
  if (portal) return { ...portal, unexpected: false }
  if (error instanceof DbVersionFromFutureError || error instanceof CacheUnreadableError || error instanceof FileLockedError) return { code: 'cache_unavailable', message: error.message, unexpected: false }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return { code: 'internal', message: UNEXPECTED_MESSAGE, detail, unexpected: true }
}
