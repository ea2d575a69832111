import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import type { IpcIssue, IpcResult } from '../../../shared/ipc/result'

/** One call across the process boundary. The default goes through the preload's `window.api`. */
export type ApiTransport = (channel: Channel, input: unknown) => Promise<IpcResult<unknown>>

/**
 * A failed call, carrying main's error code, its Korean message (what happened and what to do), the
 * technical detail shown folded under "자세히", and the issues of a refused input.
 */
export class ApiError extends Error {
  readonly code: string
  readonly issues: IpcIssue[]
  readonly detail: string | null

  constructor(code: string, message: string, issues: IpcIssue[] = [], detail: string | null = null) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.issues = issues
    this.detail = detail
  }
}

type VerbFn = (input: unknown) => Promise<IpcResult<unknown>>

const preloadTransport: ApiTransport = (channel, input) => {
  const [domain, verb] = channel.split(':') as [string, string]
  const api = (window as { api?: unknown }).api as Record<string, Record<string, VerbFn> | undefined> | undefined
  const fn = api?.[domain]?.[verb]
  if (!fn) {
    return Promise.resolve({
      ok: false,
      error: { code: 'unknown_channel', message: `앱 내부 연결(${channel})을 찾을 수 없습니다. 앱을 다시 시작하세요.` }
    })
  }
  return fn(input)
}

let transport: ApiTransport = preloadTransport

/**
 * Answers that say the session changed under the screen (main locked it after idle minutes, or signed
 * the staff member out): whoever shows the session is told, so the lock or sign-in screen replaces the
 * data at once instead of each screen showing its own error.
 */
export const SESSION_REFUSALS = ['locked', 'not_signed_in'] as const
export type SessionRefusal = (typeof SESSION_REFUSALS)[number]

type SessionRefusalListener = (refusal: SessionRefusal, channel: Channel) => void
const sessionRefusalListeners = new Set<SessionRefusalListener>()

function isSessionRefusal(code: string): code is SessionRefusal {
  return (SESSION_REFUSALS as readonly string[]).includes(code)
}

/** Calls `listener` whenever a call is answered `locked` or `not_signed_in`. Returns the unsubscribe. */
export function onSessionRefusal(listener: SessionRefusalListener): () => void {
  sessionRefusalListeners.add(listener)
  return () => {
    sessionRefusalListeners.delete(listener)
  }
}

/** Swaps the transport (tests, Storybook-like previews). Returns a function that restores the previous one. */
export function setApiTransport(next: ApiTransport): () => void {
  const previous = transport
  transport = next
  return () => {
    transport = previous
  }
}

/** Calls a contract channel and unwraps its IpcResult; a failure is thrown as ApiError. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  let result: IpcResult<unknown>
  try {
    result = await transport(channel, input)
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    throw new ApiError('internal', '앱 내부 호출에 실패했습니다. 앱을 다시 시작하세요.', [], `${channel}: ${detail}`)
  }
  if (!result.ok) {
    const code = result.error.code
    if (isSessionRefusal(code)) for (const listener of sessionRefusalListeners) listener(code, channel)
    throw new ApiError(result.error.code, result.error.message, result.error.issues ?? [], result.error.detail ?? null)
  }
  return result.value as ChannelOutput<C>
}

/** The Korean message to show for any error thrown by `call` (or anything else). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  if (error instanceof Error && error.message) return error.message
  return '알 수 없는 오류가 발생했습니다. 다시 시도하세요.'
}

/** The technical part of a failure, for "자세히" (null when there is none to show). */
export function errorDetail(error: unknown): string | null {
  if (error instanceof ApiError) return error.detail
  return null
}

/** The issue of a refused input at `path` (e.g. the portal address of a form), if any. */
export function issueAt(error: unknown, path: string): string | null {
  if (!(error instanceof ApiError)) return null
  return error.issues.find((issue) => issue.path === path)?.message ?? null
}
