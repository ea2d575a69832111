import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXIT_OK, EXIT_USAGE, runCli, type CliRuntime } from '../../../src/main/cli/run'
import { startPortalSimulator, type PortalSimulator } from '../../../src/main/simulator'
import { CLI_ENV } from '../../helpers/cli'
import { makeTempDir } from '../../helpers/tempDir'

async function run(args: string[], runtime: CliRuntime) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: { ...CLI_ENV } }, runtime)
  return { code, stdout, stderr }
}

/**
 * A scheduled `sync` names no --portal: the address comes from what 설정 (or an earlier sign-in)
 * stored, else from IT's machine-wide defaults file, which stays a default (never stored).
 */
describe('CLI sync: which portal it talks to', () => {
  let sim: PortalSimulator
  let dir: ReturnType<typeof makeTempDir>
  beforeAll(async () => {
    sim = await startPortalSimulator({ port: 0, seed: 5, scale: 20 })
    dir = makeTempDir()
  })
  afterAll(async () => {
    await sim.close()
    dir.remove()
  })

  it('without --portal, an address nobody stored and no machine default: exit 2 with the reason', async () => {
    const result = await run(['sync', '--user', 'manager', '--data-dir', join(dir.path, 'none')], { machineDefaultsFile: null })
    expect(result.code).toBe(EXIT_USAGE)
    expect(result.stderr.split('\n')[0]).toBe('포털 주소가 없습니다: --portal URL 을 주거나 앱의 설정에서 포털 주소를 저장하세요.')
  })

  it("uses the machine's defaults.json without storing it", async () => {
    const defaults = join(dir.path, 'defaults.json')
    // As Notepad writes it: UTF-8 with a BOM.
    writeFileSync(defaults, `\uFEFF${JSON.stringify({ portalUrl: sim.url })}`, 'utf8')
    const dataDir = join(dir.path, 'machine')
    const synced = await run(['sync', '--user', 'manager', '--data-dir', dataDir, '--json'], { machineDefaultsFile: defaults })
    expect(synced.code, synced.stderr).toBe(EXIT_OK)
    expect(JSON.parse(synced.stdout)).toMatchObject({ pulled: { 'attractive-jobs': sim.control.stats().counts['attractive-jobs'].live } })
    const withoutDefaults = await run(['sync', '--user', 'manager', '--data-dir', dataDir], { machineDefaultsFile: null })
    expect(withoutDefaults.code).toBe(EXIT_USAGE)
  })

  it('after one sync with --portal, the stored address serves the next', async () => {
    const dataDir = join(dir.path, 'stored')
    expect((await run(['sync', '--portal', sim.url, '--user', 'manager', '--data-dir', dataDir], { machineDefaultsFile: null })).code).toBe(EXIT_OK)
    const again = await run(['sync', '--user', 'manager', '--data-dir', dataDir, '--json'], { machineDefaultsFile: null })
    expect(again.code, again.stderr).toBe(EXIT_OK)
  })

  it("the installed app's usage names the program and needs no key in the environment", async () => {
    const usage = await run(['--help'], { programName: 'SeoulJobsDesk.exe --cli', cacheKey: () => Promise.resolve('k'.repeat(32)) })
    expect(usage.code).toBe(EXIT_OK)
    expect(usage.stdout.split('\n')[0]).toBe('사용법: SeoulJobsDesk.exe --cli <명령> [옵션]')
    expect(usage.stdout).not.toContain('SEOUL_DESK_CACHE_KEY')
    const source = await run(['--help'], {})
    expect(source.stdout.split('\n')[0]).toBe('사용법: npm run cli -- <명령> [옵션]')
    expect(source.stdout).toContain('SEOUL_DESK_CACHE_KEY')
  })
})
