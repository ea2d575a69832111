// Quarantine reasons are shown to staff: in Korean, whichever thread decodes.
import '../../shared/koreanValidationMessages'
import { COLLECTION_SCHEMAS, FeedPage, Tombstone, type CollectionName } from '../../shared/portal'
import { RECORD_TABLES } from '../db/repositories/collections'
import type { PreparedRecord } from '../db/repositories/recordTable'
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

type AnyTable = { prepare(server: unknown, view: unknown, reference: ReturnType<typeof lookupFromSnapshot>): PreparedRecord }

const utf8 = new TextDecoder()

/** Parses a feed page's body and checks its envelope; a page that is not the contract's fails as a whole. */
export function readFeedPage(collection: CollectionName, body: Uint8Array): { head: PageHead; items: unknown[] } {
  const path = `${collection}/changes`
  let parsed: unknown
  try {
    parsed = JSON.parse(utf8.decode(body))
  } catch {
    return { head: { ok: false, message: `${path}: 응답이 JSON이 아닙니다.` }, items: [] }
  }
  const envelope = FeedPage.safeParse(parsed)
  if (!envelope.success) {
    const issue = envelope.error.issues[0]
    return { head: { ok: false, message: `${path}: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid body'}` }, items: [] }
  }
  return { head: { ok: true, nextCursor: envelope.data.next_cursor, hasMore: envelope.data.has_more }, items: envelope.data.items }
}

/**
 * Turns a page's items into items ready to store: each item's schema, typed columns, rule checks and
 * search documents. No database and no I/O, so it runs on a worker thread while the main thread
 * writes the previous page; the reference data it needs (yearly thresholds) comes as a snapshot.
 */
export function decodeFeedItems(collection: CollectionName, items: readonly unknown[], snapshot: ReferenceSnapshot): DecodedItem[] {
  const schema = COLLECTION_SCHEMAS[collection]
  const table = RECORD_TABLES[collection] as unknown as AnyTable
  const reference = lookupFromSnapshot(snapshot)
  const decoded: DecodedItem[] = []
  for (const item of items) {
    const candidate = item as { id?: unknown; version?: unknown; deleted?: unknown } | null
    if (candidate?.deleted === true) {
      const tombstone = Tombstone.safeParse(item)
      if (tombstone.success) {
        decoded.push({ kind: 'tombstone', id: tombstone.data.id })
        continue
      }
    }
    // The raw copy keeps unknown fields (forward compatibility); the typed columns come from the parsed record.
    const raw = JSON.stringify(item)
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
    decoded.push({ kind: 'record', raw, record: table.prepare(parsed.data, parsed.data, reference) })
  }
  return decoded
}
