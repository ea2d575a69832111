import Database from 'better-sqlite3'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { startPortalSimulator, type PortalSimulator } from '../../../src/main/simulator'
import { RULE_CODES } from '../../../src/shared/domains/attractive-jobs/rules'
import type { AttractiveJob } from '../../../src/shared/portal'
import { CACHE_FILE_NAME } from '../../../src/main/db/connection'
import { makeTempDir } from '../../helpers/tempDir'
import { applyCacheKey } from '../../../src/main/db/cacheKey'
import { TEST_CACHE_KEY } from '../../cacheKey'

/** Runs the CLI as IT staff would: a separate process, over HTTP to the simulator. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli/index.ts', ...args], {
      env: { ...process.env, PORTAL_PASSWORD: 'demo', SEOUL_DESK_CACHE_KEY: TEST_CACHE_KEY, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

/** The same entry point in-process, for the many small cases. */
async function cliInProcess(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: { SEOUL_DESK_CACHE_KEY: TEST_CACHE_KEY, PORTAL_PASSWORD: 'demo' } })
  return { code, stdout, stderr }
}

describe('CLI on the same core, against a live simulator', () => {
  let sim: PortalSimulator
  let dir: ReturnType<typeof makeTempDir>
  beforeAll(async () => {
    sim = await startPortalSimulator({ port: 0, seed: 3, scale: 250 })
    dir = makeTempDir()
  })
  afterAll(async () => {
    await sim.close()
    dir.remove()
  })

  it('sync --json pulls every collection, reports progress on stderr and a summary on stdout', async () => {
    const result = await cli(['sync', '--portal', sim.url, '--user', 'manager', '--data-dir', dir.path, '--json'], { PORTAL_PASSWORD: 'demo' })
    expect(result.code, result.stderr).toBe(0)
    const summary = JSON.parse(result.stdout) as { pulled: Record<string, number>; pushed: number; conflicts: number; rejected: number; quarantined: number }
    const stats = sim.control.stats()
    expect(summary.pulled['attractive-jobs']).toBe(stats.counts['attractive-jobs'].live)
    expect(summary).toMatchObject({ pushed: 0, conflicts: 0, rejected: 0, quarantined: 0 })
    const status = await cli(['status', '--json', '--data-dir', dir.path])
    expect(status.code).toBe(0)
    const parsed = JSON.parse(status.stdout) as { collections: Record<string, { count: number; last_pulled_at: string }>; outbox: object; quarantine: number }
    expect(Object.keys(parsed.collections).sort()).toEqual(['attractive-jobs', 'reemployment-registrations', 'reemployment-sessions', 'sme-applications'])
    expect(parsed.collections['reemployment-sessions']!.count).toBe(stats.counts['reemployment-sessions'].live)
    expect(parsed.outbox).toEqual({ pending: 0, conflicts: 0, rejected: 0 })
    expect(parsed.quarantine).toBe(0)
  })

  it('list --json gives id, version, status and the rule failures; --failing keeps only failing records', async () => {
    const all = JSON.parse((await cliInProcess(['list', 'attractive-jobs', '--json', '--data-dir', dir.path])).stdout) as {
      id: string
      version: number
      status: string
      rule_failures: string[]
    }[]
    expect(all.length).toBe(sim.control.stats().counts['attractive-jobs'].live)
    for (const row of all) {
      expect(row).toMatchObject({ id: expect.any(String), version: expect.any(Number), status: expect.any(String) })
      expect(Array.isArray(row.rule_failures)).toBe(true)
      for (const code of row.rule_failures) expect(RULE_CODES).toContain(code)
    }
    const failing = JSON.parse((await cliInProcess(['list', 'attractive-jobs', '--json', '--failing', '--data-dir', dir.path])).stdout) as typeof all
    expect(failing.length).toBe(all.filter((r) => r.rule_failures.length > 0).length)
    expect(failing.length).toBeGreaterThan(0)
    const lowWage = all.find((r) => r.rule_failures.includes('living_wage'))!
    expect((sim.control.record('attractive-jobs', lowWage.id) as AttractiveJob).hourly_wage).toBeLessThan(12121)
    const inReview = JSON.parse((await cliInProcess(['list', 'attractive-jobs', '--json', '--status', 'in_review', '--data-dir', dir.path])).stdout) as typeof all
    expect(inReview.every((r) => r.status === 'in_review')).toBe(true)
    const sessions = JSON.parse((await cliInProcess(['list', 'reemployment-sessions', '--json', '--data-dir', dir.path])).stdout) as { id: string }[]
    expect(sessions.length).toBe(sim.control.stats().counts['reemployment-sessions'].live)
  })

  it('queues write commands locally, refuses impossible ones with one line and exit 1, and sync sends them', async () => {
    const list = JSON.parse((await cliInProcess(['list', 'attractive-jobs', '--json', '--data-dir', dir.path])).stdout) as { id: string; status: string }[]
    const submitted = list.find((r) => r.status === 'submitted')!.id
    const refused = await cliInProcess(['review', submitted, 'approve', '--data-dir', dir.path])
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim().split('\n')).toHaveLength(1)
    expect(refused.stderr).toContain('접수 상태에서는 적정 처리할 수 없습니다.')
    const noReason = await cliInProcess(['review', submitted, 'reject', '--data-dir', dir.path])
    expect(noReason.code).toBe(1)
    expect(noReason.stderr).toContain('5자 이상')
    expect((await cliInProcess(['review', submitted, 'start_review', '--data-dir', dir.path])).code).toBe(0)
    expect((await cliInProcess(['review', submitted, 'request_revision', '--reason', '사전교육 계획을 보완해 주십시오', '--data-dir', dir.path])).code).toBe(0)
    // Through the same handler as the app: the decision carries the rule checks it was made on.
    const cache = new Database(join(dir.path, CACHE_FILE_NAME), { readonly: true })
    applyCacheKey(cache, TEST_CACHE_KEY)
    const queued = cache.prepare(`SELECT body FROM outbox WHERE op = 'attractive_job.review' AND record_id = ? ORDER BY seq DESC LIMIT 1`).get(submitted) as { body: string }
    cache.close()
    const decision = JSON.parse(queued.body) as { action: string; checks?: { rule: string; passed: boolean }[] }
    expect(decision.action).toBe('request_revision')
    expect(decision.checks?.map((check) => check.rule).sort()).toEqual([...RULE_CODES].sort())
    expect((await cliInProcess(['comment', submitted, '예산', '확인', '요청', '--data-dir', dir.path])).code).toBe(0)
    const regs = JSON.parse((await cliInProcess(['list', 'reemployment-registrations', '--json', '--status', 'registered', '--data-dir', dir.path])).stdout) as { id: string; session_id: string }[]
    expect((await cliInProcess(['attendance', regs[0]!.id, 'late', '--at', '2026-12-09T14:20:00+09:00', '--data-dir', dir.path])).code).toBe(0)
    const badAt = await cliInProcess(['attendance', regs[0]!.id, 'late', '--at', 'yesterday', '--data-dir', dir.path])
    expect(badAt.code).toBe(2)
    const walkIn = await cliInProcess(['walk-in', regs[1]!.session_id, '--name', '김영희', '--birth-year', '1965', '--phone', '010-3333-4444', '--data-dir', dir.path, '--json'])
    expect(walkIn.code, walkIn.stderr).toBe(0)
    const badPhone = await cliInProcess(['walk-in', regs[1]!.session_id, '--name', '김영희', '--birth-year', '1965', '--phone', '12', '--data-dir', dir.path])
    expect(badPhone.code).toBe(1)
    expect(badPhone.stderr.trim().split('\n')).toHaveLength(1)
    const status = JSON.parse((await cliInProcess(['status', '--json', '--data-dir', dir.path])).stdout) as { outbox: { pending: number } }
    expect(status.outbox.pending).toBe(5)

    const sync = await cli(['sync', '--portal', sim.url, '--user', 'manager', '--password', 'demo', '--data-dir', dir.path, '--json'])
    expect(sync.code, sync.stderr).toBe(0)
    expect(JSON.parse(sync.stdout)).toMatchObject({ pushed: 5, conflicts: 0, rejected: 0 })
    const record = sim.control.record('attractive-jobs', submitted) as AttractiveJob
    expect(record.status).toBe('revision_requested')
    expect(record.comments.at(-1)?.body).toBe('예산 확인 요청')
  })

  it('exits 2 with usage for bad usage and 1 with a one-line Korean reason for failures', async () => {
    expect((await cliInProcess([])).code).toBe(2)
    expect((await cliInProcess(['frobnicate', '--data-dir', dir.path])).code).toBe(2)
    expect((await cliInProcess(['list', 'nope', '--data-dir', dir.path])).code).toBe(2)
    expect((await cliInProcess(['sync', '--data-dir', dir.path])).code).toBe(2)
    expect((await cliInProcess(['status', '--bogus-flag'])).code).toBe(2)

    const wrong = await cli(['sync', '--portal', sim.url, '--user', 'manager', '--password', 'nope', '--data-dir', dir.path])
    expect(wrong.code).toBe(1)
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1)
    expect(wrong.stderr).toContain('아이디 또는 비밀번호')
    const unreachable = await cli(['sync', '--portal', 'http://127.0.0.1:9', '--user', 'manager', '--password', 'demo', '--data-dir', dir.path])
    expect(unreachable.code).toBe(1)
    expect(unreachable.stderr.trim().split('\n')).toHaveLength(1)
    expect(unreachable.stderr).toContain('포털에 연결할 수 없습니다')
    // Nothing cached was lost by the failures.
    const status = JSON.parse((await cliInProcess(['status', '--json', '--data-dir', dir.path])).stdout) as { collections: Record<string, { count: number }> }
    expect(status.collections['attractive-jobs']!.count).toBe(sim.control.stats().counts['attractive-jobs'].live)
  })

  it('writes need a staff member who signed in on this data folder', async () => {
    const fresh = makeTempDir()
    try {
      const result = await cliInProcess(['comment', 'AJ-1', '안녕', '--data-dir', fresh.path])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('먼저 sync --user 로 로그인하세요')
    } finally {
      fresh.remove()
    }
  })
})
