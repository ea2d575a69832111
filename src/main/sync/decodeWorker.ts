import { parentPort } from 'node:worker_threads'
import { decodeFeedItems, readFeedPage } from './feedDecode'
import type { DecodeRequest, DecodeResponse } from './pageDecoder'

// The worker thread behind pageDecoder.ts: the head (next cursor) goes back first, then the items.
parentPort?.on('message', (request: DecodeRequest) => {
  const post = (response: DecodeResponse) => parentPort?.postMessage(response)
  try {
    const page = readFeedPage(request.collection, request.body)
    post({ id: request.id, head: page.head })
    if (page.head.ok) post({ id: request.id, items: decodeFeedItems(request.collection, page.items, page.itemTexts, request.snapshot) })
  } catch (error) {
    post({ id: request.id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  }
})
