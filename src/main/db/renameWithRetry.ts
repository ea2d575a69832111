import { renameSync } from 'node:fs'

/**
 * Moving a file aside (a cache that cannot be read) on Windows fails with EBUSY or EPERM while another
 * process holds it open: a second copy of the app, the CLI of a scheduled task, a virus scanner
 * reading the new file. Those let go within moments, so the rename is tried again a few times with a
 * growing pause; a lock that outlasts them is a Korean refusal telling the person what to close.
 */

/** Codes Windows (and Node's libuv on it) gives a rename of a file some process has open. */
const LOCKED_CODES = new Set(['EBUSY', 'EPERM', 'EACCES'])
/** Pauses before the 2nd, 3rd… attempt: about 1.5 s in all, short enough for a start-up. */
export const RENAME_RETRY_DELAYS_MS = [100, 200, 400, 800] as const

export const FILE_LOCKED_MESSAGE =
  '캐시 파일을 다른 프로그램이 사용하고 있어 옮기지 못했습니다. 열려 있는 다른 업무도구 창과 명령줄 작업을 모두 닫고 다시 실행하세요. 그래도 안 되면 PC를 다시 시작한 뒤 실행하세요.'

/** A file still locked after every retry. core/failures.ts tells it as `cache_unavailable` with this message. */
export class FileLockedError extends Error {
  constructor(
    readonly from: string,
    readonly to: string,
    readonly causeCode: string
  ) {
    super(FILE_LOCKED_MESSAGE)
    this.name = 'FileLockedError'
  }
}

export interface RenameRetryOptions {
  rename?: (from: string, to: string) => void
  /** Blocks for `ms` (the open path is synchronous); tests pass a recorder. */
  sleep?: (ms: number) => void
  delaysMs?: readonly number[]
}

function blockingSleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : null
}

export function renameWithRetry(from: string, to: string, options: RenameRetryOptions = {}): void {
  const rename = options.rename ?? renameSync
  const sleep = options.sleep ?? blockingSleep
  const delays = options.delaysMs ?? RENAME_RETRY_DELAYS_MS
  for (let attempt = 0; ; attempt++) {
    try {
      rename(from, to)
      return
    } catch (error) {
      const code = errorCode(error)
      // Anything else (the file is gone, the disk is full) is no lock: waiting would not help.
      if (code === null || !LOCKED_CODES.has(code)) throw error
      const delay = delays[attempt]
      if (delay === undefined) throw new FileLockedError(from, to, code)
      sleep(delay)
    }
  }
}
