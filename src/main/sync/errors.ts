import { inputFieldLabel } from '../../shared/domain/labels'
import type { NetworkFailureKind } from '../../shared/ipc/views'
import type { ErrorCode, Problem } from '../../shared/portal'
import { classifyNetworkFailure, networkFailureOfStatus, REFUSED_CODES, type NetworkFailure } from './networkFailure'

/** The portal answered with a problem+json error. */
export class PortalError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly problem: Problem | null,
    readonly retryAfterMs: number | null
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.name = 'PortalError'
  }
}

/** The portal refused a sign-in with a password: the username or the password is wrong (not an expired session). */
export class PortalSignInRefusedError extends PortalError {
  constructor(problem: Problem | null) {
    super(401, 'unauthorized', problem, null)
    this.name = 'PortalSignInRefusedError'
  }
}

/** No answer: connection refused, dropped, timed out, or a body that could not be read. */
export class PortalUnreachableError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message)
    this.name = 'PortalUnreachableError'
  }
}

/** The portal answered 2xx with a body that does not match the contract. */
export class PortalContractError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PortalContractError'
  }
}

/** Which of the four network failures `error` is (null: the portal answered, or it is no network failure). */
export function networkFailureOf(error: unknown): NetworkFailure | null {
  if (error instanceof PortalUnreachableError) return classifyNetworkFailure(error)
  if (error instanceof PortalError) return networkFailureOfStatus(error.status)
  return null
}

/**
 * No network, or nothing listens at the portal: the PC is offline or the portal is down — not a passing
 * fault. The outbox stops a run after a few of these and the backoff gives up early (a dropped or slow
 * connection is still retried as before).
 */
export function isOffline(error: unknown): boolean {
  if (!(error instanceof PortalUnreachableError)) return false
  const failure = classifyNetworkFailure(error)
  return failure !== null && (failure.kind === 'no_network' || (failure.kind === 'portal_down' && REFUSED_CODES.has(failure.code)))
}

/**
 * Worth another try in a moment. An untrusted certificate or a refusing proxy is not: it stays so until
 * someone installs the certificate or fixes the proxy setting, so retrying within the run only delays the
 * message (and a proxy asking for credentials would be asked again and again). Such a failure ends the
 * pull at once; the outbox keeps its writes and the next sync — manual or the interval's — tries again.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof PortalUnreachableError) {
    const kind = classifyNetworkFailure(error)?.kind
    return kind !== 'certificate' && kind !== 'proxy_refused'
  }
  if (error instanceof PortalError) return error.status === 429 || error.status >= 500
  return false
}

export function retryAfterOf(error: unknown): number | null {
  return error instanceof PortalError ? error.retryAfterMs : null
}

/**
 * A failure as a person is told it: what happened, in words a clerk uses, and what to do (`message`),
 * with the technical part kept apart (`detail`: the socket error, the portal's status and code, the
 * paths of a refused body) for the folded "자세히" and the log.
 */
export interface ErrorExplanation {
  code: string
  message: string
  detail?: string
  /** Which network failure kept the portal out of reach, when one did. */
  network?: NetworkFailureKind
}

/** Each portal error code (portal-admin-api.md §1): what happened and what to do, read fine on any screen. */
export const PORTAL_ERROR_MESSAGES: Record<ErrorCode, string> = {
  unauthorized: '포털 로그인이 끝났습니다. 다시 로그인하세요. 보낼 변경은 이 컴퓨터에 그대로 남아 있습니다.',
  token_expired: '포털 로그인이 만료되었습니다. 다시 로그인하세요. 보낼 변경은 이 컴퓨터에 그대로 남아 있습니다.',
  forbidden: '이 작업을 할 권한이 없습니다. 권한이 필요하면 부서 관리자에게 요청하세요.',
  not_found: '포털에 이 자료가 없습니다. 삭제되었을 수 있으니 동기화한 뒤 다시 확인하세요.',
  validation_failed: '포털이 입력 내용을 받지 않았습니다. 내용을 고쳐 다시 시도하세요.',
  invalid_transition: '자료의 지금 상태에서는 할 수 없는 작업입니다. 동기화로 최신 상태를 받은 뒤 다시 확인하세요.',
  version_conflict: '다른 직원이 먼저 수정했습니다. 양쪽 내용을 비교해 다시 적용하거나 내 변경을 버리세요.',
  precondition_required: '포털이 요청을 받지 않았습니다(자료 버전 정보 없음). 정보화 담당자에게 알려 주세요.',
  idempotency_key_reused: '포털이 요청을 받지 않았습니다(같은 요청 번호에 다른 내용). 정보화 담당자에게 알려 주세요.',
  capacity_exceeded: '정원이 가득 찼습니다. 대기자로 등록하거나 다른 회차를 고르세요.',
  cursor_expired: '포털의 변경 기록이 오래되어 처음부터 다시 받아야 합니다. 다시 동기화하세요.',
  rate_limited: '포털에 요청이 몰려 있습니다. 잠시 후 다시 시도하세요.',
  unavailable: '포털이 잠시 응답하지 않습니다(점검 중일 수 있습니다). 잠시 후 다시 시도하세요.'
}

export const SIGN_IN_REFUSED_MESSAGE = '아이디 또는 비밀번호가 맞지 않습니다. Caps Lock이 켜져 있지 않은지 확인하고 다시 입력하세요.'
export const UNREACHABLE_MESSAGE = '포털에 연결할 수 없습니다. 네트워크 연결을 확인하고 다시 시도하세요.'
export const TIMEOUT_MESSAGE = '포털이 제때 응답하지 않았습니다. 네트워크 상태를 확인하고 잠시 후 다시 시도하세요.'
/** The four network failures as a clerk is told them; what each asks them (or IT) to do. */
export const NETWORK_FAILURE_MESSAGES: Record<NetworkFailureKind, string> = {
  no_network:
    '이 PC가 네트워크에 연결되어 있지 않습니다. 랜선이나 Wi-Fi 연결을 확인한 뒤 다시 시도하세요. 그동안 한 작업은 이 PC에 저장되어 있다가 연결되면 포털로 보냅니다.',
  proxy_refused:
    '프록시 서버가 포털 연결을 거부했습니다. 설정의 프록시 항목(주소와 포트)이 맞는지 확인하고, 계속되면 이 프로그램의 포털 접속을 허용해 달라고 정보화 담당자에게 요청하세요.',
  certificate:
    '포털의 보안 인증서를 신뢰할 수 없어 연결을 멈췄습니다. 기관 인증서가 이 PC에 설치되어 있는지 정보화 담당자에게 확인하세요. 이 PC의 날짜와 시간이 맞는지도 확인하세요.',
  portal_down:
    '포털에 연결할 수 없습니다. 포털이 응답하지 않거나 연결이 중간에 끊겼습니다(점검 중일 수 있습니다). 잠시 후 다시 시도하고, 계속되면 정보화 담당자에게 알려 주세요.'
}
export const CONTRACT_MESSAGE = '포털이 예상과 다른 응답을 보냈습니다. 잠시 후 다시 시도하고, 계속되면 정보화 담당자에게 알려 주세요.'
const UNKNOWN_PORTAL_MESSAGE = '포털이 요청을 처리하지 못했습니다. 잠시 후 다시 시도하고, 계속되면 정보화 담당자에게 알려 주세요.'

function isPortalErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(PORTAL_ERROR_MESSAGES, code)
}

/** ky's TimeoutError, or a socket that timed out, anywhere in the cause chain. */
function isTimeout(error: PortalUnreachableError): boolean {
  let current: unknown = error.cause
  for (let depth = 0; depth < 6 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code
    if (current.name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT') return true
    current = current.cause
  }
  return false
}

/** The fields a refused body names, by their Korean names ("사유: 5자 이상이어야 합니다"). */
function refusedFields(problem: Problem | null): string | null {
  const errors = problem?.errors ?? []
  if (errors.length === 0) return null
  return errors
    .slice(0, 3)
    .map((e) => {
      const label = inputFieldLabel(e.path)
      return label ? `${label}: ${e.message}` : e.message
    })
    .join('; ')
}

function portalDetail(error: PortalError): string {
  const parts = [`HTTP ${error.status} ${error.code}`]
  if (error.problem?.detail) parts.push(error.problem.detail)
  else if (error.problem?.title) parts.push(error.problem.title)
  for (const e of error.problem?.errors ?? []) parts.push(`${e.path}: ${e.message}`)
  return parts.join(' · ')
}

/** The portal's part of the one error mapping (null: not a portal error). */
export function explainPortalError(error: unknown): ErrorExplanation | null {
  if (error instanceof PortalUnreachableError) {
    const failure = classifyNetworkFailure(error)
    // A slow portal keeps its own sentence (the connection was made); the other kinds say what failed.
    const message = isTimeout(error) ? TIMEOUT_MESSAGE : failure ? NETWORK_FAILURE_MESSAGES[failure.kind] : UNREACHABLE_MESSAGE
    return { code: 'portal_unreachable', message, detail: error.message, ...(failure ? { network: failure.kind } : {}) }
  }
  if (error instanceof PortalContractError) return { code: 'portal_error', message: CONTRACT_MESSAGE, detail: error.message }
  if (error instanceof PortalSignInRefusedError) return { code: 'invalid_credentials', message: SIGN_IN_REFUSED_MESSAGE, detail: portalDetail(error) }
  if (error instanceof PortalError) {
    const detail = portalDetail(error)
    const failure = networkFailureOfStatus(error.status)
    const network = failure ? { network: failure.kind } : {}
    if (!isPortalErrorCode(error.code)) return { code: 'portal_error', message: UNKNOWN_PORTAL_MESSAGE, detail, ...network }
    const fields = error.code === 'validation_failed' ? refusedFields(error.problem) : null
    const message = fields ? `포털이 입력 내용을 받지 않았습니다 — ${fields}. 내용을 고쳐 다시 시도하세요.` : PORTAL_ERROR_MESSAGES[error.code]
    return { code: error.code, message, detail, ...network }
  }
  return null
}

/** What the push keeps of a failed send in `outbox.last_error` (see push.ts). */
export interface StoredFailure {
  status?: number
  code?: string
  message?: string
}

/**
 * A stored failure told as the live error was: the same Korean sentence, its code, and the portal's
 * own words (or the socket's) as the detail. `status` defaults to what the caller knows of the entry.
 */
export function explainStoredFailure(stored: StoredFailure, defaultStatus: number): { code: string; message: string; detail: string } {
  const code = stored.code ?? 'unknown'
  const error = code === 'unreachable' ? new PortalUnreachableError(stored.message ?? '') : new PortalError(stored.status ?? defaultStatus, code, null, null)
  return { code, message: describePortalError(error), detail: [stored.code, stored.message].filter(Boolean).join(': ') }
}

/** Korean: what the user (or the CLI's stderr) is told about a portal failure; anything else by its own message. */
export function describePortalError(error: unknown): string {
  return explainPortalError(error)?.message ?? (error instanceof Error ? error.message : String(error))
}
