import { createHash } from 'node:crypto'

/**
 * The hash chain of the 접속기록 (format v1). Each entry's hash is SHA-256 over the previous entry's
 * hash and a canonical serialisation of the entry's own fields, so editing, inserting or deleting an
 * entry breaks the chain from there on (repositories/auditLog.ts `verifyAuditChain`).
 *
 * Migration 0090 chained the rows already stored with this same function, and every stored chain
 * depends on it: never change this format. A new format would be a v2 beside it.
 */
export const AUDIT_CHAIN_GENESIS = '0'.repeat(64)

/** The fields an entry is chained over: what was recorded when it happened, nothing added later. */
export interface ChainedAuditFields {
  seq: number
  eventId: string
  kind: string
  at: string
  staffId: string | null
  host: string
  collection: string | null
  recordId: string | null
  reason: string | null
  /** The detail as stored (JSON text), so the hash covers exactly the stored bytes. */
  detail: string | null
  deviceTime: string | null
}

/** A JSON array in fixed field order: strings, numbers and nulls only, so the text is the same everywhere. */
export function canonicalAuditEntry(fields: ChainedAuditFields): string {
  return JSON.stringify([
    'v1',
    fields.seq,
    fields.eventId,
    fields.kind,
    fields.at,
    fields.staffId,
    fields.host,
    fields.collection,
    fields.recordId,
    fields.reason,
    fields.detail,
    fields.deviceTime
  ])
}

export function auditEntryHash(prevHash: string, fields: ChainedAuditFields): string {
  return createHash('sha256').update(prevHash, 'utf8').update('\n', 'utf8').update(canonicalAuditEntry(fields), 'utf8').digest('hex')
}

/** The PC time as one comparable text (UTC, milliseconds): date filters compare it as a string. */
export function normalizedAuditInstant(at: string): string {
  const ms = Date.parse(at)
  return Number.isNaN(ms) ? at : new Date(ms).toISOString()
}
