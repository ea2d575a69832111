import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, type CliRuntime } from '../../../src/main/cli/run'
import { windowsText, writeOutFile } from '../../../src/main/cli/outFile'
import { appCacheKey } from '../../../src/main/app/startup'
import { SEALED_KEY_FILE_NAME, type KeySealer } from '../../../src/main/core/cacheKey'
import { startPortalSimulator, type PortalSimulator } from '../../../src/main/simulator'
import { makeTempDir } from '../../helpers/tempDir'
import { cliInProcess } from '../../helpers/cli'

/** Asserts the bytes --out promises and returns the text as written (BOM off, CRLF back to LF). */
function readWindowsText(file: string): string {
  const bytes = readFileSync(file)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.subarray(3).toString('utf8')
  // Every line feed has its carriage return, and no carriage return stands alone.
  expect(text.match(/\n/g)?.length ?? 0).toBe(text.match(/\r\n/g)?.length ?? 0)
  expect(text.match(/\r/g)?.length ?? 0).toBe(text.match(/\r\n/g)?.length ?? 0)
  return text.replace(/\r\n/g, '\n')
}

describe('windowsText', () => {
  it('is UTF-8 with a BOM and CRLF, and reads back to the same Korean text', () => {
    const bytes = windowsText('이름\t상태\n강소기업\t심사 중\n')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.subarray(3).toString('utf8')).toBe('이름\t상태\r\n강소기업\t심사 중\r\n')
  })

  it('leaves line ends that already are CRLF as they are (no \\r\\r\\n)', () => {
    expect(windowsText('가\r\n나\n').subarray(3).toString('utf8')).toBe('가\r\n나\r\n')
  })
})

describe('--out FILE', () => {
  let dir: ReturnType<typeof makeTempDir>
  let sim: PortalSimulator
  beforeAll(async () => {
    dir = makeTempDir()
    sim = await startPortalSimulator({ port: 0, seed: 11, scale: 20 })
  })
  afterAll(async () => {
    await sim.close()
    dir.remove()
  })

  it('writes what the command prints instead of printing it: the usage, in Korean, intact', async () => {
    const plain = await cliInProcess(['--help'])
    const file = join(dir.path, '도움말', 'usage.txt')
    const captured = await cliInProcess(['--help', '--out', file])
    expect(captured.code).toBe(0)
    expect(captured.stdout).toBe('')
    expect(readWindowsText(file)).toBe(plain.stdout)
    expect(plain.stdout).toContain('사용법')
    // Written through a temporary file: nothing else is left in the folder.
    expect(readdirSync(join(dir.path, '도움말'))).toEqual(['usage.txt'])
  })

  it("keeps the command's exit code and stderr; a failed command still leaves its (empty) output", async () => {
    const file = join(dir.path, 'failed.txt')
    const result = await cliInProcess(['list', 'no-such-collection', '--data-dir', join(dir.path, 'data'), '--out', file])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('collection')
    expect(readWindowsText(file)).toBe('')
  })

  it('a file that cannot be written is a Korean failure, exit 1', async () => {
    const blocker = join(dir.path, 'not-a-folder')
    writeFileSync(blocker, '')
    const result = await cliInProcess(['--help', '--out', join(blocker, 'x.txt')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('--out 파일을 쓸 수 없습니다')
  })

  it('writeOutFile replaces an older file whole', () => {
    const file = join(dir.path, 'again.txt')
    writeOutFile(file, '첫 번째 실행, 아주 긴 줄입니다\n')
    writeOutFile(file, '둘\n')
    expect(readWindowsText(file)).toBe('둘\n')
  })

  it('with the cache key the app seals (CliRuntime.cacheKey), no SEOUL_DESK_CACHE_KEY is needed; list --out matches list', async () => {
    // A stand-in for safeStorage: what cliMode injects in the installed app is appCacheKey over it.
    const sealer: KeySealer = {
      available: () => true,
      seal: (text) => Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ 0x42)),
      unseal: (sealed) => Buffer.from(sealed.map((byte) => byte ^ 0x42)).toString('utf8')
    }
    const runtime: CliRuntime = { cacheKey: async (dataDir) => (await appCacheKey({ dataDir, sealer, packaged: true, env: {} })).key, packaged: true }
    const dataDir = join(dir.path, 'sealed')
    const run = async (args: string[]) => {
      let stdout = ''
      let stderr = ''
      const env = { PORTAL_PASSWORD: 'demo' }
      const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env }, runtime)
      return { code, stdout, stderr }
    }
    const synced = await run(['sync', '--portal', sim.url, '--user', 'manager', '--data-dir', dataDir, '--json'])
    expect(synced.code, synced.stderr).toBe(0)
    expect(existsSync(join(dataDir, SEALED_KEY_FILE_NAME))).toBe(true)
    const listed = await run(['list', 'sme-applications', '--data-dir', dataDir])
    expect(listed.code, listed.stderr).toBe(0)
    expect(listed.stdout.split('\n').length).toBeGreaterThan(2)
    const file = join(dir.path, 'sme.tsv')
    const written = await run(['list', 'sme-applications', '--data-dir', dataDir, '--out', file])
    expect(written.code, written.stderr).toBe(0)
    expect(readWindowsText(file)).toBe(listed.stdout)
    // Without the sealed key (npm run cli, no SEOUL_DESK_CACHE_KEY) the same folder is refused.
    const withoutKey = await cliInProcess(['list', 'sme-applications', '--data-dir', dataDir], { SEOUL_DESK_CACHE_KEY: '' })
    expect(withoutKey.code).toBe(1)
    expect(withoutKey.stderr).toContain('캐시 키')
  })
})
