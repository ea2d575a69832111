/**
 * Portal simulator: a local server of the Seoul Job Portal Admin API v1 (shared/portal-admin-api.md)
 * with deterministic Korean seed data and fault injection. Plain Node (no electron).
 *
 * Test hooks over HTTP (not part of the API; never faulted, no auth):
 *   GET/PUT /__sim/faults               FaultSettings (PUT takes a partial)
 *   GET  /__sim/stats                   SimStatsSnapshot
 *   GET  /__sim/contact-log             contact look-ups (who, when, which, why)
 *   GET  /__sim/records/{collection}/{id}  the stored record as served
 *   POST /__sim/other-staff-edit        {collection, count?, id?} → {changed: [{id, version}]}
 *   POST /__sim/expire-cursors          every earlier cursor → 410 cursor_expired
 *   POST /__sim/inject-malformed        {collection, count} → {ids}
 *   POST /__sim/delete                  {collection, id} → {deleted}
 */
import type { AddressInfo } from 'node:net'
import '../../shared/koreanValidationMessages'
import { AuthService } from './auth'
import type { Sim } from './context'
import { createControl, type SimControl } from './control'
import { FaultState, type FaultSettings } from './faults'
import { seedRows, type SeedCounters } from './seed'
import { createSimServer } from './server'
import { SimStore } from './store'

export { DEMO_ACCOUNTS, type DemoAccount } from './auth'
export type { FaultSettings, FaultCounters } from './faults'
export type { SimControl, SimStatsSnapshot } from './control'
export { API_BASE } from './server'

export interface StartOptions {
  /** 0 = a free port (default). */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Default 1. */
  seed?: number
  /** ≈ records per collection (sessions ≈ scale/20, at least 4). Default 1000. */
  scale?: number
  /** SQLite file; default in-memory. An existing non-empty file is reused without reseeding. */
  dbPath?: string
  faults?: Partial<FaultSettings>
  /** Default 900. */
  tokenTtlSeconds?: number
  /** Cursors older than this get 410 cursor_expired; default: no age limit. */
  cursorTtlSeconds?: number
  log?: (line: string) => void
  /**
   * The simulator's clock, epoch ms; default Date.now. Token expiry, cursor age and every timestamp the
   * simulator writes read it, so tests can move time forward instead of sleeping.
   */
  now?: () => number
}

export interface PortalSimulator {
  /** Base URL, e.g. http://127.0.0.1:4010 — the API is under /admin/v1. */
  url: string
  port: number
  faults: { get(): FaultSettings; set(p: Partial<FaultSettings>): void }
  control: SimControl
  /** Time spent seeding, ms (0 when an existing dbPath was reused). */
  seedMs: number
  close(): Promise<void>
}

function maxRegistrationNumber(store: SimStore): number {
  const row = store.db
    .prepare<[], { id: string | null }>("SELECT max(id) AS id FROM records WHERE collection = 'reemployment-registrations' AND id GLOB 'RR-2026-[0-9]*'")
    .get()
  const m = /(\d+)$/.exec(row?.id ?? '')
  return m?.[1] ? Number(m[1]) : 0
}

export async function startPortalSimulator(opts: StartOptions = {}): Promise<PortalSimulator> {
  const seed = opts.seed ?? 1
  const scale = Math.max(0, Math.floor(opts.scale ?? 1000))
  const log = opts.log ?? (() => undefined)
  const now = opts.now ?? Date.now
  const store = new SimStore(opts.dbPath, now)
  let seedMs = 0
  if (store.isEmpty()) {
    const started = performance.now()
    const counters: SeedCounters = { attractiveJobs: 0, sme: 0, sessions: 0, registrations: 0 }
    store.seed(seedRows(seed, scale, counters))
    seedMs = performance.now() - started
    log(`seeded ${JSON.stringify(counters)} in ${Math.round(seedMs)} ms (seed ${seed})`)
  } else store.ensureIndexes()

  const sim: Sim = {
    store,
    faults: new FaultState(opts.faults, seed),
    auth: new AuthService(opts.tokenTtlSeconds ?? 900, now),
    stats: { requests: 0, writesApplied: 0, idempotentReplays: 0, commentsAdded: {} },
    cursorTtlSeconds: opts.cursorTtlSeconds,
    now,
    log,
    nextIds: { registration: maxRegistrationNumber(store), malformed: 0 }
  }
  const control = createControl(sim)
  const server = createSimServer(sim, control)
  const host = opts.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  const urlHost = host.includes(':') ? `[${host}]` : host
  let closed = false
  return {
    url: `http://${urlHost}:${port}`,
    port,
    faults: { get: () => sim.faults.get(), set: (p) => sim.faults.set(p) },
    control,
    seedMs,
    close: async () => {
      if (closed) return
      closed = true
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      store.close()
    }
  }
}
