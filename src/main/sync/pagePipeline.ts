import type { DecodedItem } from './feedDecode'

/** A feed page on its way: its head (next cursor) settles as soon as the body is parsed, its items once decoded. */
export interface InFlightPage {
  head: Promise<{ nextCursor: string; hasMore: boolean }>
  items: Promise<DecodedItem[]>
}

/**
 * Keeps a feed's next pages coming while the current one is written: each page's cursor is
 * followed the moment it is known, so fetching (the portal), decoding (a worker thread) and
 * writing (SQLite, this thread) overlap. At most `lookahead` pages wait, which bounds memory.
 */
export class PagePipeline {
  private readonly queue: InFlightPage[] = []
  private waitingCursor: string | null = null
  private ended = false
  private closed = false

  constructor(
    private readonly fetchPage: (from: string | null) => InFlightPage,
    from: string | null,
    private readonly lookahead = 3
  ) {
    this.enqueue(from)
  }

  private enqueue(from: string | null): void {
    const page = this.fetchPage(from)
    this.queue.push(page)
    page.head.then(
      (head) => {
        if (this.closed) return
        if (!head.hasMore) this.ended = true
        else if (this.queue.length < this.lookahead) this.enqueue(head.nextCursor)
        else this.waitingCursor = head.nextCursor
      },
      // The consumer sees the failure when it awaits this page; nothing is fetched past it.
      () => undefined
    )
  }

  /**
   * The next page in feed order, or null after the last one. Call it only after the previous page's
   * head has settled (its cursor is what the next page is fetched with).
   */
  next(): InFlightPage | null {
    const page = this.queue.shift()
    if (this.waitingCursor !== null && this.queue.length < this.lookahead) {
      const cursor = this.waitingCursor
      this.waitingCursor = null
      this.enqueue(cursor)
    }
    if (page) return page
    if (this.ended) return null
    throw new Error('feed pipeline: next() called before the previous page head settled')
  }

  /** Stops following cursors (after a failure, or to restart the feed); pages in flight are dropped. */
  close(): void {
    this.closed = true
    this.queue.length = 0
  }
}
