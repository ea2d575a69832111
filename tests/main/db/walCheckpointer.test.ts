import { statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CACHE_FILE_NAME, WAL_AUTOCHECKPOINT_PAGES } from '../../../src/main/db/connection'
import { sourceCheckpointWorker } from '../../../src/main/db/walCheckpointer'
import type { CoreOptions } from '../../../src/main/core'
import { COLLECTIONS } from '../../../src/shared/portal'
import { startHarness, type SimHarness } from '../../helpers/sim'

const TABLES = ['attractive_jobs', 'sme_applications', 'reemployment_sessions', 'reemployment_registrations']

describe('db/walCheckpointer: WAL checkpoints on their own thread while a sync writes', () => {
  let h: SimHarness
  afterEach(async () => h?.close())

  /** Runs one sync, noting the main connection's auto-checkpoint setting while it runs. */
  async function syncWatching(checkpointWorker: CoreOptions['checkpointWorker']) {
    const warnings: string[] = []
    h = await startHarness({ scale: 300 }, { ...(checkpointWorker ? { checkpointWorker } : {}), log: (level, message) => level !== 'info' && warnings.push(message) })
    const db = h.core.context.db
    const file = join(h.core.context.dataDir, CACHE_FILE_NAME)
    const sizeBefore = statSync(file).size
    const autocheckpoint = () => db.pragma('wal_autocheckpoint', { simple: true }) as number
    const seen = new Set<number>()
    const watch = setInterval(() => seen.add(autocheckpoint()), 5)
    const summary = await h.sync()
    clearInterval(watch)
    expect(summary.error).toBeNull()
    const stats = h.sim.control.stats()
    COLLECTIONS.forEach((collection, i) => expect(db.prepare(`SELECT count(*) AS n FROM ${TABLES[i]}`).get()).toEqual({ n: stats.counts[collection].live }))
    return { warnings, seen, after: autocheckpoint(), grownBy: statSync(file).size - sizeBefore }
  }

  it('copies the WAL into the cache file from the thread during the sync, and leaves checkpoints to commits after it', async () => {
    const run = await syncWatching(sourceCheckpointWorker())
    expect(run.warnings).toEqual([])
    // The main connection never checkpointed during the sync …
    expect(run.seen).toContain(0)
    // … and the records reached the database file all the same: the WAL of a sync this small stays
    // far below the commit threshold, so only the thread can have copied them there.
    expect(run.grownBy).toBeGreaterThan(1024 * 1024)
    expect(run.after).toBe(WAL_AUTOCHECKPOINT_PAGES)
  })

  it('without the thread the same sync leaves its pages in the WAL (what the test above tells apart)', async () => {
    const run = await syncWatching(undefined)
    expect([...run.seen]).toEqual([WAL_AUTOCHECKPOINT_PAGES])
    expect(run.grownBy).toBeLessThan(1024 * 1024)
  })

  it('falls back to checkpoints on commit, and says so, when the thread cannot start; the sync is unharmed', async () => {
    const run = await syncWatching({ file: join(__dirname, 'no-such-checkpoint-worker.js') })
    expect(run.warnings.some((message) => message.startsWith('checkpoint thread unavailable'))).toBe(true)
    expect(run.after).toBe(WAL_AUTOCHECKPOINT_PAGES)
  })
})
