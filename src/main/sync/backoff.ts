import { isOffline, isRetryable, retryAfterOf } from './errors'

export interface BackoffOptions {
  attempts: number
  baseMs: number
  maxMs: number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Exponential backoff with full jitter; a server's Retry-After, when given, is honoured as is. */
export function backoffDelay(attempt: number, options: Pick<BackoffOptions, 'baseMs' | 'maxMs' | 'random'>, retryAfterMs: number | null): number {
  if (retryAfterMs !== null) return Math.min(retryAfterMs, options.maxMs * 4)
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1))
  return Math.round((options.random ?? Math.random)() * ceiling)
}

/** Runs `task`, retrying network errors, 5xx and 429; other errors are thrown at once. */
export async function withBackoff<T>(task: () => Promise<T>, options: BackoffOptions): Promise<T> {
  const sleep = options.sleep ?? defaultSleep
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await task()
    } catch (error) {
      // Offline is answered at once; retrying it eight times would only keep the user waiting.
      const limit = isOffline(error) ? Math.min(2, options.attempts) : options.attempts
      if (!isRetryable(error) || attempt >= limit) throw error
      const delay = backoffDelay(attempt, options, retryAfterOf(error))
      options.onRetry?.(error, attempt, delay)
      await sleep(delay)
    }
  }
}
