import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openCache } from '../../../src/main/db/connection'
import { deferIndexes } from '../../../src/main/db/deferredIndexes'
import { listAttractiveJobs } from '../../../src/main/domains/attractive-jobs/repository'
import { getSyncState } from '../../../src/main/db/repositories/syncState'
import { migrate } from '../../../src/main/db/migrations/runner'
import { inlineDecoder, sourceDecodeWorker, type PageDecoder } from '../../../src/main/sync/pageDecoder'
import { pullCollection } from '../../../src/main/sync/pull'
import { enqueueWrite } from '../../../src/main/outbox/queue'
import { reviewOp } from '../../../src/main/domains/attractive-jobs/ops'
import { overlayPending } from '../../../src/main/outbox/view'
import { COLLECTIONS, type AttractiveJob } from '../../../src/shared/portal'
import { indexesOf } from '../../helpers/schema'
import { startHarness, type SimHarness } from '../../helpers/sim'
import { makeTempDir } from '../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../cacheKey'

const TABLES = ['attractive_jobs', 'sme_applications', 'reemployment_sessions', 'reemployment_registrations']

function freshIndexes(): Record<string, string[]> {
  const db = new Database(':memory:')
  migrate(db)
  const indexes = Object.fromEntries(TABLES.map((table) => [table, indexesOf(db, table)]))
  db.close()
  return indexes
}

/** How many event-loop turns the slow decoder below takes per page. */
const DECODE_TURNS = 5

function afterTurns<T>(turns: number, value: T): Promise<T> {
  return new Promise((resolve) => {
    let left = turns
    const turn = () => (--left <= 0 ? resolve(value) : setImmediate(turn))
    setImmediate(turn)
  })
}

const LOAD_MERGING = { trigram_automerge: 0, trigram_crisismerge: 128, bigram_automerge: 0, bigram_crisismerge: 128 }
const DEFAULT_MERGING = { trigram_automerge: 4, trigram_crisismerge: 16, bigram_automerge: 4, bigram_crisismerge: 16 }

/** The merge settings FTS5 keeps in each search index's config table. */
function mergeSettings(db: Database.Database): Record<string, number> {
  const settings: Record<string, number> = {}
  for (const index of ['trigram', 'bigram']) {
    const rows = db.prepare(`SELECT k, v FROM attractive_jobs_${index}_config WHERE k IN ('automerge', 'crisismerge')`).all() as { k: string; v: number }[]
    for (const { k, v } of rows) settings[`${index}_${k}`] = v
  }
  return settings
}

function titleWord(job: AttractiveJob): string {
  return job.title.split(' ').find((word) => [...word].length >= 2) ?? job.title
}

describe('sync/pull: a first pull is a bulk load', () => {
  let h: SimHarness
  afterEach(async () => h?.close())

  it('decodes on the worker thread and ends with every index, search entry and version seen in place', async () => {
    const warnings: string[] = []
    h = await startHarness({ scale: 300 }, { decodeWorker: sourceDecodeWorker(), pageSize: 50, log: (level, message) => level !== 'info' && warnings.push(message) })
    const summary = await h.sync()
    expect(summary.error).toBeNull()
    // Nothing fell back to decoding on the main thread.
    expect(warnings).toEqual([])
    const db = h.core.context.db
    const stats = h.sim.control.stats()
    for (const [collection, table] of COLLECTIONS.map((c, i) => [c, TABLES[i]!] as const)) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: stats.counts[collection].live })
      expect(getSyncState(db, collection)).toMatchObject({ bulk_load_in_progress: 0, deferred_indexes: null, full_pull_in_progress: 0 })
      // One version seen per record, with the server's status.
      expect(
        db.prepare(`SELECT count(*) AS n FROM record_versions v JOIN ${table} t ON t.id = v.record_id AND t.version = v.version AND t.status IS v.status WHERE v.collection = ?`).get(collection)
      ).toEqual({ n: stats.counts[collection].live })
    }
    expect(Object.fromEntries(TABLES.map((table) => [table, indexesOf(db, table)]))).toEqual(freshIndexes())
    // The portal's JSON crossed from the worker as page bytes and is stored as text (a BLOB would be
    // read back as a Buffer), the same record as its row, Korean intact.
    for (const table of TABLES) expect(db.prepare(`SELECT count(*) AS n FROM ${table}_json WHERE typeof(raw) <> 'text'`).get(), table).toEqual({ n: 0 })
    const stored = db.prepare(`SELECT j.raw AS raw, r.id AS id, r.version AS version, r.title AS title FROM attractive_jobs r JOIN attractive_jobs_json j ON j.rowid = r.rowid`).all() as {
      raw: string
      id: string
      version: number
      title: string
    }[]
    for (const row of stored) expect(JSON.parse(row.raw) as unknown).toMatchObject({ id: row.id, version: row.version, title: row.title })
    // Rule checks ran on the worker with the year's thresholds (the seed has submissions that fail them).
    expect(db.prepare(`SELECT count(*) AS n FROM attractive_jobs WHERE rule_failure_count IS NULL`).get()).toEqual({ n: 0 })
    expect((db.prepare(`SELECT count(*) AS n FROM attractive_job_rule_failures`).get() as { n: number }).n).toBeGreaterThan(0)
    // Every record is findable by a word of its title.
    for (const row of listAttractiveJobs(db, { pageSize: 40 }).rows) {
      const job = h.sim.control.record('attractive-jobs', row.id) as AttractiveJob
      expect(listAttractiveJobs(db, { filter: { search: titleWord(job) }, pageSize: 500 }).rows.map((r) => r.id)).toContain(row.id)
    }
  })

  it('cut off half-way: the indexes come back at once, and the pull resumed after a restart makes everything searchable', async () => {
    h = await startHarness({ scale: 300 })
    await h.signIn()
    const db = h.core.context.db
    const cutOff = pullCollection(
      {
        db,
        client: h.core.context.session.requireClient(),
        pageSize: 25,
        backoff: { attempts: 1, baseMs: 1, maxMs: 1 },
        // The network goes away after the first pages are stored.
        onProgress: ({ pulled }) => pulled >= 50 && h.sim.faults.set({ dropRate: 1 })
      },
      'attractive-jobs'
    )
    await expect(cutOff).rejects.toThrow()
    const stored = db.prepare(`SELECT id FROM attractive_jobs ORDER BY rowid LIMIT 3`).all() as { id: string }[]
    expect(stored).toHaveLength(3)
    // Work goes on offline on the cache: the lists have their indexes back at once.
    expect(indexesOf(db, 'attractive_jobs')).toEqual(freshIndexes().attractive_jobs)
    expect(getSyncState(db, 'attractive-jobs')).toMatchObject({ bulk_load_in_progress: 1, full_pull_in_progress: 1, deferred_indexes: null })
    // Its search indexes stay unmerged until the load is resumed and finished.
    expect(mergeSettings(db)).toEqual(LOAD_MERGING)

    // The app is closed and opened again (search documents staged in memory are gone).
    await h.restart()
    h.sim.faults.set({ dropRate: 0 })
    const summary = await h.sync()
    expect(summary.error).toBeNull()
    const after = h.core.context.db
    expect(getSyncState(after, 'attractive-jobs')).toMatchObject({ bulk_load_in_progress: 0, deferred_indexes: null, full_pull_in_progress: 0 })
    expect(after.prepare(`SELECT count(*) AS n FROM attractive_jobs`).get()).toEqual({ n: h.sim.control.stats().counts['attractive-jobs'].live })
    // The resumed load that finished put FTS5's defaults back.
    expect(mergeSettings(after)).toEqual(DEFAULT_MERGING)
    for (const { id } of stored) {
      const job = h.sim.control.record('attractive-jobs', id) as AttractiveJob
      expect(listAttractiveJobs(after, { filter: { search: titleWord(job) }, pageSize: 500 }).rows.map((r) => r.id)).toContain(id)
    }
  })

  it('indexes stored pages for search while the next page is still being decoded', async () => {
    h = await startHarness({ scale: 300 })
    await h.signIn()
    const db = h.core.context.db
    // Decoding slower than writing (as with 매력일자리 on a worker): the main thread has gaps to fill.
    // The items arrive some turns of the event loop later, not after a timer: on a busy machine a
    // timer may already be due when the pull first waits, leaving it no gap at all.
    const inline = inlineDecoder()
    const slow: PageDecoder = {
      decode(collection, body, snapshot) {
        const page = inline.decode(collection, body, snapshot)
        return { head: page.head, items: page.items.then((items) => afterTurns(DECODE_TURNS, items)) }
      },
      close: () => inline.close()
    }
    const midLoad: { stored: number; searchable: number; merging: Record<string, number> }[] = []
    await pullCollection(
      {
        db,
        client: h.core.context.session.requireClient(),
        pageSize: 25,
        searchStepRows: 50,
        decoder: slow,
        onProgress: ({ pulled, done }) => {
          if (done || getSyncState(db, 'attractive-jobs').bulk_load_in_progress !== 1) return
          midLoad.push({
            stored: pulled,
            searchable: (db.prepare(`SELECT count(*) AS n FROM attractive_jobs_bigram`).get() as { n: number }).n,
            merging: mergeSettings(db)
          })
        }
      },
      'attractive-jobs'
    )
    expect(midLoad.length).toBeGreaterThan(4)
    // Documents are indexed in steps of 50 while the next page is decoded: at most a step and the page just stored wait.
    for (const { stored, searchable } of midLoad.slice(1)) expect(searchable).toBeGreaterThanOrEqual(stored - 75)
    expect(midLoad.at(-1)!.searchable).toBeGreaterThan(0)
    // The steps' index segments are not merged until the load's end (optimize), then FTS5's defaults return.
    for (const { merging } of midLoad) expect(merging).toEqual(LOAD_MERGING)
    expect(mergeSettings(db)).toEqual(DEFAULT_MERGING)
    const count = (db.prepare(`SELECT count(*) AS n FROM attractive_jobs`).get() as { n: number }).n
    expect(db.prepare(`SELECT count(*) AS n FROM attractive_jobs_bigram`).get()).toEqual({ n: count })
    expect(getSyncState(db, 'attractive-jobs')).toMatchObject({ bulk_load_in_progress: 0 })
  })

  it('a decision queued while the first pull runs: the row shows it, history keeps the server status, search finds the record', async () => {
    h = await startHarness({ scale: 300 })
    await h.signIn()
    const db = h.core.context.db
    let decided: string | null = null
    await pullCollection(
      {
        db,
        client: h.core.context.session.requireClient(),
        pageSize: 25,
        overlay: overlayPending,
        onProgress: ({ pulled }) => {
          if (decided || pulled < 50) return
          const row = db.prepare(`SELECT id FROM attractive_jobs WHERE status = 'in_review' LIMIT 1`).get() as { id: string } | undefined
          if (!row) return
          enqueueWrite(db, reviewOp, {recordId: row.id, body: { action: 'approve' }, actorId: 'S-0001', now: new Date() })
          decided = row.id
        }
      },
      'attractive-jobs'
    )
    expect(decided).not.toBeNull()
    const id = decided!
    expect(getSyncState(db, 'attractive-jobs')).toMatchObject({ bulk_load_in_progress: 0, deferred_indexes: null })
    expect(db.prepare(`SELECT status FROM attractive_jobs WHERE id = ?`).get(id)).toEqual({ status: 'approved' })
    expect(db.prepare(`SELECT status FROM record_versions WHERE collection = 'attractive-jobs' AND record_id = ?`).all(id)).toEqual([{ status: 'in_review' }])
    const job = h.sim.control.record('attractive-jobs', id) as AttractiveJob
    expect(listAttractiveJobs(db, { filter: { search: titleWord(job) }, pageSize: 500 }).rows.map((r) => r.id)).toContain(id)
  })
})

describe('a bulk load interrupted by a crash', () => {
  it('gets its indexes back when the cache is opened', () => {
    const dir = makeTempDir()
    try {
      const first = openCache(dir.path, () => new Date(), TEST_CACHE_KEY)
      getSyncState(first.db, 'sme-applications')
      deferIndexes(first.db, 'sme-applications', 'sme_applications')
      expect(indexesOf(first.db, 'sme_applications')).toEqual([])
      // The process dies here: no finish, no restore.
      first.db.close()
      const reopened = openCache(dir.path, () => new Date(), TEST_CACHE_KEY)
      expect(indexesOf(reopened.db, 'sme_applications')).toEqual(freshIndexes().sme_applications)
      expect(getSyncState(reopened.db, 'sme-applications').deferred_indexes).toBeNull()
      reopened.db.close()
    } finally {
      dir.remove()
    }
  })
})
