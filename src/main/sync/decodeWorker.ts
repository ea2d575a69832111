import { parentPort } from 'node:worker_threads'
import { decodeFeedItems, readFeedPage, type DecodedItem } from './feedDecode'
import type { DecodeRequest, DecodeResponse } from './pageDecoder'

/**
 * The worker thread behind pageDecoder.ts. A page's head (next cursor) goes back as soon as the page
 * is parsed, even while earlier pages' items are still being decoded: the main thread fetches the
 * next page with it, so the feed is read ahead while this thread decodes. Items are decoded in
 * slices with the event loop free in between, so a page that arrives meanwhile gets its head out
 * within one slice instead of after every page queued before it.
 */
const ITEMS_PER_SLICE = 100

interface QueuedPage {
  request: DecodeRequest
  items: unknown[]
  itemSources: Uint8Array[] | null
  decoded: DecodedItem[]
}

const queue: QueuedPage[] = []
let draining = false

const post = (response: DecodeResponse) => parentPort?.postMessage(response)
const failure = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error))

function decodeSlice(): void {
  const page = queue[0]
  if (!page) {
    draining = false
    return
  }
  const { request } = page
  try {
    const from = page.decoded.length
    const to = Math.min(from + ITEMS_PER_SLICE, page.items.length)
    const sources = page.itemSources?.slice(from, to) ?? null
    page.decoded.push(...decodeFeedItems(request.collection, page.items.slice(from, to), sources, request.snapshot))
    if (page.decoded.length === page.items.length) {
      queue.shift()
      post({ id: request.id, items: page.decoded })
    }
  } catch (error) {
    queue.shift()
    post({ id: request.id, failure: failure(error) })
  }
  setImmediate(decodeSlice)
}

parentPort?.on('message', (request: DecodeRequest) => {
  try {
    const page = readFeedPage(request.collection, request.body)
    post({ id: request.id, head: page.head })
    if (!page.head.ok) return
    queue.push({ request, items: page.items, itemSources: page.itemSources, decoded: [] })
    if (!draining) {
      draining = true
      setImmediate(decodeSlice)
    }
  } catch (error) {
    post({ id: request.id, failure: failure(error) })
  }
})
