import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FILE_LOCKED_MESSAGE, FileLockedError, RENAME_RETRY_DELAYS_MS, renameWithRetry } from '../../../src/main/db/renameWithRetry'
import { explainFailure } from '../../../src/main/core/failures'
import { removeTestDir } from '../../helpers/tempDir'

function codeError(code: string): Error {
  return Object.assign(new Error(`${code}: resource busy or locked, rename`), { code })
}

/** A rename that fails `times` times with `code`, then does nothing; it records each call. */
function failingRename(times: number, code = 'EBUSY') {
  const calls: [string, string][] = []
  return {
    calls,
    rename: (from: string, to: string) => {
      calls.push([from, to])
      if (calls.length <= times) throw codeError(code)
    }
  }
}

describe('renaming a file that another process holds', () => {
  it('succeeds on a later try, pausing longer each time', () => {
    const sleeps: number[] = []
    const renamer = failingRename(3, 'EBUSY')
    renameWithRetry('a', 'b', { rename: renamer.rename, sleep: (ms) => sleeps.push(ms) })
    expect(renamer.calls).toHaveLength(4)
    expect(sleeps).toEqual(RENAME_RETRY_DELAYS_MS.slice(0, 3))
  })

  it('treats EPERM (Windows: a file open in another process) as a lock too', () => {
    const sleeps: number[] = []
    const renamer = failingRename(1, 'EPERM')
    renameWithRetry('a', 'b', { rename: renamer.rename, sleep: (ms) => sleeps.push(ms) })
    expect(renamer.calls).toHaveLength(2)
    expect(sleeps).toEqual([RENAME_RETRY_DELAYS_MS[0]])
  })

  it('gives up after the last pause with a Korean message the start-up box shows', () => {
    const sleeps: number[] = []
    const renamer = failingRename(Infinity, 'EBUSY')
    let thrown: unknown
    try {
      renameWithRetry('C:\\data\\cache.sqlite', 'C:\\data\\cache.corrupt.sqlite', { rename: renamer.rename, sleep: (ms) => sleeps.push(ms) })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(FileLockedError)
    expect((thrown as FileLockedError).causeCode).toBe('EBUSY')
    expect(renamer.calls).toHaveLength(RENAME_RETRY_DELAYS_MS.length + 1)
    expect(sleeps).toEqual([...RENAME_RETRY_DELAYS_MS])
    expect(explainFailure(thrown)).toMatchObject({ code: 'cache_unavailable', message: FILE_LOCKED_MESSAGE, unexpected: false })
    expect(FILE_LOCKED_MESSAGE).toMatch(/다른 업무도구/)
    expect(FILE_LOCKED_MESSAGE).toMatch(/PC를 다시 시작/)
  })

  it('does not wait on a failure that is no lock', () => {
    const sleeps: number[] = []
    const renamer = failingRename(1, 'ENOENT')
    expect(() => renameWithRetry('a', 'b', { rename: renamer.rename, sleep: (ms) => sleeps.push(ms) })).toThrow(/ENOENT/)
    expect(renamer.calls).toHaveLength(1)
    expect(sleeps).toEqual([])
  })

  describe('on the disk', () => {
    const dirs: string[] = []
    afterEach(() => {
      for (const dir of dirs.splice(0)) removeTestDir(dir)
    })

    it('moves the file with the real rename and the real pause', () => {
      const dir = mkdtempSync(join(tmpdir(), 'rename-retry-'))
      dirs.push(dir)
      writeFileSync(join(dir, 'from'), 'kept')
      renameWithRetry(join(dir, 'from'), join(dir, 'to'))
      expect(existsSync(join(dir, 'from'))).toBe(false)
      expect(readFileSync(join(dir, 'to'), 'utf8')).toBe('kept')
    })
  })
})
