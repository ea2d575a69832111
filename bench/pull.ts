import Database from 'better-sqlite3'
import { createCore } from '../src/main/core'
import { sourceDecodeWorker } from '../src/main/sync/pageDecoder'
import type { RemoteSim } from './remoteSim'
import { COLLECTIONS } from '../src/shared/portal'
import { record, tempDir } from './util'

async function token(sim: RemoteSim): Promise<string> {
  const response = await fetch(`${sim.url}/admin/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'password', username: 'manager', password: 'demo' })
  })
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
  const core = await createCore({ dataDir, portalUrl: sim.url, log: () => undefined, pageSize, ...(process.env.NOWORKER ? {} : { decodeWorker: sourceDecodeWorker() }) })
  await core.context.session.signIn('manager', 'demo')
  const started = performance.now()
  const summary = await core.context.sync.start().done
  const ms = performance.now() - started
  if (summary.error) throw new Error(`sync failed: ${summary.error.message}`)
  const records = Object.values(summary.pulled).reduce((a, b) => a + b, 0)
  return { core, records, ms }
}

export async function benchFullPull(sim: RemoteSim, dataDir: string) {
  const pageSize = 1000
  const raw = await rawBaselinePull(sim, pageSize)
  const rssBefore = process.memoryUsage().rss
  const app = await appFullPull(sim, dataDir, pageSize)
  const rawRate = (raw.records / raw.ms) * 1000
  const appRate = (app.records / app.ms) * 1000
  record({ name: `full pull, ${app.records.toLocaleString('en-US')} records, 4 feeds (app)`, value: app.ms / 1000, unit: 's', baseline: { label: 'raw fetch+insert', value: raw.ms / 1000 } })
  record({
    name: 'full pull rate (app)',
    value: appRate,
    unit: 'records/s',
    baseline: { label: 'raw', value: rawRate },
    target: '≥ 0.5 × raw',
    ok: appRate >= rawRate * 0.5
  })
  record({ name: 'RSS growth during the app pull', value: (process.memoryUsage().rss - rssBefore) / 1048576, unit: 'MB' })
  return app.core
}
