import { contract, type Channel, type ChannelOutput, type HandlerInput } from '../../shared/ipc/contract'
import type { IpcResult } from '../../shared/ipc/result'
import { explainFailure, labelledIssues, validationFailure } from './failures'
import type { Logger } from './log'

/** One function per channel; the compiler rejects a missing or an extra one. */
export type Handlers = {
  [C in Channel]: (input: HandlerInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>
}

export type Dispatch = (channel: string, input: unknown) => Promise<IpcResult<unknown>>

/**
 * Validates every call against the contract before its handler runs and turns every outcome into
 * an IpcResult. Nothing a renderer sends — an unknown channel, a malformed payload — can throw
 * past this function. Failures are told in plain Korean (core/failures.ts); their technical detail
 * goes to the caller folded and to the log in full.
 */
export function createDispatch(handlers: Handlers, log: Logger): Dispatch {
  return async (channel, input) => {
    if (!Object.hasOwn(contract, channel)) {
      return {
        ok: false,
        error: { code: 'unknown_channel', message: '앱 내부 요청을 알아듣지 못했습니다. 앱을 다시 시작하세요.', detail: `channel: ${String(channel).slice(0, 60)}` }
      }
    }
    const spec = contract[channel as Channel]
    const parsed = spec.input.safeParse(input ?? {})
    if (!parsed.success) return { ok: false, error: validationFailure(labelledIssues(parsed.error)) }
    try {
      const handler = handlers[channel as Channel] as (input: unknown) => unknown
      const value = await handler(parsed.data)
      return { ok: true, value }
    } catch (error) {
      const { unexpected, ...failure } = explainFailure(error)
      if (unexpected) log('error', `${channel}: unexpected handler error`, error)
      else if (failure.detail && failure.code !== 'validation_failed') log('warn', `${channel}: ${failure.message} (${failure.detail})`)
      return { ok: false, error: failure }
    }
  }
}
