import { createCore, type Core } from '../src/main/core'
import { enqueueWrite } from '../src/main/outbox/queue'
import { commentOp } from '../src/main/domains/attractive-jobs/ops'
import type { RemoteSim } from './remoteSim'
import { record, tempDir, BENCH_CACHE_KEY } from './util'

/** Queues `count` comments spread over many records, then times one sync pushing them all. */
async function pushRun(core: Core, count: number, label: string) {
  const db = core.context.db
  const ids = (db.prepare(`SELECT id FROM attractive_jobs ORDER BY id`).all() as { id: string }[]).map((r) => r.id)
  const staff = core.context.session.requireStaff()
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      enqueueWrite(db, commentOp, {recordId: ids[i % ids.length]!, body: { body: `벤치마크 의견 ${label} ${i}` }, actorId: staff.id, now: new Date() })
    }
  })()
  const started = performance.now()
  let pushed = 0
  for (let round = 0; round < 20; round += 1) {
    const summary = await core.context.sync.start().done
    pushed += summary.pushed
    if (pushed >= count) break
  }
  const ms = performance.now() - started
  return { pushed, ms }
}

export async function benchPush(sim: RemoteSim) {
  const dir = tempDir('bench-push-')
  const core = await createCore({ cacheKey: BENCH_CACHE_KEY, dataDir: dir.path, portalUrl: sim.url, log: () => undefined, push: { maxWaitMs: 120_000, backoff: { baseMs: 50, maxMs: 1_000 } } })
  try {
    await core.context.session.signIn('manager', 'demo')
    await core.context.sync.start().done
    const clean = await pushRun(core, 10_000, 'clean')
    record({ name: `push ${clean.pushed.toLocaleString('en-US')} queued writes, no faults (sync incl. delta pull)`, value: (clean.pushed / clean.ms) * 1000, unit: 'writes/s' })
    await sim.setFaults({ rate429: 0.07, rate503: 0.07, dropRate: 0.07, retryAfterSeconds: 0 })
    const faulty = await pushRun(core, 10_000, 'faulty')
    await sim.setFaults({ rate429: 0, rate503: 0, dropRate: 0 })
    record({ name: `push ${faulty.pushed.toLocaleString('en-US')} queued writes, 21% of calls failing`, value: (faulty.pushed / faulty.ms) * 1000, unit: 'writes/s' })
  } finally {
    core.close()
    dir.remove()
  }
}

/** 1,000 records changed by other staff, pulled into a 100k-record cache, end to end (one sync). */
export async function benchDeltaPull(sim: RemoteSim, core: Core) {
  await sim.otherStaffEdit('attractive-jobs', 1000)
  const started = performance.now()
  const summary = await core.context.sync.start().done
  const ms = performance.now() - started
  const pulled = Object.values(summary.pulled).reduce((a, b) => a + b, 0)
  record({ name: `delta pull of ${pulled} changes into a 100k cache (whole sync)`, value: ms, unit: 'ms', target: '< 1,000 ms', ok: ms < 1000 })
}
