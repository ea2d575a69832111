/** Request context, replies and application/problem+json errors (portal-admin-api.md §1). */
import type { IncomingHttpHeaders } from 'node:http'
import type { z } from 'zod'
import type { ErrorCode, Staff } from '../../shared/portal/common'

export interface FieldError {
  path: string
  message: string
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    detail: string,
    readonly extra: { errors?: FieldError[]; current?: unknown; headers?: Record<string, string> } = {}
  ) {
    super(detail)
  }
}

export interface Reply {
  status: number
  /** JSON, already serialized (text, or UTF-8 bytes for feed pages). */
  body: string | Buffer
  headers?: Record<string, string>
  contentType?: string
}

export interface RequestCtx {
  method: string
  /** Path below /admin/v1, e.g. "/attractive-jobs/AJ-2026-000001/review". */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  rawBody: string
  staff: Staff
}

const TITLES: Record<ErrorCode, string> = {
  unauthorized: '인증이 필요합니다',
  token_expired: '액세스 토큰이 만료되었습니다',
  forbidden: '권한이 없습니다',
  not_found: '찾을 수 없습니다',
  validation_failed: '요청 값이 올바르지 않습니다',
  invalid_transition: '허용되지 않는 상태 변경입니다',
  version_conflict: '다른 사용자가 먼저 수정했습니다',
  precondition_required: 'If-Match 헤더가 필요합니다',
  idempotency_key_reused: '같은 Idempotency-Key가 다른 요청에 사용되었습니다',
  capacity_exceeded: '정원을 초과합니다',
  cursor_expired: '커서가 만료되었습니다',
  rate_limited: '요청이 너무 많습니다',
  unavailable: '일시적으로 사용할 수 없습니다'
}

export function problemReply(err: ApiError): Reply {
  const body: Record<string, unknown> = {
    type: `urn:seoul-job-portal:problem:${err.code}`,
    title: TITLES[err.code],
    status: err.status,
    detail: err.message,
    code: err.code
  }
  if (err.extra.errors) body.errors = err.extra.errors
  let text = JSON.stringify(body)
  // `current` is the stored JSON text of the record: splice it in without a parse/stringify round trip.
  if (typeof err.extra.current === 'string') text = `${text.slice(0, -1)},"current":${err.extra.current}}`
  else if (err.extra.current !== undefined) text = `${text.slice(0, -1)},"current":${JSON.stringify(err.extra.current)}}`
  return { status: err.status, body: text, headers: err.extra.headers, contentType: 'application/problem+json; charset=utf-8' }
}

export function jsonReply(status: number, value: unknown): Reply {
  return { status, body: JSON.stringify(value) }
}

export function textReply(status: number, json: string): Reply {
  return { status, body: json }
}

export function notFound(what: string): ApiError {
  return new ApiError(404, 'not_found', `${what}을(를) 찾을 수 없습니다.`)
}

export function parseJsonBody(ctx: RequestCtx): unknown {
  if (ctx.rawBody.trim() === '') throw new ApiError(422, 'validation_failed', '요청 본문이 비어 있습니다.', { errors: [{ path: '', message: 'JSON 본문이 필요합니다.' }] })
  try {
    return JSON.parse(ctx.rawBody) as unknown
  } catch {
    throw new ApiError(422, 'validation_failed', '요청 본문이 올바른 JSON이 아닙니다.', { errors: [{ path: '', message: 'JSON 구문 오류' }] })
  }
}

export function zodErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
}

/** Parses the body with a shared zod request schema; 422 validation_failed with errors otherwise. */
export function parseBody<S extends z.ZodType>(ctx: RequestCtx, schema: S): z.infer<S> {
  const result = schema.safeParse(parseJsonBody(ctx))
  if (!result.success) throw new ApiError(422, 'validation_failed', '요청 본문 검증에 실패했습니다.', { errors: zodErrors(result.error) })
  return result.data
}

export function validation(path: string, message: string): ApiError {
  return new ApiError(422, 'validation_failed', message, { errors: [{ path, message }] })
}

/** Canonical JSON (sorted keys) so that "same body" ignores key order and whitespace. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
