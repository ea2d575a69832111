import { describe, expect, it } from 'vitest'
import { decodeFeedItems, itemSources, readFeedPage } from '../../../src/main/sync/feedDecode'
import { makeAttractiveJob } from '../../helpers/records'

const utf8 = new TextDecoder()
const encode = (text: string) => new TextEncoder().encode(text)
const texts = (sources: Uint8Array[] | null) => sources?.map((source) => utf8.decode(source)) ?? null

describe('sync/feedDecode: the source text of each feed item', () => {
  const bodies = [
    `{"items":[],"next_cursor":"c","has_more":false}`,
    `{"items":[{"id":"A-1","t":"따옴표 \\" 와 역슬래시 \\\\","n":[1,[2,{"x":"]}"}]]}, {"id":"A-2"} ,7,"items",null,true],"next_cursor":"c","has_more":true}`,
    `{ "next_cursor" : "items", "note": {"items": [9]}, "items" : [\n  {"id":"A-3","s":"\\u0041\\n{["} ,\n  {"id":"A-4","empty":{},"list":[]}\n ] , "has_more": false }`,
    `{"items":[{"id":"A-5","ends":"\\\\"},{"id":"A-6","k":"\\\\\\""}],"next_cursor":"c","has_more":false}`,
    `{"items":[{"id":"A-7","title":"청년 \\"돌봄\\" 일자리 ]}","org":"송파구"},{"id":"A-8","title":"디지털 교육 상담원"}],"next_cursor":"c","has_more":false}`
  ]

  it('slices exactly the elements of the top-level items array, whatever they contain', () => {
    for (const body of bodies) {
      const items = (JSON.parse(body) as { items: unknown[] }).items
      const sliced = texts(itemSources(encode(body)))
      expect(sliced, body).not.toBeNull()
      expect(sliced!.map((text) => JSON.parse(text) as unknown)).toEqual(items)
    }
  })

  it('answers null when there is no items array to slice (the caller then serialises)', () => {
    expect(itemSources(encode(`{"next_cursor":"c","has_more":false}`))).toBeNull()
  })

  it('keeps the portal text of each item as sent, spacing and field order included', () => {
    const page = readFeedPage('attractive-jobs', encode(bodies[2]!))
    expect(page.head).toMatchObject({ ok: true })
    expect(texts(page.itemSources)).toEqual([`{"id":"A-3","s":"\\u0041\\n{["}`, `{"id":"A-4","empty":{},"list":[]}`])
    const korean = readFeedPage('attractive-jobs', encode(bodies[4]!))
    expect(texts(korean.itemSources)).toEqual([`{"id":"A-7","title":"청년 \\"돌봄\\" 일자리 ]}","org":"송파구"}`, `{"id":"A-8","title":"디지털 교육 상담원"}`])
  })
})

describe('sync/feedDecode: items that break the contract in odd ways', () => {
  // No yearly thresholds cached (each domain's reference data under its name).
  const snapshot = { 'attractive-jobs': [] }
  const job = (id: string, overrides: Record<string, unknown> = {}) => JSON.stringify({ ...makeAttractiveJob({ id }), ...overrides })
  const page = (items: string[]) => encode(`{"items":[${items.join(',')}],"next_cursor":"c-2","has_more":false}`)

  it('quarantines an item whose version is not a safe integer, with no version (the column is INTEGER)', () => {
    const body = page([
      job('AJ-2026-000001'),
      job('AJ-2026-000002', { version: 1.5 }),
      // JSON.parse reads 1e400 as Infinity.
      job('AJ-2026-000003').replace('"version":1', '"version":1e400'),
      job('AJ-2026-000004', { version: 2 ** 60 }),
      job('AJ-2026-000005', { version: '3' }),
      job('AJ-2026-000006', { version: 4 })
    ])
    const read = readFeedPage('attractive-jobs', body)
    expect(read.head).toMatchObject({ ok: true })
    const decoded = decodeFeedItems('attractive-jobs', read.items, read.itemSources, snapshot)
    expect(decoded.map((item) => item.kind)).toEqual(['record', 'invalid', 'invalid', 'invalid', 'invalid', 'record'])
    for (const [index, id] of [[1, 'AJ-2026-000002'], [2, 'AJ-2026-000003'], [3, 'AJ-2026-000004'], [4, 'AJ-2026-000005']] as const) {
      expect(decoded[index], id).toMatchObject({ kind: 'invalid', itemId: id, itemVersion: null, error: expect.stringMatching(/^버전: .*[가-힣]/) })
    }
    // The raw copy is the portal's text, 1e400 included.
    expect(decoded[2]).toMatchObject({ raw: expect.stringContaining('"version":1e400') })
  })

  it('keeps no id that is not a string, and a long or odd string id as sent', () => {
    const long = `AJ-${'9'.repeat(80)}`
    const decoded = decodeFeedItems(
      'attractive-jobs',
      [{ ...makeAttractiveJob(), id: 42 }, { ...makeAttractiveJob(), id: { x: 1 } }, { ...makeAttractiveJob(), id: long }, { ...makeAttractiveJob(), id: '' }, null, 7, 'AJ-2026-000001'],
      null,
      snapshot
    )
    expect(decoded.map((item) => (item.kind === 'invalid' ? [item.itemId, item.itemVersion] : item.kind))).toEqual([
      [null, 1],
      [null, 1],
      [long, 1],
      ['', 1],
      [null, null],
      [null, null],
      [null, null]
    ])
  })

  it('quarantines a tombstone with a broken version or id, with the tombstone reason', () => {
    const tombstone = (overrides: Record<string, unknown>) => ({ id: 'AJ-2026-000010', version: 2, updated_at: '2026-11-20T01:00:00Z', deleted: true, ...overrides })
    const read = readFeedPage(
      'attractive-jobs',
      page([JSON.stringify(tombstone({})), JSON.stringify(tombstone({ version: 2.5 })), JSON.stringify(tombstone({})).replace('"version":2', '"version":1e400'), JSON.stringify(tombstone({ id: 11 }))])
    )
    const decoded = decodeFeedItems('attractive-jobs', read.items, read.itemSources, snapshot)
    expect(decoded[0]).toEqual({ kind: 'tombstone', id: 'AJ-2026-000010' })
    expect(decoded[1]).toMatchObject({ kind: 'invalid', itemId: 'AJ-2026-000010', itemVersion: null, error: expect.stringMatching(/^버전: .*[가-힣]/) })
    expect(decoded[2]).toMatchObject({ kind: 'invalid', itemId: 'AJ-2026-000010', itemVersion: null, error: expect.stringMatching(/^버전: .*[가-힣]/) })
    expect(decoded[3]).toMatchObject({ kind: 'invalid', itemId: null, itemVersion: 2, error: expect.stringMatching(/^자료 번호: .*[가-힣]/) })
  })
})

describe('sync/feedDecode: a page whose top level repeats a key the contract reads', () => {
  const items = (from: number) => [0, 1].map((i) => JSON.stringify(makeAttractiveJob({ id: `AJ-2026-${String(from + i).padStart(6, '0')}` }))).join(',')

  it('is refused as a whole: JSON.parse keeps the last "items", which array the portal meant is unknown', () => {
    for (const body of [
      `{"items":[${items(20)}],"items":[${items(21)}],"next_cursor":"c-2","has_more":false}`,
      `{"items":[${items(20)}],"next_cursor":"c-2","has_more":false,"items":[${items(21)}]}`,
      // The same key written with an escape is the same key to JSON.parse.
      `{"items":[${items(20)}],"\\u0069tems":[${items(21)}],"next_cursor":"c-2","has_more":false}`,
      `{"items":[${items(20)}],"next_cursor":"c-2","next_cursor":"c-9","has_more":false}`,
      `{"items":[],"has_more":true,"next_cursor":"c-2","has_\\u006dore":false}`
    ]) {
      const read = readFeedPage('attractive-jobs', encode(body))
      expect(read.head, body.slice(-60)).toEqual({ ok: false, message: expect.stringMatching(/^attractive-jobs\/changes: .*(items|next_cursor|has_more).*[가-힣]/) })
      expect(read.items).toEqual([])
      expect(read.itemSources).toBeNull()
    }
  })

  it('never slices the first of two items arrays (the caller serialises instead)', () => {
    expect(itemSources(encode(`{"items":[{"id":"A"}],"items":[{"id":"B"}],"next_cursor":"c","has_more":false}`))).toBeNull()
    expect(itemSources(encode(`{"\\u0069tems":[{"id":"A"}],"items":[{"id":"B"}],"next_cursor":"c","has_more":false}`))).toBeNull()
  })

  it('finds the items array under an escaped key, and ignores repeats inside items and unknown keys', () => {
    expect(texts(itemSources(encode(`{"next_cursor":"c","\\u0069tems":[{"id":"A","id":"A2"}, 3],"has_more":false}`)))).toEqual([`{"id":"A","id":"A2"}`, '3'])
    const read = readFeedPage('attractive-jobs', encode(`{"meta":1,"items":[${items(30)}],"meta":2,"next_cursor":"c-2","has_more":false}`))
    expect(read.head).toEqual({ ok: true, nextCursor: 'c-2', hasMore: false })
    expect(texts(read.itemSources)?.map((text) => (JSON.parse(text) as { id: string }).id)).toEqual(['AJ-2026-000030', 'AJ-2026-000031'])
  })
})
