import { spawn } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore } from '../../../src/main/core'
import { listInbox } from '../../../src/main/outbox/inbox'
import { startPortalSimulator, type PortalSimulator } from '../../../src/main/simulator'
import { startHarness, type SimHarness } from '../../helpers/sim'
import { makeTempDir } from '../../helpers/tempDir'
import { queueWorkload, verifyExactlyOnce } from '../../helpers/workload'
import { TEST_CACHE_KEY } from '../../cacheKey'

const FAULTS = { rate429: 0.08, rate503: 0.07, dropRate: 0.08, retryAfterSeconds: 0, otherStaffEditRate: 0.03 }

describe('outbox under faults: exactly once, nothing lost', () => {
  let h: SimHarness | null = null
  afterEach(async () => {
    await h?.close()
    h = null
  })

  it('delivers thousands of queued writes of every kind exactly once through 23% failing calls and other staff edits', async () => {
    h = await startHarness({ scale: 1200, seed: 11 })
    await h.sync()
    const { db } = h.core.context
    const workload = queueWorkload(db, { seed: 3, scale: 1200, actorId: h.core.context.session.requireStaff().id })
    expect(workload.total).toBeGreaterThan(2000)
    h.sim.faults.set(FAULTS)
    for (let round = 0; round < 20; round += 1) {
      const summary = await h.core.context.sync.start().done
      if (summary.pushed === 0 && summary.conflicts === 0 && summary.rejected === 0) break
    }
    h.sim.faults.set({ rate429: 0, rate503: 0, dropRate: 0, otherStaffEditRate: 0 })
    await h.core.context.sync.start().done
    const stats = h.sim.control.stats()
    expect(stats.faultsInjected.total).toBeGreaterThan(workload.total * 0.2)
    expect(stats.idempotentReplays).toBeGreaterThan(0)
    const result = verifyExactlyOnce(db, h.sim, workload, expect)
    expect(result.done + result.parked + result.waiting).toBe(workload.total)
    expect(result.done).toBeGreaterThan(workload.total * 0.8)
    const inbox = listInbox(db, 'S-0001')
    expect(inbox).toHaveLength(result.parked)
    expect(inbox.reduce((n, item) => n + item.waitingBehind, 0)).toBe(result.waiting)
    // After the last pull the cache and the portal agree on every record without a waiting write.
    const cached = db.prepare(`SELECT r.id, r.version FROM attractive_jobs r JOIN attractive_jobs_json j ON j.rowid = r.rowid WHERE j.local_raw IS NULL`).all() as { id: string; version: number }[]
    for (const row of cached) expect(row.version).toBe((h.sim.control.record('attractive-jobs', row.id) as { version: number }).version)
  }, 240_000)
})

describe('crash safety: a sync killed with SIGKILL several times, then finished', () => {
  let sim: PortalSimulator | null = null
  let dir: ReturnType<typeof makeTempDir> | null = null
  afterEach(async () => {
    await sim?.close()
    dir?.remove()
  })

  function runCli(args: string[], killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli/index.ts', ...args], { env: { ...process.env, SEOUL_DESK_CACHE_KEY: TEST_CACHE_KEY }, stdio: ['ignore', 'pipe', 'pipe'] })
      let stderr = ''
      let stdout = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      child.on('exit', (code, signal) => {
        if (timer) clearTimeout(timer)
        resolve({ code, signal, stderr, stdout })
      })
    })
  }

  it('loses nothing and doubles nothing', async () => {
    sim = await startPortalSimulator({ port: 0, seed: 5, scale: 400 })
    dir = makeTempDir()
    const syncArgs = ['sync', '--portal', sim.url, '--user', 'manager', '--password', 'demo', '--data-dir', dir.path, '--json']
    expect((await runCli(syncArgs)).code).toBe(0)
    const core = await createCore({ cacheKey: TEST_CACHE_KEY, dataDir: dir.path, log: () => undefined })
    const workload = queueWorkload(core.context.db, { seed: 9, scale: 400, actorId: 'S-0001' })
    core.close()
    // Latency keeps each run busy long enough to be killed mid-push (a run that finishes first is fine).
    sim.faults.set({ ...FAULTS, latencyMs: 40 })

    let killed = 0
    for (let i = 0; i < 8 && killed < 4; i += 1) {
      const result = await runCli(syncArgs, 1_200 + Math.floor(Math.random() * 1_400))
      if (result.signal === 'SIGKILL') killed += 1
    }
    expect(killed).toBeGreaterThanOrEqual(3)
    sim.faults.set({ rate429: 0, rate503: 0, dropRate: 0, otherStaffEditRate: 0, latencyMs: 0 })
    for (let i = 0; i < 5; i += 1) {
      const finish = await runCli(syncArgs)
      expect(finish.code, finish.stderr).toBe(0)
      if (/pushed":0,/.test(finish.stdout) && /conflicts":0,"rejected":0/.test(finish.stdout)) break
    }
    const final = await createCore({ cacheKey: TEST_CACHE_KEY, dataDir: dir.path, log: () => undefined })
    try {
      const result = verifyExactlyOnce(final.context.db, sim, workload, expect)
      expect(result.done + result.parked + result.waiting).toBe(workload.total)
    } finally {
      final.close()
    }
  }, 240_000)
})
