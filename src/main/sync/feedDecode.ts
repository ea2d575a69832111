// Quarantine reasons are shown to staff: in Korean, whichever thread decodes.
import '../../shared/koreanValidationMessages'
import { COLLECTION_SCHEMAS, FeedPage, Tombstone, type AnyCollectionRecord, type CollectionName } from '../../shared/portal'
import { RECORD_TABLES } from '../db/repositories/collections'
import type { PreparedRecord, RecordTable } from '../db/repositories/recordTable'
import { lookupFromSnapshot, type ReferenceSnapshot } from '../db/repositories/referenceData'

/** One feed item, decided: a deletion, a record ready to store, or an item for quarantine. */
export type DecodedItem =
  | { kind: 'tombstone'; id: string }
  | { kind: 'record'; raw: string; record: PreparedRecord }
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

/**
 * The source text of each element of the body's top-level `items` array, found by one scan that
 * only tracks strings and nesting (the body is already known to be valid JSON). Storing these
 * slices keeps the portal's JSON exactly as sent and costs a fraction of re-serialising every item.
 * Null when the array is not found where expected; the caller then serialises.
 */
export function itemSourceTexts(text: string): string[] | null {
  const texts: string[] = []
  let depth = 0
  let lastKey: string | null = null
  let inItems = false
  let elementStart = -1
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code === QUOTE) {
      // Jump to the closing quote: one not preceded by an odd number of backslashes.
      let end = text.indexOf('"', i + 1)
      for (;;) {
        if (end < 0) return null
        let backslashes = 0
        for (let j = end - 1; text.charCodeAt(j) === BACKSLASH; j -= 1) backslashes += 1
        if (backslashes % 2 === 0) break
        end = text.indexOf('"', end + 1)
      }
      if (depth === 1) lastKey = text.slice(i + 1, end)
      if (inItems && depth === 2 && elementStart < 0) elementStart = i
      i = end
      continue
    }
    if (code === 0x7b || code === 0x5b) {
      // { or [
      if (depth === 1 && code === 0x5b && lastKey === 'items') inItems = true
      else if (inItems && depth === 2 && elementStart < 0) elementStart = i
      depth += 1
      continue
    }
    if (code === 0x7d || code === 0x5d) {
      // } or ]
      depth -= 1
      if (inItems && depth === 1) {
        if (elementStart >= 0) texts.push(text.slice(elementStart, i).trimEnd())
        return texts
      }
      continue
    }
    if (!inItems || depth !== 2) continue
    if (code === 0x2c) {
      // , between two elements
      if (elementStart < 0) return null
      texts.push(text.slice(elementStart, i).trimEnd())
      elementStart = -1
    } else if (elementStart < 0 && code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) elementStart = i
  }
  return null
}

/** Parses a feed page's body and checks its envelope; a page that is not the contract's fails as a whole. */
export function readFeedPage(collection: CollectionName, body: Uint8Array): { head: PageHead; items: unknown[]; itemTexts: string[] | null } {
  const path = `${collection}/changes`
  const text = utf8.decode(body)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { head: { ok: false, message: `${path}: 응답이 JSON이 아닙니다.` }, items: [], itemTexts: null }
  }
  const envelope = FeedPage.safeParse(parsed)
  if (!envelope.success) {
    const issue = envelope.error.issues[0]
    return { head: { ok: false, message: `${path}: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid body'}` }, items: [], itemTexts: null }
  }
  const items = envelope.data.items
  const texts = itemSourceTexts(text)
  return {
    head: { ok: true, nextCursor: envelope.data.next_cursor, hasMore: envelope.data.has_more },
    items,
    itemTexts: texts && texts.length === items.length ? texts : null
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
  itemTexts: readonly string[] | null,
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
    const raw = itemTexts?.[index] ?? JSON.stringify(item)
    const parsed = schema.safeParse(item)
    if (!parsed.success) {
      decoded.push({
        kind: 'invalid',
        itemId: typeof candidate?.id === 'string' ? candidate.id : null,
        itemVersion: typeof candidate?.version === 'number' ? candidate.version : null,
        raw,
        error: summarizeIssues(parsed.error)
      })
      continue
    }
    const record = parsed.data as AnyCollectionRecord
    decoded.push({ kind: 'record', raw, record: table.prepare(record, record, reference) })
  }
  return decoded
}
