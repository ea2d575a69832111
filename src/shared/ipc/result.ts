import { z } from 'zod'

/** Codes a main-side handler can answer with. Portal error codes pass through unchanged. */
export const APP_ERROR_CODES = [
  'validation_failed',
  'unknown_channel',
  'not_found',
  'not_signed_in',
  'unauthorized',
  'forbidden',
  'portal_unreachable',
  'portal_error',
  'invalid_transition',
  'conflict',
  'cache_unavailable',
  'busy',
  'internal'
] as const
export type AppErrorCode = (typeof APP_ERROR_CODES)[number]

export const IpcIssue = z.object({ path: z.string(), message: z.string() })
export type IpcIssue = z.infer<typeof IpcIssue>

export const IpcError = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(IpcIssue).optional()
})
export type IpcError = z.infer<typeof IpcError>

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }
