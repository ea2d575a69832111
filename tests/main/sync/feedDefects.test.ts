import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openCache } from '../../../src/main/db/connection'
import { listQuarantine } from '../../../src/main/db/repositories/quarantine'
import { getSyncState } from '../../../src/main/db/repositories/syncState'
import { PortalContractError } from '../../../src/main/sync/errors'
import { inlineDecoder, sourceDecodeWorker, workerDecoder, type PageDecoder } from '../../../src/main/sync/pageDecoder'
import { PortalClient } from '../../../src/main/sync/portalClient'
import { pullCollection } from '../../../src/main/sync/pull'
import { makeAttractiveJob } from '../../helpers/records'
import { makeTempDir } from '../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../cacheKey'

/** A portal over loopback HTTP whose attractive-jobs feed answers each cursor with a body written by the test, byte for byte. */
async function scriptedPortal(pages: Record<string, string>): Promise<{ client: PortalClient; cursorsAsked: string[]; close(): Promise<void> }> {
  const cursorsAsked: string[] = []
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://portal.test')
    const cursor = url.searchParams.get('cursor') ?? ''
    cursorsAsked.push(cursor)
    const body = url.pathname === '/admin/v1/attractive-jobs/changes' ? pages[cursor] : undefined
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ type: 'about:blank', title: 'not found', status: 404, code: 'not_found' }))
      return
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const client = new PortalClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
  client.setTokens({ accessToken: 'a', refreshToken: 'r', expiresAt: Date.now() + 3_600_000 })
  return { client, cursorsAsked, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

const id = (n: number) => `AJ-2026-${String(n).padStart(6, '0')}`
const job = (n: number, overrides: Record<string, unknown> = {}) => JSON.stringify({ ...makeAttractiveJob({ id: id(n), title: `청년 일자리 ${n}` }), ...overrides })
const tombstone = (n: number, version: string) => `{"id":"${id(n)}","version":${version},"updated_at":"2026-11-20T01:00:00Z","deleted":true}`
const page = (items: string[], nextCursor: string, hasMore = false) => `{"items":[${items.join(',')}],"next_cursor":"${nextCursor}","has_more":${hasMore}}`

function storedJobs(db: Database.Database): { id: string; rawId: string }[] {
  return (db.prepare(`SELECT r.id AS id, j.raw AS raw FROM attractive_jobs r JOIN attractive_jobs_json j ON j.rowid = r.rowid ORDER BY r.id`).all() as { id: string; raw: string }[]).map(
    (row) => ({ id: row.id, rawId: (JSON.parse(row.raw) as { id: string }).id })
  )
}

const decoders: [string, () => PageDecoder][] = [
  ['inline', () => inlineDecoder()],
  ['on a worker thread', () => workerDecoder(sourceDecodeWorker())]
]

describe('sync/pull: feed pages that break the contract in odd ways, on a real cache file', () => {
  const cleanups: (() => unknown)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  async function setUp(pages: Record<string, string>, makeDecoder: () => PageDecoder) {
    const portal = await scriptedPortal(pages)
    const dir = makeTempDir()
    const { db } = openCache(dir.path, () => new Date(), TEST_CACHE_KEY)
    const decoder = makeDecoder()
    cleanups.push(portal.close, () => dir.remove(), () => db.close(), () => decoder.close())
    const pull = () => pullCollection({ db, client: portal.client, decoder, backoff: { attempts: 1, baseMs: 1, maxMs: 1 } }, 'attractive-jobs')
    return { db, portal, pull }
  }

  for (const [name, makeDecoder] of decoders) {
    it(`quarantines items whose version or id is not what the column takes, stores the rest and moves the cursor (${name})`, async () => {
      const { db, portal, pull } = await setUp(
        {
          '': page([job(1), tombstone(9, '1'), job(2), job(3), tombstone(9, '1')], 'c-1', true),
          'c-1': page(
            [
              job(4),
              job(2, { version: 1.5 }),
              job(3).replace('"version":1', '"version":1e400'),
              tombstone(1, '2.5'),
              tombstone(1, '1e400'),
              job(5, { id: 42 }),
              job(6, { id: `AJ-${'9'.repeat(80)}` }),
              job(7)
            ],
            'c-2'
          ),
          'c-2': page([job(8)], 'c-3')
        },
        makeDecoder
      )
      const first = await pull()
      expect(first).toMatchObject({ pulled: 7, quarantined: 6 })
      expect(getSyncState(db, 'attractive-jobs').cursor).toBe('c-2')
      // The good items of the page are stored; the broken copies left the earlier good ones as they were.
      expect(storedJobs(db).map((row) => row.id)).toEqual([id(1), id(2), id(3), id(4), id(7)])
      expect(db.prepare(`SELECT id, version FROM attractive_jobs WHERE id IN (?, ?)`).all(id(2), id(3))).toEqual([
        { id: id(2), version: 1 },
        { id: id(3), version: 1 }
      ])
      const quarantined = listQuarantine(db)
        .map((row) => [row.item_id, row.item_version])
        .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1))
      // One row per record: the second broken tombstone of AJ-…001 replaced the first.
      expect(quarantined).toEqual([
        [id(1), null],
        [id(2), null],
        [id(3), null],
        [`AJ-${'9'.repeat(80)}`, 1],
        [null, 1]
      ])
      expect(listQuarantine(db).find((row) => row.item_id === id(3))?.raw).toContain('"version":1e400')
      for (const row of listQuarantine(db)) expect(row.error).toMatch(/^[가-힣][^:]*: .*[가-힣]/)

      // The next sync goes on from the cursor past the page, not back to it.
      portal.cursorsAsked.length = 0
      expect(await pull()).toMatchObject({ pulled: 1, quarantined: 0 })
      expect(portal.cursorsAsked).toEqual(['c-2'])
      expect(getSyncState(db, 'attractive-jobs').cursor).toBe('c-3')
      expect(storedJobs(db).map((row) => row.id)).toContain(id(8))
    })

    it(`refuses a page with two items arrays: nothing of it stored, the cursor stays, the reason says why (${name})`, async () => {
      const { db, portal, pull } = await setUp(
        {
          '': page([job(10)], 'c-1', true),
          'c-1': `{"items":[${job(20)},${job(21)}],"items":[${job(21)},${job(22)}],"next_cursor":"c-2","has_more":false}`
        },
        makeDecoder
      )
      const outcome = await pull().then(
        () => null,
        (error: unknown) => error
      )
      // Whatever was stored, each row's raw JSON is that record's.
      const stored = storedJobs(db)
      for (const row of stored) expect(row.rawId, row.id).toBe(row.id)
      expect(outcome).toBeInstanceOf(PortalContractError)
      expect((outcome as Error).message).toMatch(/^attractive-jobs\/changes: .*items.*[가-힣]/)
      expect(portal.cursorsAsked).toEqual(['', 'c-1'])
      expect(getSyncState(db, 'attractive-jobs').cursor).toBe('c-1')
      expect(stored.map((row) => row.id)).toEqual([id(10)])
      expect(listQuarantine(db)).toEqual([])
    })
  }
})
