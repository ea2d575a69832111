import type { ReportRow, ReportSheet } from '../types'

/** How often the writers report progress. */
export const PROGRESS_EVERY = 500
/**
 * How often the writers let pending I/O run. Compression and file writes finish on other threads but
 * need the event loop to take the next chunk; yielding about every 64 KB of output keeps them working
 * alongside the rows being built instead of falling behind.
 */
export const YIELD_EVERY = 100

/** What the export service recognises as a cancel (not a failure). */
export function abortError(): Error {
  const error = new Error('내보내기를 취소했습니다.')
  error.name = 'AbortError'
  return error
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError()
}

/**
 * The rows of one sheet, one at a time, in full when the export is unmasked (each row through the
 * sheet's contact look-up, which audits it with the reason). A sync iterable (a statement's iterate())
 * is walked without a promise per row; either way the source is closed when the writer stops early,
 * and a cancel is noticed before every row.
 */
export async function* sheetRows(sheet: ReportSheet, unmaskReason: string | null, signal: AbortSignal | undefined): AsyncGenerator<ReportRow> {
  const unmask = unmaskReason !== null && sheet.unmask ? sheet.unmask.bind(sheet) : null
  const source = sheet.rows()
  if (Symbol.asyncIterator in source) {
    for await (const row of source) {
      throwIfAborted(signal)
      yield unmask ? await unmask(row, unmaskReason ?? '') : row
    }
    return
  }
  for (const row of source) {
    throwIfAborted(signal)
    yield unmask ? await unmask(row, unmaskReason ?? '') : row
  }
}

/** Counts rows across the data sheets and calls onProgress every PROGRESS_EVERY rows and at the end. */
export class ProgressCounter {
  rows = 0

  constructor(private readonly onProgress: ((rowsWritten: number) => void) | undefined) {}

  /** True on every YIELD_EVERY-th row: the writer's moment to let the file stream catch up. */
  add(): boolean {
    this.rows += 1
    if (this.rows % YIELD_EVERY !== 0) return false
    if (this.rows % PROGRESS_EVERY === 0) this.onProgress?.(this.rows)
    return true
  }

  finish(): void {
    this.onProgress?.(this.rows)
  }
}

/** Lets pending I/O (the zip's deflate, the file's writes) run before the next batch of rows. */
export function yieldToIo(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
