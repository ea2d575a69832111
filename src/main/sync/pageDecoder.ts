import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { CollectionName } from '../../shared/portal'
import type { ReferenceSnapshot } from '../db/repositories/referenceData'
import { decodeFeedItems, readFeedPage, type DecodedItem, type PageHead } from './feedDecode'

/** Where the decode worker's script is: the bundled `decodeWorker.js`, or the TypeScript source run through tsx. */
export interface DecodeWorkerSpec {
  file: string
  execArgv?: string[]
}

export interface DecodeRequest {
  id: number
  collection: CollectionName
  body: Uint8Array
  snapshot: ReferenceSnapshot
}

export type DecodeResponse = { id: number; head: PageHead } | { id: number; items: DecodedItem[] } | { id: number; failure: string }

/**
 * A page on its way through the decoder. `head` (the next cursor) comes first, so the next page is
 * fetched while this one's items are decoded; `items` is empty when the head failed.
 */
export interface DecodingPage {
  head: Promise<PageHead>
  items: Promise<DecodedItem[]>
}

export interface PageDecoder {
  decode(collection: CollectionName, body: Uint8Array, snapshot: ReferenceSnapshot): DecodingPage
  close(): Promise<void>
}

function decodeHere(collection: CollectionName, body: Uint8Array, snapshot: ReferenceSnapshot): { head: PageHead; items: DecodedItem[] } {
  const page = readFeedPage(collection, body)
  return { head: page.head, items: page.head.ok ? decodeFeedItems(collection, page.items, snapshot) : [] }
}

/** Decodes on the calling thread (tests, and whenever no worker is available). */
export function inlineDecoder(): PageDecoder {
  return {
    decode(collection, body, snapshot) {
      const settled = (async () => decodeHere(collection, body, snapshot))()
      return { head: settled.then((page) => page.head), items: settled.then((page) => page.items) }
    },
    close: async () => undefined
  }
}

interface Pending {
  request: DecodeRequest
  resolveHead(head: PageHead): void
  resolveItems(items: DecodedItem[]): void
  reject(error: Error): void
}

/**
 * Decodes on one worker thread, started at the first page. Validation, rule checks and search
 * documents cost about as much as the SQLite writes, so with the worker the two overlap. If the
 * worker cannot start or dies, the pages it held and every later page are decoded on the main
 * thread: slower, never lost.
 */
export function workerDecoder(spec: DecodeWorkerSpec, log: (message: string) => void = () => undefined): PageDecoder {
  let worker: Worker | null = null
  let broken = false
  let nextId = 1
  const pending = new Map<number, Pending>()

  const runHere = (job: Pending) => {
    try {
      const page = decodeHere(job.request.collection, job.request.body, job.request.snapshot)
      job.resolveHead(page.head)
      job.resolveItems(page.items)
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  const fallBack = (reason: string) => {
    if (broken) return
    broken = true
    log(`page decoder worker unavailable (${reason}); decoding on the main thread`)
    const waiting = [...pending.values()]
    pending.clear()
    void worker?.terminate()
    worker = null
    for (const job of waiting) runHere(job)
  }

  const onMessage = (response: DecodeResponse) => {
    const job = pending.get(response.id)
    if (!job) return
    if ('head' in response) {
      job.resolveHead(response.head)
      if (response.head.ok) return
      job.resolveItems([])
    } else if ('items' in response) job.resolveItems(response.items)
    else job.reject(new Error(`page decoder failed: ${response.failure}`))
    pending.delete(response.id)
    if (pending.size === 0) worker?.unref()
  }

  const start = (): Worker => {
    const created = new Worker(spec.file, spec.execArgv ? { execArgv: spec.execArgv } : {})
    created.on('message', onMessage)
    created.on('error', (error) => fallBack(error.message))
    created.on('exit', (code) => {
      if (worker !== created) return
      worker = null
      if (pending.size > 0) fallBack(`exited with code ${code}`)
    })
    return created
  }

  return {
    decode(collection, body, snapshot) {
      const request: DecodeRequest = { id: nextId++, collection, body, snapshot }
      const head = Promise.withResolvers<PageHead>()
      const items = Promise.withResolvers<DecodedItem[]>()
      const job: Pending = {
        request,
        resolveHead: head.resolve,
        resolveItems: items.resolve,
        reject: (error) => {
          head.reject(error)
          items.reject(error)
        }
      }
      // Whoever awaits a page sees its failure; a page abandoned after an earlier failure must not be reported as unhandled.
      head.promise.catch(() => undefined)
      items.promise.catch(() => undefined)
      if (broken) {
        runHere(job)
      } else {
        pending.set(request.id, job)
        try {
          worker ??= start()
          // Held while pages are in flight; an idle worker must not keep the CLI's process alive.
          worker.ref()
          // Copied, not transferred (a memcpy): if the worker dies the page is still here to decode.
          worker.postMessage(request)
        } catch (error) {
          fallBack(error instanceof Error ? error.message : String(error))
        }
      }
      return { head: head.promise, items: items.promise }
    },
    async close() {
      const current = worker
      worker = null
      broken = true
      if (current) await current.terminate()
    }
  }
}

/**
 * The worker run from its TypeScript source through tsx (the CLI, the benchmark and the tests run
 * the sources; the app passes its bundled `decodeWorker.js` instead).
 */
export function sourceDecodeWorker(): DecodeWorkerSpec {
  return { file: join(__dirname, 'decodeWorker.ts'), execArgv: ['--import', 'tsx'] }
}
