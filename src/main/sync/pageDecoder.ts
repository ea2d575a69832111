import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { CollectionName } from '../../shared/portal'
import { sourceWorker, type WorkerSpec } from '../workerSpec'
import type { ReferenceSnapshot } from './reference'
import { decodeFeedItems, readFeedPage, type DecodedItem, type PageHead } from './feedDecode'

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
  return { head: page.head, items: page.head.ok ? decodeFeedItems(collection, page.items, page.itemSources, snapshot) : [] }
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
  slot: WorkerSlot
  resolveHead(head: PageHead): void
  resolveItems(items: DecodedItem[]): void
  reject(error: Error): void
}

/**
 * One decode thread beside the main thread and the portal connection; a second only with cores to
 * spare (on two cores a second worker measured slower: the threads only take turns).
 */
function defaultThreads(): number {
  return availableParallelism() >= 4 ? 2 : 1
}

interface WorkerSlot {
  worker: Worker | null
  inFlight: number
}

/**
 * Decodes on worker threads (`threads` of them, started with the first pages). Validation, rule
 * checks and search documents cost about as much as the SQLite writes, so with the workers the
 * two overlap; a page goes to the least busy worker. If a worker cannot start or dies, the pages
 * in flight and every later page are decoded on the main thread: slower, never lost.
 */
export function workerDecoder(spec: WorkerSpec, log: (message: string) => void = () => undefined, threads = defaultThreads()): PageDecoder {
  const slots: WorkerSlot[] = Array.from({ length: Math.max(1, threads) }, () => ({ worker: null, inFlight: 0 }))
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

  const stopAll = () => {
    for (const slot of slots) {
      void slot.worker?.terminate()
      slot.worker = null
      slot.inFlight = 0
    }
  }

  const fallBack = (reason: string) => {
    if (broken) return
    broken = true
    log(`page decoder worker unavailable (${reason}); decoding on the main thread`)
    const waiting = [...pending.values()]
    pending.clear()
    stopAll()
    for (const job of waiting) runHere(job)
  }

  const settle = (job: Pending) => {
    pending.delete(job.request.id)
    job.slot.inFlight -= 1
    // An idle worker must not keep the CLI's process alive.
    if (job.slot.inFlight === 0) job.slot.worker?.unref()
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
    settle(job)
  }

  const start = (slot: WorkerSlot): Worker => {
    const created = new Worker(spec.file, spec.execArgv ? { execArgv: spec.execArgv } : {})
    created.on('message', onMessage)
    created.on('error', (error) => fallBack(error.message))
    created.on('exit', (code) => {
      if (slot.worker !== created) return
      slot.worker = null
      if (slot.inFlight > 0) fallBack(`exited with code ${code}`)
    })
    return created
  }

  return {
    decode(collection, body, snapshot) {
      const request: DecodeRequest = { id: nextId++, collection, body, snapshot }
      const head = Promise.withResolvers<PageHead>()
      const items = Promise.withResolvers<DecodedItem[]>()
      const slot = slots.reduce((least, candidate) => (candidate.inFlight < least.inFlight ? candidate : least))
      const job: Pending = {
        request,
        slot,
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
        slot.inFlight += 1
        try {
          slot.worker ??= start(slot)
          slot.worker.ref()
          // Copied, not transferred (a memcpy): if the worker dies the page is still here to decode.
          slot.worker.postMessage(request)
        } catch (error) {
          fallBack(error instanceof Error ? error.message : String(error))
        }
      }
      return { head: head.promise, items: items.promise }
    },
    async close() {
      broken = true
      const running = slots.flatMap((slot) => (slot.worker ? [slot.worker] : []))
      for (const slot of slots) slot.worker = null
      await Promise.all(running.map((worker) => worker.terminate()))
    }
  }
}

/**
 * The worker run from its TypeScript source through tsx (the CLI, the benchmark and the tests run
 * the sources; the app passes its bundled `decodeWorker.js` instead).
 */
export function sourceDecodeWorker(): WorkerSpec {
  return sourceWorker(join(__dirname, 'decodeWorker.ts'))
}
