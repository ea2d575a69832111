// Quarantine reasons are shown to staff: in Korean, whichever thread decodes.
import '../../shared/koreanValidationMessages'
import { fieldLabel } from '../../shared/domain/labels'
import { FeedPage, Tombstone, type AnyCollectionRecord, type CollectionName } from '../../shared/portal'
import type { PreparedRecord, RawJson } from '../db/repositories/recordTable'
import { collectionSpec, domainOfCollection } from '../domains/registry'
import type { ReferenceSnapshot } from './reference'

/** One feed item, decided: a deletion, a record ready to store, or an item for quarantine. */
export type DecodedItem =
  | { kind: 'tombstone'; id: string }
  | { kind: 'record'; raw: RawJson; record: PreparedRecord }
  | { kind: 'invalid'; itemId: string | null; itemVersion: number | null; raw: string; error: string }

/** What the main thread needs first: the next cursor, so the next page is fetched while this one is decoded. */
export type PageHead = { ok: true; nextCursor: string; hasMore: boolean } | { ok: false; message: string }

type Issues = { issues: { path: PropertyKey[]; message: string }[] }

/** Why an item was set aside, for the 동기화 screen: each field by its Korean name ("시급: 숫자여야 하는데 글자가 들어 있습니다"). */
function summarizeIssues(collection: CollectionName, error: Issues): string {
  const named = error.issues.slice(0, 5).map((issue) => `${fieldLabel(collection, issue.path.map(String).join('.'))}: ${issue.message}`)
  const more = error.issues.length > 5 ? ` 외 ${error.issues.length - 5}건` : ''
  return `${named.join('; ')}${more}`
}

const utf8 = new TextDecoder()

const QUOTE = 0x22
const BACKSLASH = 0x5c

const isWhitespace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09

/** The top-level keys the contract reads: a page that has one twice is ambiguous (see `scanPage`). */
const CONTRACT_KEYS = Object.keys(FeedPage.shape)
const CONTRACT_KEY_BYTES = CONTRACT_KEYS.map((key) => new TextEncoder().encode(key))
const ITEMS_KEY = CONTRACT_KEYS.indexOf('items')

/** Which of the contract's keys the key text body[from, to) is (-1: none). Only top-level keys come here: a few per page. */
function contractKey(body: Uint8Array, from: number, to: number): number {
  next: for (const [index, key] of CONTRACT_KEY_BYTES.entries()) {
    if (key.length !== to - from) continue
    for (let j = 0; j < key.length; j += 1) if (body[from + j] !== key[j]) continue next
    return index
  }
  // A key written with escapes ("\u0069tems") is the same key to JSON.parse.
  if (body.subarray(from, to).includes(BACKSLASH)) return CONTRACT_KEYS.indexOf(JSON.parse(utf8.decode(body.subarray(from - 1, to + 1))) as string)
  return -1
}

/** body[from, to) without the whitespace before the `,` or `]` that ends an element. */
function trimmed(body: Uint8Array, from: number, to: number): Uint8Array {
  let end = to
  while (end > from && isWhitespace(body[end - 1]!)) end -= 1
  return body.subarray(from, end)
}

interface PageScan {
  /** The elements of the top-level items array; null when there is none to slice. */
  items: Uint8Array[] | null
  /** A key the contract reads that the top level has more than once. */
  repeatedKey: string | null
}

/**
 * The source bytes of each element of the body's top-level `items` array (views into `body`, no
 * copies), found by one pass that only tracks strings and nesting (the body is already known to be
 * valid JSON; quotes and backslashes never occur inside a multi-byte UTF-8 sequence, so a byte scan
 * is exact). Storing these keeps the portal's JSON exactly as sent, costs a fraction of
 * re-serialising every item, and crosses from the worker thread as one buffer instead of as
 * hundreds of UTF-16 strings that the main thread would re-encode for SQLite.
 *
 * The pass goes on to the end of the body, because JSON.parse keeps the LAST value of a repeated
 * key: with two `items` arrays of one length, slicing the first would store each row with another
 * item's JSON. A repeated contract key is reported instead of any slices.
 */
function scanPage(body: Uint8Array): PageScan {
  const sources: Uint8Array[] = []
  let foundItems = false
  const length = body.length
  let depth = 0
  // At depth 1: whether the next string is a key, and which contract key the value being read belongs to.
  let expectKey = false
  let key = -1
  let seenKeys = 0
  let inItems = false
  let elementStart = -1
  for (let i = 0; i < length; i += 1) {
    let byte = body[i]!
    if (byte === QUOTE) {
      // To the closing quote, stepping over each escaped character (a byte-by-byte loop: an indexOf
      // call per string costs more than it skips in these short strings).
      const start = i
      for (i += 1; ; i += 1) {
        if (i >= length) return { items: null, repeatedKey: null }
        byte = body[i]!
        if (byte === QUOTE) break
        if (byte === BACKSLASH) i += 1
      }
      if (depth === 1) {
        if (expectKey) {
          expectKey = false
          key = contractKey(body, start + 1, i)
          if (key >= 0) {
            if (seenKeys & (1 << key)) return { items: null, repeatedKey: CONTRACT_KEYS[key]! }
            seenKeys |= 1 << key
          }
        }
      } else if (inItems && depth === 2 && elementStart < 0) elementStart = start
      continue
    }
    if (byte === 0x7b || byte === 0x5b) {
      // { or [
      if (depth === 0) expectKey = byte === 0x7b
      else if (depth === 1) {
        if (byte === 0x5b && key === ITEMS_KEY) {
          inItems = true
          foundItems = true
        }
      } else if (inItems && depth === 2 && elementStart < 0) elementStart = i
      depth += 1
      continue
    }
    if (byte === 0x7d || byte === 0x5d) {
      // } or ]
      depth -= 1
      if (inItems && depth === 1) {
        if (elementStart >= 0) sources.push(trimmed(body, elementStart, i))
        inItems = false
        elementStart = -1
      }
      continue
    }
    if (!inItems || depth !== 2) {
      if (byte === 0x2c && depth === 1) expectKey = true
      continue
    }
    if (byte === 0x2c) {
      // , between two elements
      if (elementStart < 0) return { items: null, repeatedKey: null }
      sources.push(trimmed(body, elementStart, i))
      elementStart = -1
    } else if (elementStart < 0 && !isWhitespace(byte)) elementStart = i
  }
  return { items: foundItems && depth === 0 ? sources : null, repeatedKey: null }
}

/** The source bytes of each element of the top-level `items` array (see `scanPage`); null when not found or ambiguous, and the caller then serialises. */
export function itemSources(body: Uint8Array): Uint8Array[] | null {
  return scanPage(body).items
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
  const scan = scanPage(body)
  if (scan.repeatedKey !== null) {
    return {
      head: { ok: false, message: `${path}: 응답 최상위에 "${scan.repeatedKey}" 키가 두 번 이상 있어 어느 값이 맞는지 알 수 없습니다.` },
      items: [],
      itemSources: null
    }
  }
  const envelope = FeedPage.safeParse(parsed)
  if (!envelope.success) {
    const issue = envelope.error.issues[0]
    return { head: { ok: false, message: `${path}: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid body'}` }, items: [], itemSources: null }
  }
  const items = envelope.data.items
  return {
    head: { ok: true, nextCursor: envelope.data.next_cursor, hasMore: envelope.data.has_more },
    items,
    itemSources: scan.items && scan.items.length === items.length ? scan.items : null
  }
}

/**
 * An item's source, when it can be that item: an object's text runs from { to }. Checked without a
 * parse (the pull's hot path); that the slices are the items JSON.parse read is `scanPage`'s doing.
 */
function sourceOf(source: Uint8Array | undefined, item: unknown): Uint8Array | undefined {
  if (source === undefined || typeof item !== 'object' || item === null || Array.isArray(item)) return undefined
  return source[0] === 0x7b && source[source.length - 1] === 0x7d ? source : undefined
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
  const { schema, table } = collectionSpec(collection)
  const domain = domainOfCollection(collection)
  const reference = domain.reference?.fromSnapshot(snapshot[domain.name])
  const decoded: DecodedItem[] = []
  for (const [index, item] of items.entries()) {
    const candidate = item as { id?: unknown; version?: unknown; deleted?: unknown } | null
    let deletionIssues: Issues | null = null
    if (candidate?.deleted === true) {
      const tombstone = Tombstone.safeParse(item)
      if (tombstone.success) {
        decoded.push({ kind: 'tombstone', id: tombstone.data.id })
        continue
      }
      deletionIssues = tombstone.error
    }
    // The raw copy keeps unknown fields (forward compatibility); the typed columns come from the parsed record.
    const source = sourceOf(itemSources?.[index], item)
    const parsed = schema.safeParse(item)
    if (!parsed.success) {
      decoded.push({
        kind: 'invalid',
        itemId: typeof candidate?.id === 'string' ? candidate.id : null,
        // The column is INTEGER (STRICT): 1.5 or Infinity (1e400) there would fail the page's transaction and hold its cursor for good.
        itemVersion: typeof candidate?.version === 'number' && Number.isSafeInteger(candidate.version) ? candidate.version : null,
        raw: source ? utf8.decode(source) : JSON.stringify(item),
        // A broken deletion is told as one, not as a record missing every field.
        error: summarizeIssues(collection, deletionIssues ?? parsed.error)
      })
      continue
    }
    const record = parsed.data as AnyCollectionRecord
    decoded.push({ kind: 'record', raw: source ?? JSON.stringify(item), record: table.prepare(record, record, reference) })
  }
  return decoded
}
