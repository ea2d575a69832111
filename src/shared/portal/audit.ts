import { z } from 'zod'
import { Instant } from './common'

/** Audit events from staff tools (portal-admin-api.md §10): what happens only on a PC, kept by the city. */
export const AUDIT_EVENTS_PER_CALL = 500

export const AuditEventRecordRef = z.object({
  /** The collection the record belongs to, when it is one of the portal's. */
  collection: z.string().min(1).max(64).nullable(),
  id: z.string().min(1).max(100)
})

export const PortalAuditEvent = z.object({
  /** Client-made UUID: an event sent again is stored once. */
  id: z.uuid(),
  /** Free text: `export`, `contact_lookup`, `sign_in`, … */
  kind: z.string().min(1).max(60),
  /** The PC's own time when it happened. */
  at: Instant,
  /** Whose act it was: the caller's own id (the portal refuses events of anyone else). */
  staff_id: z.string().min(1).max(64),
  record: AuditEventRecordRef.optional(),
  reason: z.string().max(1000).optional(),
  /** Report, row count, masked or not, the PC's host name, … */
  detail: z.record(z.string(), z.unknown()).optional()
})
export type PortalAuditEvent = z.infer<typeof PortalAuditEvent>

export const AuditEventsRequest = z.object({ events: z.array(PortalAuditEvent).min(1).max(AUDIT_EVENTS_PER_CALL) })
export type AuditEventsRequest = z.infer<typeof AuditEventsRequest>

/** Every event of the call the portal now holds (one sent before is counted, not stored twice). */
export const AuditEventsResponse = z.object({ accepted: z.number().int().min(0) })
export type AuditEventsResponse = z.infer<typeof AuditEventsResponse>
