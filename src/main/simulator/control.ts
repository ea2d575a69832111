/** SimControl: test hooks, used in-process and over HTTP under /__sim (never faulted, never authenticated). */
import type { PortalAuditEvent } from '../../shared/portal/audit'
import { CollectionName } from '../../shared/portal/common'
import { applyOtherStaffEdit, type Sim } from './context'
import { breakRecord, checkFaults, type FaultCounters, type FaultSettings } from './faults'
import { ApiError, jsonReply, parseJsonBody, textReply, validation, type Reply, type RequestCtx } from './http'
import { nowInstant, pad } from './util'

export interface SimStatsSnapshot {
  counts: Record<CollectionName, { live: number; deleted: number }>
  /** Comments created through the API, per attractive job id. */
  commentsAdded: Record<string, number>
  /** Walk-in registrations keyed by client_ref → the registration ids carrying it (one each, unless doubled). */
  walkIns: Record<string, string[]>
  requests: number
  writesApplied: number
  idempotentReplays: number
  faultsInjected: FaultCounters & { total: number }
  contactLookups: number
  seq: number
}

export interface SimControl {
  /** Another staff member edits records (by id, or `count` random live ones); returns their new versions. */
  otherStaffEdit(collection: CollectionName, count?: number, id?: string): { id: string; version: number }[]
  /** Every cursor issued so far now gets 410 cursor_expired. */
  expireCursors(): void
  /** Adds `count` feed items that break the collection's schema; returns their ids. */
  injectMalformed(collection: CollectionName, count: number): string[]
  /** Deletes a record: the feed then carries a tombstone. */
  deleteRecord(collection: CollectionName, id: string): boolean
  stats(): SimStatsSnapshot
  /** The current stored record, exactly as served (masked), or undefined. */
  record(collection: CollectionName, id: string): unknown
  contactLog(): { at: string; staff_id: string; collection: string; record_id: string; reason: string }[]
  /** Audit events received (POST /audit/events), each id once, in the order first received. */
  auditEvents(): (PortalAuditEvent & { received_at: string })[]
}

const PREFIX: Record<CollectionName, string> = {
  'attractive-jobs': 'AJ-2026-X',
  'sme-applications': 'SME-2026-X',
  'reemployment-sessions': 'RS-2026-X',
  'reemployment-registrations': 'RR-2026-X'
}

export function createControl(sim: Sim): SimControl {
  return {
    otherStaffEdit(collection, count = 1, id) {
      const ids = id ? [id] : sim.store.randomLiveIds(collection, count)
      const out: { id: string; version: number }[] = []
      sim.store.transaction(() => {
        for (const rid of ids) {
          const version = applyOtherStaffEdit(sim, collection, rid)
          if (version !== undefined) out.push({ id: rid, version })
        }
      })
      return out
    },
    expireCursors() {
      sim.store.bumpEpoch()
    },
    injectMalformed(collection, count) {
      const template = sim.store.randomLiveIds(collection, 1)[0]
      const base = template ? sim.store.get(collection, template)?.json : undefined
      const ids: string[] = []
      sim.store.transaction(() => {
        for (let i = 0; i < count; i += 1) {
          sim.nextIds.malformed += 1
          const id = `${PREFIX[collection]}${pad(sim.nextIds.malformed, 5)}`
          const rec = base ? (JSON.parse(base) as Record<string, unknown>) : {}
          Object.assign(rec, { id, version: 1, updated_at: nowInstant(sim.now) })
          sim.store.putRaw(collection, id, 1, breakRecord(collection, JSON.stringify(rec), sim.nextIds.malformed))
          ids.push(id)
        }
      })
      return ids
    },
    deleteRecord(collection, id) {
      return sim.store.tombstone(collection, id)
    },
    stats() {
      const c = sim.faults.counters
      return {
        counts: sim.store.counts(),
        commentsAdded: { ...sim.stats.commentsAdded },
        walkIns: sim.store.clientRefs(),
        requests: sim.stats.requests,
        writesApplied: sim.stats.writesApplied,
        idempotentReplays: sim.stats.idempotentReplays,
        faultsInjected: { ...c, total: c.rate429 + c.rate503 + c.drop + c.otherStaffEdit + c.malformed },
        contactLookups: sim.store.contactLog().length,
        seq: sim.store.currentSeq
      }
    },
    record(collection, id) {
      const row = sim.store.get(collection, id)
      return row ? (JSON.parse(row.json) as unknown) : undefined
    },
    contactLog() {
      return sim.store.contactLog()
    },
    auditEvents() {
      return sim.store.auditEvents().map((row) => ({ ...(JSON.parse(row.json) as PortalAuditEvent), received_at: row.received_at }))
    }
  }
}

function collectionOf(v: unknown): CollectionName {
  const parsed = CollectionName.safeParse(v)
  if (!parsed.success) throw validation('collection', 'collection이 올바르지 않습니다.')
  return parsed.data
}

function bodyObject(ctx: RequestCtx): Record<string, unknown> {
  if (ctx.rawBody.trim() === '') return {}
  const v = parseJsonBody(ctx)
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
}

/** HTTP face of SimControl under /__sim. */
export function handleControl(sim: Sim, control: SimControl, ctx: RequestCtx): Reply {
  const { method, path } = ctx
  if (path === '/faults' && method === 'GET') return jsonReply(200, sim.faults.get())
  if (path === '/faults' && method === 'PUT') {
    const body = bodyObject(ctx)
    const error = checkFaults(body)
    if (error) throw validation('', error)
    sim.faults.set(body as Partial<FaultSettings>)
    return jsonReply(200, sim.faults.get())
  }
  if (path === '/stats' && method === 'GET') return jsonReply(200, control.stats())
  if (path === '/contact-log' && method === 'GET') return jsonReply(200, control.contactLog())
  if (path === '/audit-events' && method === 'GET') return jsonReply(200, control.auditEvents())
  if (path === '/expire-cursors' && method === 'POST') {
    control.expireCursors()
    return jsonReply(200, { expired: true })
  }
  if (path === '/other-staff-edit' && method === 'POST') {
    const b = bodyObject(ctx)
    const count = typeof b.count === 'number' ? b.count : 1
    return jsonReply(200, { changed: control.otherStaffEdit(collectionOf(b.collection), count, typeof b.id === 'string' ? b.id : undefined) })
  }
  if (path === '/inject-malformed' && method === 'POST') {
    const b = bodyObject(ctx)
    const count = typeof b.count === 'number' ? b.count : 1
    return jsonReply(200, { ids: control.injectMalformed(collectionOf(b.collection), count) })
  }
  if (path === '/delete' && method === 'POST') {
    const b = bodyObject(ctx)
    return jsonReply(200, { deleted: control.deleteRecord(collectionOf(b.collection), String(b.id ?? '')) })
  }
  const m = /^\/records\/([^/]+)\/([^/]+)$/.exec(path)
  if (m && method === 'GET') {
    const row = sim.store.get(collectionOf(m[1]), decodeURIComponent(m[2] ?? ''))
    if (!row) throw new ApiError(404, 'not_found', 'no such record')
    return textReply(200, row.json)
  }
  throw new ApiError(404, 'not_found', `unknown control endpoint ${method} /__sim${path}`)
}
