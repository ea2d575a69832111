import type { Db } from '../types'
import { prepared } from '../statements'


export interface AuditEntry {
  at: string
  actorId: string | null
  action: string
  collection?: string | null
  recordId?: string | null
  reason?: string | null
  detail?: unknown
  deviceTime?: string | null
  syncedAt?: string | null
}

export interface AuditRow {
  id: number
  at: string
  actor_id: string | null
  action: string
  collection: string | null
  record_id: string | null
  reason: string | null
  detail: string | null
  device_time: string | null
  synced_at: string | null
}

export function appendAudit(db: Db, entry: AuditEntry): number {
  const info = prepared(
    db,
    `INSERT INTO audit_log (at, actor_id, action, collection, record_id, reason, detail, device_time, synced_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    entry.at,
    entry.actorId,
    entry.action,
    entry.collection ?? null,
    entry.recordId ?? null,
    entry.reason ?? null,
    entry.detail === undefined ? null : JSON.stringify(entry.detail),
    entry.deviceTime ?? null,
    entry.syncedAt ?? null
  )
  return Number(info.lastInsertRowid)
}

export function listAuditForRecord(db: Db, collection: string, recordId: string): AuditRow[] {
  return prepared(db, `SELECT * FROM audit_log WHERE collection = ? AND record_id = ? ORDER BY id`).all(
    collection,
    recordId
  ) as AuditRow[]
}

export function listAudit(db: Db, limit = 200): AuditRow[] {
  return prepared(db, `SELECT * FROM audit_log ORDER BY id DESC LIMIT ?`).all(limit) as AuditRow[]
}
