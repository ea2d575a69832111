import { spawn } from 'node:child_process'
import { runCli } from '../../src/main/cli/run'
import { TEST_CACHE_KEY } from '../cacheKey'

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** What a CLI run needs in its environment here: the test cache key and the demo password. */
export const CLI_ENV = { SEOUL_DESK_CACHE_KEY: TEST_CACHE_KEY, PORTAL_PASSWORD: 'demo' }

/** The CLI as IT staff and Task Scheduler run it: a separate process. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli/index.ts', ...args], {
      env: { ...process.env, ...CLI_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

/** The same entry point in this process, for the many small cases. */
export async function cliInProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: { ...CLI_ENV, ...env } })
  return { code, stdout, stderr }
}
