import { describe, expect, it } from 'vitest'
import { itemSourceTexts, readFeedPage } from '../../../src/main/sync/feedDecode'

describe('sync/feedDecode: the source text of each feed item', () => {
  const bodies = [
    `{"items":[],"next_cursor":"c","has_more":false}`,
    `{"items":[{"id":"A-1","t":"따옴표 \\" 와 역슬래시 \\\\","n":[1,[2,{"x":"]}"}]]}, {"id":"A-2"} ,7,"items",null,true],"next_cursor":"c","has_more":true}`,
    `{ "next_cursor" : "items", "note": {"items": [9]}, "items" : [\n  {"id":"A-3","s":"\\u0041\\n{["} ,\n  {"id":"A-4","empty":{},"list":[]}\n ] , "has_more": false }`,
    `{"items":[{"id":"A-5","ends":"\\\\"},{"id":"A-6","k":"\\\\\\""}],"next_cursor":"c","has_more":false}`
  ]

  it('slices exactly the elements of the top-level items array, whatever they contain', () => {
    for (const body of bodies) {
      const items = (JSON.parse(body) as { items: unknown[] }).items
      const texts = itemSourceTexts(body)
      expect(texts, body).not.toBeNull()
      expect(texts!.map((text) => JSON.parse(text) as unknown)).toEqual(items)
    }
  })

  it('answers null when there is no items array to slice (the caller then serialises)', () => {
    expect(itemSourceTexts(`{"next_cursor":"c","has_more":false}`)).toBeNull()
  })

  it('keeps the portal text of each item as sent, spacing and field order included', () => {
    const page = readFeedPage('attractive-jobs', new TextEncoder().encode(bodies[2]!))
    expect(page.head).toMatchObject({ ok: true })
    expect(page.itemTexts).toEqual([`{"id":"A-3","s":"\\u0041\\n{["}`, `{"id":"A-4","empty":{},"list":[]}`])
  })
})
