// Quarantine reasons are shown to staff: in Korean, whichever thread decodes.
import '../../shared/koreanValidationMessages'
import { COLLECTION_SCHEMAS, FeedPage, Tombstone, type AnyCollectionRecord, type CollectionName } from '../../shared/portal'
import { RECORD_TABLES } from '../db/repositories/collections'
import type { PreparedRecord, RawJson, RecordTable } from '../db/repositories/recordTable'
import { lookupFromSnapshot, type ReferenceSnapshot } from '../db/repositories/referenceData'

/** One feed item, decided: a deletion, a record ready to store, or an item for quarantine. */
export type DecodedItem =
  | { kind: 'tombstone'; id: string }
  | { kind: 'record'; raw: RawJson; record: PreparedRecord }
  | { kind: 'invalid'; itemId: string | null; itemVersion: number | null; raw: string; error: string }

/** What the main thread needs first: the next cursor, so the next page is fetched while this one is decoded. */
export type PageHead = { ok: true; nextCursor: string; hasMore: boolean } | { ok: false; message: string }

function summarizeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ')
}

const utf8 = new TextDecoder()

const QUOTE = 0x22
const BACKSLASH = 0x5c

const isWhitespace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09

/** Whether body[from, to) is the key `items`. */
function isItemsKey(body: Uint8Array, from: number, to: number): boolean {
  return to - from === 5 && body[from] === 0x69 && body[from + 1] === 0x74 && body[from + 2] === 0x65 && body[from + 3] === 0x6d && body[from + 4] === 0x73
}

/**
 * The source bytes of each element of the body's top-level `items` array (views into `body`, no
 * copies), found by one pass that only tracks strings and nesting (the body is already known to be
 * valid JSON; quotes and backslashes never occur inside a multi-byte UTF-8 sequence, so a byte scan
 * is exact). Storing these keeps the portal's JSON exactly as sent, costs a fraction of
 * re-serialising every item, and crosses from the worker thread as one buffer instead of as
 * hundreds of UTF-16 strings that the main thread would re-encode for SQLite. Null when the array
 * is not found where expected; the caller then serialises.
 */
export function itemSources(body: Uint8Array): Uint8Array[] | null {
  const sources: Uint8Array[] = []
  const element = (from: number, to: number) => {
    let end = to
    while (end > from && isWhitespace(body[end - 1]!)) end -= 1
    sources.push(body.subarray(from, end))
  }
  const length = body.length
  let depth = 0
  let lastKeyIsItems = false
  let inItems = false
  let elementStart = -1
  for (let i = 0; i < length; i += 1) {
    let byte = body[i]!
    if (byte === QUOTE) {
      // To the closing quote, stepping over each escaped character (a byte-by-byte loop: an indexOf
      // call per string costs more than it skips in these short strings).
      const start = i
      for (i += 1; ; i += 1) {
        if (i >= length) return null
        byte = body[i]!
        if (byte === QUOTE) break
        if (byte === BACKSLASH) i += 1
      }
      if (depth === 1) lastKeyIsItems = isItemsKey(body, start + 1, i)
      if (inItems && depth === 2 && elementStart < 0) elementStart = start
      continue
    }
    if (byte === 0x7b || byte === 0x5b) {
      // { or [
      if (depth === 1 && byte === 0x5b && lastKeyIsItems) inItems = true
      else if (inItems && depth === 2 && elementStart < 0) elementStart = i
      depth += 1
      continue
    }
    if (byte === 0x7d || byte === 0x5d) {
      // } or ]
      depth -= 1
      if (inItems && depth === 1) {
        if (elementStart >= 0) element(elementStart, i)
        return sources
      }
      continue
    }
    if (!inItems || depth !== 2) continue
    if (byte === 0x2c) {
      // , between two elements
      if (elementStart < 0) return null
      element(elementStart, i)
      elementStart = -1
    } else if (elementStart < 0 && !isWhitespace(byte)) elementStart = i
  }
  return null
}

/** Parses a feed page's body and checks its envelope; a page that is not the contract's fails as a whole. */
export function readFeedPage(collection: CollectionName, body: Uint8Array): { head: PageHead; items: unknown[]; itemSources: Uint8Array[] | null } {
  const path = `${collection}/changes`
  const text = utf8.decode(body)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { head: { ok: false, message: `${path}: 응답이 JSON이 아닙니다.` }, items: [], itemSources: null }
  }
  const envelope = FeedPage.safeParse(parsed)
  if (!envelope.success) {
    const issue = envelope.error.issues[0]
    return { head: { ok: false, message: `${path}: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid body'}` }, items: [], itemSources: null }
  }
  const items = envelope.data.items
  const sources = itemSources(body)
  return {
    head: { ok: true, nextCursor: envelope.data.next_cursor, hasMore: envelope.data.has_more },
    items,
    itemSources: sources && sources.length === items.length ? sources : null
  }
}

/**
 * Turns a page's items into items ready to store: each item's schema, typed columns, rule checks and
 * search documents. No database and no I/O, so it runs on a worker thread while the main thread
 * writes the previous page; the reference data it needs (yearly thresholds) comes as a snapshot.
 */
export function decodeFeedItems(
  collection: CollectionName,
  items: readonly unknown[],
  itemSources: readonly Uint8Array[] | null,
  snapshot: ReferenceSnapshot
): DecodedItem[] {
  const schema = COLLECTION_SCHEMAS[collection]
  const table = RECORD_TABLES[collection] as unknown as RecordTable<AnyCollectionRecord>
  const reference = lookupFromSnapshot(snapshot)
  const decoded: DecodedItem[] = []
  for (const [index, item] of items.entries()) {
    const candidate = item as { id?: unknown; version?: unknown; deleted?: unknown } | null
    if (candidate?.deleted === true) {
      const tombstone = Tombstone.safeParse(item)
      if (tombstone.success) {
        decoded.push({ kind: 'tombstone', id: tombstone.data.id })
        continue
      }
    }
    // The raw copy keeps unknown fields (forward compatibility); the typed columns come from the parsed record.
    const source = itemSources?.[index]
    const parsed = schema.safeParse(item)
    if (!parsed.success) {
      decoded.push({
        kind: 'invalid',
        itemId: typeof candidate?.id === 'string' ? candidate.id : null,
        itemVersion: typeof candidate?.version === 'number' ? candidate.version : null,
        raw: source ? utf8.decode(source) : JSON.stringify(item),
        error: summarizeIssues(parsed.error)
      })
      continue
    }
    const record = parsed.data as AnyCollectionRecord
    decoded.push({ kind: 'record', raw: source ?? JSON.stringify(item), record: table.prepare(record, record, reference) })
  }
  return decoded
}
