import type { Problem } from '../../shared/portal'

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

/** Nothing listens there or the host is unknown: the PC is offline or the portal is down — not a passing fault. */
export function isOffline(error: unknown): boolean {
  return error instanceof PortalUnreachableError && /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN/.test(error.message)
}

export function isRetryable(error: unknown): boolean {
  if (error instanceof PortalUnreachableError) return true
  if (error instanceof PortalError) return error.status === 429 || error.status >= 500
  return false
}

export function retryAfterOf(error: unknown): number | null {
  return error instanceof PortalError ? error.retryAfterMs : null
}

/** Korean, one line: what the user (or the CLI's stderr) is told. */
export function describePortalError(error: unknown): string {
  if (error instanceof PortalUnreachableError) return `포털에 연결할 수 없습니다 (${error.message}).`
  if (error instanceof PortalContractError) return `포털 응답이 규격과 다릅니다: ${error.message}`
  if (error instanceof PortalError) {
    switch (error.code) {
      case 'unauthorized':
        return '아이디 또는 비밀번호가 올바르지 않거나 로그인이 만료되었습니다.'
      case 'token_expired':
        return '로그인이 만료되었습니다. 다시 로그인하세요.'
      case 'forbidden':
        return '이 작업을 할 권한이 없습니다.'
      case 'not_found':
        return '포털에 해당 자료가 없습니다.'
      case 'rate_limited':
        return '포털 요청이 너무 많습니다. 잠시 후 다시 시도합니다.'
      case 'unavailable':
        return '포털이 일시적으로 응답하지 않습니다(점검 중일 수 있음).'
      case 'version_conflict':
        return '다른 직원이 먼저 수정했습니다.'
      case 'invalid_transition':
        return '현재 상태에서는 할 수 없는 작업입니다.'
      case 'capacity_exceeded':
        return '정원이 가득 찼습니다.'
      default:
        return `포털 오류 ${error.status} (${error.code}): ${error.message}`
    }
  }
  return error instanceof Error ? error.message : String(error)
}
