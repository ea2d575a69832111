/** Change feeds, single records and the logged contact look-up (portal-admin-api.md §3, §9). */
import { CollectionName, FeedQuery } from '../../../shared/portal/common'
import { requireCollection, loadOrThrow, type Sim } from '../context'
import { breakRecord } from '../faults'
import { ApiError, jsonReply, textReply, validation, zodErrors, type RequestCtx, type Reply } from '../http'
import { COLLECTION_PATTERN, type Route } from '../router'
import { blindSmeJson, seesAllSheets } from './smeBlind'

interface CursorData {
  /** collection */
  c: string
  /** last seq delivered */
  s: number
  /** tombstones with seq ≤ f are skipped (they predate the full pull this cursor belongs to) */
  f: number
  /** store epoch */
  e: string
  /** issued at, ms */
  t: number
}

export function encodeCursor(data: CursorData): string {
  return Buffer.from(JSON.stringify(data)).toString('base64url')
}

function decodeCursor(sim: Sim, collection: CollectionName, cursor: string): CursorData {
  let data: CursorData
  try {
    data = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorData
  } catch {
    throw validation('cursor', '커서 형식이 올바르지 않습니다.')
  }
  if (typeof data !== 'object' || data === null || typeof data.s !== 'number' || typeof data.f !== 'number' || typeof data.e !== 'string' || typeof data.t !== 'number') {
    throw validation('cursor', '커서 형식이 올바르지 않습니다.')
  }
  if (data.c !== collection) throw validation('cursor', '다른 컬렉션의 커서입니다.')
  if (data.e !== sim.store.epoch) throw new ApiError(410, 'cursor_expired', '커서가 만료되었습니다. 처음부터 다시 받으세요.')
  if (sim.cursorTtlSeconds !== undefined && sim.now() - data.t > sim.cursorTtlSeconds * 1000) {
    throw new ApiError(410, 'cursor_expired', '커서가 만료되었습니다. 처음부터 다시 받으세요.')
  }
  return data
}

const OPEN = Buffer.from('{"items":[')
const COMMA = Buffer.from(',')

function feed(sim: Sim, ctx: RequestCtx, [name]: string[]): Reply {
  const collection = CollectionName.parse(name)
  requireCollection(ctx.staff, collection)
  const parsed = FeedQuery.safeParse({ cursor: ctx.query.get('cursor') ?? undefined, limit: ctx.query.get('limit') ?? undefined })
  if (!parsed.success) throw new ApiError(422, 'validation_failed', 'limit은 1..1000 사이의 정수여야 합니다.', { errors: zodErrors(parsed.error) })
  const { cursor, limit } = parsed.data
  let after = 0
  let liveUpTo = sim.store.currentSeq
  if (cursor !== undefined) {
    const data = decodeCursor(sim, collection, cursor)
    after = data.s
    liveUpTo = data.f
  }
  const rows = sim.store.feed(collection, after, liveUpTo, limit + 1)
  const hasMore = rows.length > limit
  const page = hasMore ? rows.slice(0, limit) : rows
  const last = page[page.length - 1]
  const nextSeq = last ? last.seq : cursor === undefined ? sim.store.currentSeq : after
  const next = encodeCursor({ c: collection, s: nextSeq, f: liveUpTo, e: sim.store.epoch, t: sim.now() })
  // The page is byte concatenation of the stored JSON: no parse, no stringify, no UTF-8 re-encoding —
  // except 강소기업 records for a caller without `manager`, which are parsed to hide others' sheets.
  const parts: Buffer[] = [OPEN]
  const malformed = sim.faults.get().malformedRate > 0
  const blind = collection === 'sme-applications' && !seesAllSheets(ctx.staff)
  for (let i = 0; i < page.length; i += 1) {
    const row = page[i]!
    if (i > 0) parts.push(COMMA)
    const shown = blind ? blindSmeJson(ctx.staff, row.json.toString('utf8')) : undefined
    if (malformed && sim.faults.roll('malformedRate')) {
      sim.faults.counters.malformed += 1
      parts.push(Buffer.from(breakRecord(collection, shown ?? row.json.toString('utf8'), row.seq)))
    } else parts.push(shown === undefined ? row.json : Buffer.from(shown))
  }
  parts.push(Buffer.from(`],"next_cursor":"${next}","has_more":${hasMore}}`))
  return { status: 200, body: Buffer.concat(parts) }
}

function getOne(sim: Sim, ctx: RequestCtx, [name, id]: string[]): Reply {
  const collection = CollectionName.parse(name)
  requireCollection(ctx.staff, collection)
  const json = loadOrThrow(sim, collection, id ?? '').row.json
  return textReply(200, collection === 'sme-applications' ? blindSmeJson(ctx.staff, json) : json)
}

function contact(sim: Sim, ctx: RequestCtx, [name, id]: string[]): Reply {
  const collection = CollectionName.parse(name)
  requireCollection(ctx.staff, collection)
  const reason = (ctx.query.get('reason') ?? '').trim()
  if (reason.length < 2) throw validation('reason', '개인정보 조회 사유(2자 이상)가 필요합니다.')
  const loaded = loadOrThrow(sim, collection, id ?? '')
  const full = loaded.priv.contact
  if (!full) throw new ApiError(404, 'not_found', '이 기록에는 연락처 정보가 없습니다.')
  sim.store.logContact(ctx.staff.id, collection, loaded.row.id, reason)
  sim.log(`contact look-up: ${ctx.staff.id} ${collection}/${loaded.row.id} reason="${reason}"`)
  return jsonReply(200, full.email === undefined ? { name: full.name, phone: full.phone } : full)
}

export const feedRoutes: Route[] = [
  { method: 'GET', pattern: new RegExp(`^/${COLLECTION_PATTERN}/changes$`), handler: feed },
  { method: 'GET', pattern: new RegExp(`^/${COLLECTION_PATTERN}/([^/]+)/contact$`), handler: contact },
  { method: 'GET', pattern: new RegExp(`^/${COLLECTION_PATTERN}/([^/]+)$`), handler: getOne }
]
