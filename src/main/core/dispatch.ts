import { channelAccess, contract, type Channel, type ChannelOutput, type HandlerInput } from '../../shared/ipc/contract'
import { accessRefusal, type Access, type AccessRefusal, type AccessSession } from '../../shared/ipc/access'
import { ROLE_LABELS } from '../../shared/domain/labels'
import type { Role } from '../../shared/portal'
import type { IpcError, IpcResult } from '../../shared/ipc/result'
import { explainFailure, labelledIssues, validationFailure } from './failures'
import type { Logger } from './log'

/** One function per channel; the compiler rejects a missing or an extra one. */
export type Handlers = {
  [C in Channel]: (input: HandlerInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>
}

export type Dispatch = (channel: string, input: unknown) => Promise<IpcResult<unknown>>

/** What a refused caller is told; a forbidden one also learns which permission the work needs. */
function refusalMessage(refusal: AccessRefusal, access: Access): string {
  if (refusal === 'not_signed_in') return '로그인이 필요합니다. 로그인한 뒤 다시 시도하세요.'
  if (refusal === 'locked') return '화면이 잠겨 있습니다. 비밀번호를 입력해 잠금을 푸세요.'
  const needs = Array.isArray(access) ? (access as readonly Role[]).filter((role) => role !== 'manager').map((role) => `${ROLE_LABELS[role]} 권한`) : []
  const who = needs.length > 0 ? `${needs.join(' 또는 ')}이 있는 직원이나 관리자만` : '관리자만'
  return `이 작업은 ${who} 할 수 있습니다. 필요하면 업무 담당 관리자에게 권한을 요청하세요.`
}

/** Ceilings on what one call may carry: far above any real request, far below what could stall main. */
const INPUT_LIMITS = { stringLength: 20_000, nodes: 50_000, depth: 24 }

/** Whether `input` stays within INPUT_LIMITS (walked without recursion, so depth cannot overflow the stack). */
function withinLimits(input: unknown): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }]
  let nodes = 0
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!
    nodes += 1
    if (nodes > INPUT_LIMITS.nodes || depth > INPUT_LIMITS.depth) return false
    if (typeof value === 'string' && value.length > INPUT_LIMITS.stringLength) return false
    if (typeof value === 'object' && value !== null) {
      for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 })
    }
  }
  return true
}

export interface DispatchOptions {
  /** Who is calling: null when nobody is signed in. Read on every call (an idle lock happens between calls). */
  access: () => AccessSession | null
}

/**
 * Validates every call against the contract before its handler runs and turns every outcome into
 * an IpcResult. The channel's access rule is checked first (signed in, not locked, the roles), then
 * the input. Nothing a renderer sends — an unknown channel, a malformed payload — can throw past this
 * function. Failures are told in plain Korean (core/failures.ts); their technical detail goes to the
 * caller folded and to the log in full.
 */
export function createDispatch(handlers: Handlers, log: Logger, options: DispatchOptions): Dispatch {
  return async (channel, input) => {
    if (typeof channel !== 'string' || !Object.hasOwn(contract, channel)) {
      return {
        ok: false,
        error: { code: 'unknown_channel', message: '앱 내부 요청을 알아듣지 못했습니다. 앱을 다시 시작하세요.', detail: `channel: ${String(channel).slice(0, 60)}` }
      }
    }
    let refusal: AccessRefusal | null
    const access = channelAccess(channel as Channel)
    try {
      refusal = accessRefusal(access, options.access())
    } catch (error) {
      log('error', `${channel}: access check failed`, error)
      const { unexpected: _unexpected, ...failure } = explainFailure(error)
      return { ok: false, error: failure satisfies IpcError }
    }
    if (refusal) return { ok: false, error: { code: refusal, message: refusalMessage(refusal, access) } }
    if (!withinLimits(input)) {
      return { ok: false, error: { code: 'validation_failed', message: '요청이 너무 큽니다. 입력한 내용을 줄여 다시 시도하세요.' } }
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
