import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { CACHE_FILE_NAME, openCache } from '../../../src/main/db/connection'
import { makeTempDir } from '../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../cacheKey'

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env })
  return { code, stdout, stderr }
}

describe('CLI: the cache key from SEOUL_DESK_CACHE_KEY', () => {
  let dir: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(() => dir.remove())

  it('refuses in one Korean line (exit 1) without the variable, and creates no cache', async () => {
    const result = await cli(['status', '--json', '--data-dir', dir.path], {})
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('SEOUL_DESK_CACHE_KEY')
    expect(result.stderr).toMatch(/^오류: 캐시 키가 없습니다/)
    expect(existsSync(join(dir.path, CACHE_FILE_NAME))).toBe(false)
  })

  it('refuses a key shorter than 32 characters the same way', async () => {
    const result = await cli(['status', '--json', '--data-dir', dir.path], { SEOUL_DESK_CACHE_KEY: 'too-short' })
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('32자 이상')
  })

  it('opens the cache with the key, and refuses a key that does not open it without moving the cache', async () => {
    // The cache is opened (created) before the command runs, whatever the command then answers.
    const first = await cli(['status', '--json', '--data-dir', dir.path], { SEOUL_DESK_CACHE_KEY: TEST_CACHE_KEY })
    expect(first.stderr).not.toContain('캐시 키')
    const file = join(dir.path, CACHE_FILE_NAME)
    expect(existsSync(file)).toBe(true)
    const before = readFileSync(file)
    const wrong = await cli(['status', '--json', '--data-dir', dir.path], { SEOUL_DESK_CACHE_KEY: 'not-the-key-of-this-cache-0123456789abcdef' })
    expect(wrong.code).toBe(1)
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1)
    expect(wrong.stderr).toContain('캐시 키가 맞지 않습니다')
    expect(wrong.stderr).toContain('그대로 두었습니다')
    expect(readdirSync(dir.path).some((name) => name.startsWith('cache.corrupt-'))).toBe(false)
    expect(readFileSync(file)).toEqual(before)
    const reopened = openCache(dir.path, () => new Date(), TEST_CACHE_KEY)
    expect(reopened.recovery).toBeNull()
    reopened.db.close()
  })
})
