/** State shared by the routes, and the helpers every write uses (roles, If-Match, concurrent edits). */
import type { CollectionName, Role, Staff } from '../../shared/portal/common'
import { AuthService, OTHER_STAFF_ID } from './auth'
import { FaultState } from './faults'
import { ApiError, notFound, type RequestCtx } from './http'
import type { JsonObject, LoadedRecord, SimStore } from './store'
import { nowInstant, type Clock } from './util'

export interface SimStats {
  requests: number
  writesApplied: number
  idempotentReplays: number
  /** Comments created through the API, per attractive job id. */
  commentsAdded: Record<string, number>
}

export interface Sim {
  store: SimStore
  faults: FaultState
  auth: AuthService
  stats: SimStats
  cursorTtlSeconds: number | undefined
  /** The simulator's time (token expiry, cursor age, every timestamp it writes). */
  now: Clock
  log: (line: string) => void
  nextIds: { registration: number; malformed: number }
}

export const COLLECTION_ROLES: Record<CollectionName, readonly Role[]> = {
  'attractive-jobs': ['attractive_jobs_reviewer'],
  'sme-applications': ['sme_screener', 'sme_evaluator'],
  'reemployment-sessions': ['reemployment_coordinator'],
  'reemployment-registrations': ['reemployment_coordinator']
}

/** `manager` may do anything; others need one of `roles`. */
export function requireRole(staff: Staff, roles: readonly Role[]): void {
  if (staff.roles.includes('manager')) return
  if (!roles.some((r) => staff.roles.includes(r))) throw new ApiError(403, 'forbidden', `이 작업에는 ${roles.join(' 또는 ')} 역할이 필요합니다.`)
}

export function requireCollection(staff: Staff, collection: CollectionName): void {
  requireRole(staff, COLLECTION_ROLES[collection])
}

/** If-Match: "<version>" (also accepts W/"3" and a bare 3). */
export function ifMatchVersion(ctx: RequestCtx): number {
  const raw = ctx.headers['if-match']
  if (raw === undefined || raw.trim() === '') throw new ApiError(428, 'precondition_required', '기존 기록을 수정할 때는 If-Match: "<version>" 헤더가 필요합니다.')
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(raw.trim())
  if (!match?.[1]) throw new ApiError(422, 'validation_failed', 'If-Match 형식이 올바르지 않습니다.', { errors: [{ path: 'headers.if-match', message: '"<version>" 형식이어야 합니다.' }] })
  return Number(match[1])
}

/** Another staff member edits a record: a harmless change that bumps its version. Returns the new version. */
export function applyOtherStaffEdit(sim: Sim, collection: CollectionName, id: string): number | undefined {
  const loaded = sim.store.load(collection, id)
  if (!loaded) return undefined
  const rec = loaded.record
  if (collection === 'attractive-jobs' && Array.isArray(rec.comments)) {
    rec.comments.push({ id: nextCommentId(rec.comments), author: OTHER_STAFF_ID, body: '담당 부서와 통화하여 일정 확인함 (다른 직원 메모)', created_at: nowInstant(sim.now) })
  }
  sim.store.commit(collection, loaded)
  return Number(loaded.record.version)
}

export function nextCommentId(comments: unknown[]): string {
  let max = 0
  for (const c of comments) {
    const m = /^C-(\d+)$/.exec(String((c as { id?: unknown }).id ?? ''))
    if (m?.[1]) max = Math.max(max, Number(m[1]))
  }
  return `C-${max + 1}`
}

/**
 * Loads a record for a versioned write: 404 if missing, 428 without If-Match, 409 version_conflict with
 * the current record if the version is stale. (The otherStaffEditRate fault runs before, outside the
 * write's transaction, so that its edit survives the 409.)
 */
export function loadForWrite(sim: Sim, ctx: RequestCtx, collection: CollectionName, id: string): LoadedRecord {
  const loaded = sim.store.load(collection, id)
  if (!loaded) throw notFound(id)
  const expected = ifMatchVersion(ctx)
  if (loaded.row.version !== expected) {
    throw new ApiError(409, 'version_conflict', `기록이 이미 변경되었습니다 (요청 버전 ${expected}, 현재 버전 ${loaded.row.version}).`, { current: loaded.row.json })
  }
  return loaded
}

export function loadOrThrow(sim: Sim, collection: CollectionName, id: string): LoadedRecord {
  const loaded = sim.store.load(collection, id)
  if (!loaded) throw notFound(id)
  return loaded
}

export function asObject(v: unknown): JsonObject {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : {}
}
