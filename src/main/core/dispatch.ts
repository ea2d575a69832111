import { ZodError } from 'zod'
import { contract, type Channel, type ChannelOutput, type HandlerInput } from '../../shared/ipc/contract'
import type { IpcIssue, IpcResult } from '../../shared/ipc/result'
import { DbVersionFromFutureError } from '../db/migrations/runner'
import { describePortalError, PortalContractError, PortalError, PortalUnreachableError } from '../sync/errors'
import { AppError } from './errors'

/** One function per channel; the compiler rejects a missing or an extra one. */
export type Handlers = {
  [C in Channel]: (input: HandlerInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>
}

export type Dispatch = (channel: string, input: unknown) => Promise<IpcResult<unknown>>

function zodIssues(error: ZodError): IpcIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}

function toFailure(error: unknown, log: (message: string, meta?: unknown) => void): IpcResult<never> {
  if (error instanceof AppError) {
    return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } }
  }
  if (error instanceof PortalUnreachableError) {
    return { ok: false, error: { code: 'portal_unreachable', message: describePortalError(error) } }
  }
  if (error instanceof PortalError) {
    return { ok: false, error: { code: error.code, message: describePortalError(error) } }
  }
  if (error instanceof PortalContractError) {
    return { ok: false, error: { code: 'portal_error', message: describePortalError(error) } }
  }
  if (error instanceof DbVersionFromFutureError) {
    return { ok: false, error: { code: 'cache_unavailable', message: error.message } }
  }
  log('unexpected handler error', error)
  return { ok: false, error: { code: 'internal', message: '처리 중 예기치 않은 오류가 발생했습니다. 로그를 확인하세요.' } }
}

/**
 * Validates every call against the contract before its handler runs and turns every outcome into
 * an IpcResult. Nothing a renderer sends — an unknown channel, a malformed payload — can throw
 * past this function.
 */
export function createDispatch(handlers: Handlers, log: (message: string, meta?: unknown) => void): Dispatch {
  return async (channel, input) => {
    if (!Object.hasOwn(contract, channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `알 수 없는 요청입니다: ${String(channel).slice(0, 60)}` } }
    }
    const spec = contract[channel as Channel]
    const parsed = spec.input.safeParse(input ?? {})
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'validation_failed', message: '입력값이 올바르지 않습니다.', issues: zodIssues(parsed.error) }
      }
    }
    try {
      const handler = handlers[channel as Channel] as (input: unknown) => unknown
      const value = await handler(parsed.data)
      return { ok: true, value }
    } catch (error) {
      if (error instanceof ZodError) {
        return { ok: false, error: { code: 'validation_failed', message: '입력값이 올바르지 않습니다.', issues: zodIssues(error) } }
      }
      return toFailure(error, log)
    }
  }
}
