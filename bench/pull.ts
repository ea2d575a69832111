import Database from 'better-sqlite3'
import { createCore } from '../src/main/core'
import { sourceDecodeWorker } from '../src/main/sync/pageDecoder'
import { sourceCheckpointWorker } from '../src/main/db/walCheckpointer'
import type { RemoteSim } from './remoteSim'
import { COLLECTIONS } from '../src/shared/portal'
import { record, tempDir, BENCH_CACHE_KEY } from './util'

async function token(sim: RemoteSim): Promise<string> {
  const send = () =>
    fetch(`${sim.url}/admin/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'password', username: 'manager', password: 'demo' })
    })
  // After the app's pull the kept-alive socket of the previous raw pull may be closed just as it is reused (as remoteSim's post).
  const response = await send().catch(() => send())
  return ((await response.json()) as { access_token: string }).access_token
}

/**
 * The raw baseline: the same feed pages fetched over the same loopback and inserted with plain
 * better-sqlite3 (id, version, JSON) in one transaction per page — no validation, no indexes, no search.
 */
export async function rawBaselinePull(sim: RemoteSim, pageSize: number): Promise<{ records: number; ms: number }> {
  const dir = tempDir('bench-raw-')
  const db = new Database(`${dir.path}/raw.sqlite`)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec(`CREATE TABLE records (collection TEXT, id TEXT, version INTEGER, json TEXT, PRIMARY KEY (collection, id))`)
  const insert = db.prepare(`INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)`)
  const access = await token(sim)
  const started = performance.now()
  let records = 0
  for (const collection of COLLECTIONS) {
    let cursor: string | null = null
    for (;;) {
      const url = `${sim.url}/admin/v1/${collection}/changes?limit=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
      const page = (await (await fetch(url, { headers: { authorization: `Bearer ${access}` } })).json()) as {
        items: { id: string; version: number }[]
        next_cursor: string
        has_more: boolean
      }
      db.transaction(() => {
        for (const item of page.items) insert.run(collection, item.id, item.version, JSON.stringify(item))
      })()
      records += page.items.length
      cursor = page.next_cursor
      if (!page.has_more) break
    }
  }
  const ms = performance.now() - started
  db.close()
  dir.remove()
  return { records, ms }
}

/** The app's full pull (validation, typed columns, rule checks, both search indexes) into an empty cache. */
export async function appFullPull(sim: RemoteSim, dataDir: string, pageSize: number) {
  const core = await createCore({ cacheKey: BENCH_CACHE_KEY, dataDir, portalUrl: sim.url, log: () => undefined, pageSize, ...(process.env.NOWORKER ? {} : { decodeWorker: sourceDecodeWorker() }), ...(process.env.NOCHECKPOINTER ? {} : { checkpointWorker: sourceCheckpointWorker() }) })
  await core.context.session.signIn('manager', 'demo')
  const started = performance.now()
  const summary = await core.context.sync.start().done
  const ms = performance.now() - started
  if (summary.error) throw new Error(`sync failed: ${summary.error.message}`)
  const records = Object.values(summary.pulled).reduce((a, b) => a + b, 0)
  return { core, records, ms }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * Pairs of runs, raw then app, interleaved (BENCH_PULL_PAIRS, default 3): on this shared 2-core
 * machine the raw run alone varies by half from one minute to the next, so one pair can pass or fail
 * by chance; the rate is compared on the medians, and every pair is printed.
 */
export async function benchFullPull(sim: RemoteSim, dataDir: string) {
  const pageSize = 1000
  const pairs = Math.max(1, Number(process.env.BENCH_PULL_PAIRS ?? 3))
  const rawMs: number[] = []
  const appMs: number[] = []
  let records = 0
  let rssGrowth = 0
  let core: Awaited<ReturnType<typeof appFullPull>>['core'] | null = null
  for (let pair = 0; pair < pairs; pair += 1) {
    const raw = await rawBaselinePull(sim, pageSize)
    // The last pair's cache stays for the query benchmarks, in the caller's directory.
    const last = pair === pairs - 1
    const runDir = last ? null : tempDir('bench-pull-')
    const rssBefore = process.memoryUsage().rss
    const app = await appFullPull(sim, runDir?.path ?? dataDir, pageSize)
    if (pair === 0) rssGrowth = (process.memoryUsage().rss - rssBefore) / 1048576
    if (runDir) {
      app.core.close()
      runDir.remove()
    } else core = app.core
    records = app.records
    rawMs.push(raw.ms)
    appMs.push(app.ms)
    process.stdout.write(`  pair ${pair + 1}: raw ${(raw.ms / 1000).toFixed(1)} s, app ${(app.ms / 1000).toFixed(1)} s (${(raw.ms / app.ms).toFixed(2)}×)\n`)
  }
  const rawRate = (records / median(rawMs)) * 1000
  const appRate = (records / median(appMs)) * 1000
  record({ name: `full pull, ${records.toLocaleString('en-US')} records, 4 feeds (app, median of ${pairs})`, value: median(appMs) / 1000, unit: 's', baseline: { label: 'raw fetch+insert', value: median(rawMs) / 1000 } })
  record({
    name: 'full pull rate (app)',
    value: appRate,
    unit: 'records/s',
    baseline: { label: 'raw', value: rawRate },
    target: '≥ 0.5 × raw',
    ok: appRate >= rawRate * 0.5
  })
  record({ name: 'RSS growth during the first app pull', value: rssGrowth, unit: 'MB' })
  if (!core) throw new Error('no full pull ran')
  return core
}
