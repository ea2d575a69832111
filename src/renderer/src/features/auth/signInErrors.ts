import { ApiError } from '../../api'

/**
 * The code of a refused offline start or unlock (`offline_unlock_failed`, `unlock_failed` — main's
 * message says how many tries are left —, `locked_out`, `not_signed_in`), for the screens to react to.
 */
export function errorCode(error: unknown): string {
  return error instanceof ApiError ? error.code : 'internal'
}
