import { afterEach, describe, expect, it } from 'vitest'
import { inlineDecoder, sourceDecodeWorker, workerDecoder, type PageDecoder } from '../../../src/main/sync/pageDecoder'
import { PagePipeline, type InFlightPage } from '../../../src/main/sync/pagePipeline'
import { attractiveJobsTable } from '../../../src/main/domains/attractive-jobs/repository'
import { makeAttractiveJob } from '../../helpers/records'

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value))
const snapshot = { attractiveJobsRules: [] }

describe('sync/pageDecoder', () => {
  let decoder: PageDecoder | null = null
  afterEach(async () => decoder?.close())

  const page = {
    items: [makeAttractiveJob({ id: 'AJ-2026-000001', title: '청년 돌봄 매니저' }), { id: 'AJ-2026-000002', version: 2, updated_at: '2026-11-20T01:00:00Z', deleted: true }, { ...makeAttractiveJob({ id: 'AJ-2026-000003' }), title: 7 }],
    next_cursor: 'c-2',
    has_more: true
  }

  for (const [name, make] of [
    ['on a worker thread', () => workerDecoder(sourceDecodeWorker())],
    ['inline', () => inlineDecoder()]
  ] as const) {
    it(`decodes a page ${name}: the cursor first, then records, tombstones and items for quarantine`, async () => {
      decoder = make()
      const decoding = decoder.decode('attractive-jobs', bytes(page), snapshot)
      expect(await decoding.head).toEqual({ ok: true, nextCursor: 'c-2', hasMore: true })
      const items = await decoding.items
      expect(items.map((item) => item.kind)).toEqual(['record', 'tombstone', 'invalid'])
      const [record, , invalid] = items
      expect(record).toMatchObject({ kind: 'record', record: { id: 'AJ-2026-000001', searchHash: expect.any(String) } })
      // Narrows the type for the checks below; never skips them.
      if (record?.kind !== 'record') throw new Error(`expected a record first, got ${String(record?.kind)}`)
      expect(record.record.search.bigrams.split(' ')).toContain('돌봄')
      // Rules of the year not cached: unknown, not "passes".
      expect(record.record.row[attractiveJobsTable.rowColumns.indexOf('rule_failure_count')]).toBeNull()
      expect(invalid).toMatchObject({ kind: 'invalid', itemId: 'AJ-2026-000003', itemVersion: 1, error: '사업명: 글자여야 하는데 숫자가 들어 있습니다' })
    })

    it(`fails a page whose body is not the contract's as a whole (${name})`, async () => {
      decoder = make()
      expect(await decoder.decode('attractive-jobs', bytes('<html>점검 중</html>'), snapshot).head).toEqual({ ok: false, message: 'attractive-jobs/changes: 응답이 JSON이 아닙니다.' })
      const noCursor = decoder.decode('attractive-jobs', bytes({ items: [], has_more: false }), snapshot)
      expect(await noCursor.head).toMatchObject({ ok: false, message: expect.stringMatching(/^attractive-jobs\/changes: next_cursor /) })
      expect(await noCursor.items).toEqual([])
    })
  }

  it('sends a later page its cursor while an earlier page is still being decoded, and the items in order', async () => {
    decoder = workerDecoder(sourceDecodeWorker(), () => undefined, 1)
    const big = {
      items: Array.from({ length: 1500 }, (_, i) => makeAttractiveJob({ id: `AJ-2026-${String(i + 1).padStart(6, '0')}`, title: `청년 일자리 ${i}` })),
      next_cursor: 'c-2',
      has_more: true
    }
    const small = { items: [makeAttractiveJob({ id: 'AJ-2026-009999' })], next_cursor: 'c-3', has_more: false }
    const events: string[] = []
    const first = decoder.decode('attractive-jobs', bytes(big), snapshot)
    const second = decoder.decode('attractive-jobs', bytes(small), snapshot)
    const done = Promise.all([
      first.head.then(() => events.push('head 1')),
      first.items.then(() => events.push('items 1')),
      second.head.then(() => events.push('head 2')),
      second.items.then(() => events.push('items 2'))
    ])
    await done
    expect(events).toEqual(['head 1', 'head 2', 'items 1', 'items 2'])
    const items = await first.items
    expect(items.map((item) => (item.kind === 'record' ? item.record.id : item.kind))).toEqual(big.items.map((job) => job.id))
    expect((await second.items).map((item) => item.kind)).toEqual(['record'])
  })

  it('decodes on the main thread, and says so, when the worker cannot start', async () => {
    const logged: string[] = []
    decoder = workerDecoder({ file: '/nonexistent/decodeWorker.js' }, (message) => logged.push(message))
    const decoding = decoder.decode('attractive-jobs', bytes(page), snapshot)
    expect(await decoding.head).toMatchObject({ ok: true })
    expect(await decoding.items).toHaveLength(3)
    expect(logged).toEqual([expect.stringContaining('decoding on the main thread')])
  })
})

describe('sync/pagePipeline', () => {
  it('follows cursors as soon as they are known, in feed order, never more than the lookahead ahead', async () => {
    const fetched: (string | null)[] = []
    const fetchPage = (from: string | null): InFlightPage => {
      fetched.push(from)
      const n = from === null ? 1 : Number(from) + 1
      return { head: Promise.resolve({ nextCursor: String(n), hasMore: n < 8 }), items: Promise.resolve([]) }
    }
    const pipeline = new PagePipeline(fetchPage, null, 3)
    await new Promise((resolve) => setTimeout(resolve, 10))
    // Three pages asked for before the first is consumed.
    expect(fetched).toEqual([null, '1', '2'])
    const cursors: string[] = []
    for (let page = pipeline.next(); page; page = pipeline.next()) cursors.push((await page.head).nextCursor)
    expect(cursors).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(fetched).toEqual([null, '1', '2', '3', '4', '5', '6', '7'])
  })
})
