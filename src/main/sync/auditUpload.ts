import { createHash } from 'node:crypto'
import { AUDIT_EVENTS_PER_CALL, PortalAuditEvent } from '../../shared/portal'
import type { AuditEventRow } from '../db/repositories/auditLog'
import { auditUploadsWaitingForOthers, pendingAuditUploads, recordAuditUploads } from '../db/repositories/auditQueries'
import type { Db } from '../db/types'
import { PortalContractError, PortalError, describePortalError } from './errors'
import type { PortalClient } from './portalClient'

/**
 * What happens only on this PC and is sent to the portal (portal-admin-api.md §10), so the city's record
 * of who saw which personal data survives a lost or wiped PC. Decisions, scores and check-ins are not
 * here: they reach the portal as the writes themselves.
 */
export const PORTAL_AUDIT_KINDS = [
  'sign_in',
  'sign_out',
  'offline_unlock',
  'offline_unlock_failed',
  'lock',
  'unlock',
  'unlock_failed',
  'contact_lookup',
  'export',
  'import',
  'printout',
  'view',
  'settings_change',
  'sme_pledge_confirmed',
  'purge_outside_roles',
  'retention_purge',
  'diagnostics_export',
  'data_dir_move',
  'data_dir_move_failed'
] as const

/**
 * The local kinds that are not sent, each with why. Every kind of the 접속기록 is in one of the two
 * lists (tests/main/audit/upload.test.ts), so a new kind cannot be left out by oversight.
 */
export const AUDIT_KINDS_KEPT_ON_PC: Readonly<Record<string, string>> = {
  sign_in_failed: 'no staff member is known for a refused sign-in, and events are sent under the author’s own token'
}

/** A call's body stays well under what a portal takes in one request (the simulator: 1 MB). */
export const AUDIT_UPLOAD_MAX_BYTES = 512 * 1024

export interface AuditUploadOptions {
  db: Db
  client: PortalClient
  /** The staff member signed in online with `client`'s token: only their events are sent. */
  staffId: string
  now: () => Date
  log?: (message: string) => void
}

export interface AuditUploadResult {
  sent: number
  batches: number
  /** Events of other staff members on this PC, waiting for their author to sign in online. */
  waitingForOthers: number
  /** Why the upload stopped before the end (the portal refused or failed; tried again at the next sync). */
  stoppedBy: string | null
}

/**
 * The same events give the same key, so a call repeated after a lost answer is the same request (the
 * portal answers it again instead of doing it twice). Laid out as a UUID (version 8, custom).
 */
export function auditBatchKey(eventIds: readonly string[]): string {
  const hex = createHash('sha256').update(`audit-events\n${eventIds.join('\n')}`, 'utf8').digest('hex')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

function detailOf(row: AuditEventRow): Record<string, unknown> {
  const parsed: unknown = row.detail === null ? null : JSON.parse(row.detail)
  const own = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : parsed === null ? {} : { value: parsed }
  return { ...own, host: row.host, ...(row.collection && !row.record_id ? { collection: row.collection } : {}) }
}

/** One stored entry as the portal's event: the PC's host name travels in `detail`. */
export function toPortalAuditEvent(row: AuditEventRow & { staff_id: string }): PortalAuditEvent {
  return {
    id: row.event_id,
    kind: row.kind,
    at: row.at,
    staff_id: row.staff_id,
    ...(row.record_id ? { record: { collection: row.collection, id: row.record_id } } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
    detail: detailOf(row)
  }
}

/**
 * Sends the signed-in staff member's PC-only events the portal has not accepted yet, oldest first, at
 * most AUDIT_EVENTS_PER_CALL (and AUDIT_UPLOAD_MAX_BYTES) per call, and records each acceptance. Another staff member's events are
 * never sent under this token: they wait until their author signs in online here. Offline and a lost
 * session are thrown (the sync reports them); any other refusal stops this upload, which the next sync
 * tries again — the event ids make a repeat harmless.
 */
export async function uploadAuditEvents(options: AuditUploadOptions): Promise<AuditUploadResult> {
  const { db, client, staffId } = options
  const result: AuditUploadResult = { sent: 0, batches: 0, waitingForOthers: 0, stoppedBy: null }
  let afterSeq = 0
  for (;;) {
    const rows = pendingAuditUploads(db, staffId, PORTAL_AUDIT_KINDS, afterSeq, AUDIT_EVENTS_PER_CALL)
    if (rows.length === 0) break
    const batch: { seq: number; event: PortalAuditEvent }[] = []
    let bytes = 0
    let cut = false
    for (const row of rows) {
      const event = PortalAuditEvent.safeParse(toPortalAuditEvent({ ...row, staff_id: staffId }))
      if (!event.success) {
        // Kept here and shown in 감사 기록; sending it would have the whole call refused.
        options.log?.(`audit event ${row.seq} not sent: ${event.error.issues[0]?.message ?? 'invalid'}`)
        afterSeq = row.seq
        continue
      }
      const size = Buffer.byteLength(JSON.stringify(event.data), 'utf8')
      if (batch.length > 0 && bytes + size > AUDIT_UPLOAD_MAX_BYTES) {
        cut = true
        break
      }
      batch.push({ seq: row.seq, event: event.data })
      bytes += size
      afterSeq = row.seq
    }
    if (batch.length > 0) {
      const key = auditBatchKey(batch.map((item) => item.event.id))
      try {
        const answer = await client.postAuditEvents({ events: batch.map((item) => item.event) }, key)
        if (answer.accepted !== batch.length) throw new PortalContractError(`audit/events: accepted ${answer.accepted} of ${batch.length}`)
      } catch (error) {
        const sessionEnded = error instanceof PortalError && (error.status === 401 || error.code === 'unauthorized' || error.code === 'token_expired')
        if (sessionEnded || !(error instanceof PortalError || error instanceof PortalContractError)) throw error
        result.stoppedBy = error instanceof PortalError ? error.code : 'contract'
        options.log?.(`audit upload stopped: ${describePortalError(error)}`)
        break
      }
      recordAuditUploads(db, batch.map((item) => item.seq), key, options.now().toISOString())
      result.sent += batch.length
      result.batches += 1
    }
    if (!cut && rows.length < AUDIT_EVENTS_PER_CALL) break
  }
  result.waitingForOthers = auditUploadsWaitingForOthers(db, staffId, PORTAL_AUDIT_KINDS)
  return result
}
