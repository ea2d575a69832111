import { describe, expect, it } from 'vitest'
import { itemSources, readFeedPage } from '../../../src/main/sync/feedDecode'

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
