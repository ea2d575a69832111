import { z } from 'zod'
import { NetworkFailureKind } from './views'

/** Codes a main-side handler can answer with. Portal error codes pass through unchanged. */
export const APP_ERROR_CODES = [
  'validation_failed',
  'unknown_channel',
  'not_found',
  'not_signed_in',
  'unauthorized',
  /** A sign-in the portal refused: wrong username or password (not an expired session). */
  'invalid_credentials',
  'forbidden',
  /** The screens are locked (idle or 잠금): the password opens them again. */
  'locked',
  /** Offline use refused after too many wrong passwords. */
  'locked_out',
  'offline_unlock_failed',
  'unlock_failed',
  /** Needs the portal right now (a contact look-up) and there is no connection. */
  'offline',
  'not_implemented',
  'portal_unreachable',
  'portal_error',
  'invalid_transition',
  'conflict',
  'cache_unavailable',
  'busy',
  'internal'
] as const
export type AppErrorCode = (typeof APP_ERROR_CODES)[number]

/** One problem with an input: its path, the Korean message and, where known, the field's Korean name. */
export const IpcIssue = z.object({ path: z.string(), message: z.string(), label: z.string().optional() })
export type IpcIssue = z.infer<typeof IpcIssue>

/**
 * A failure as people are told it: `message` says what happened in words a clerk uses and what to do;
 * `detail` keeps the technical part (the socket error, the portal's code and status, the field paths)
 * for the folded "자세히" and for whoever reads the log.
 */
export const IpcError = z.object({
  code: z.string(),
  message: z.string(),
  detail: z.string().optional(),
  issues: z.array(IpcIssue).optional(),
  /** Set when the portal could not be reached: which of the four network failures it was. */
  network: NetworkFailureKind.optional()
})
export type IpcError = z.infer<typeof IpcError>

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }
