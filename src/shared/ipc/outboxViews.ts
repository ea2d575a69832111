import { z } from 'zod'
import { CollectionName } from '../portal'

/** Views of the outbox and the 확인 필요 inbox, as the renderer receives them (op labels come with each item). */

export const FieldChange = z.object({
  path: z.string(),
  base: z.unknown(),
  server: z.unknown(),
  mine: z.unknown(),
  changedOnServer: z.boolean(),
  changedByMe: z.boolean()
})
export type FieldChange = z.infer<typeof FieldChange>

export const InboxItem = z.object({
  seq: z.number().int(),
  op: z.string(),
  opLabel: z.string(),
  collection: CollectionName,
  recordId: z.string(),
  recordTitle: z.string(),
  state: z.enum(['conflict', 'rejected']),
  /** Korean: why the portal did not take it. */
  reason: z.string(),
  errorCode: z.string(),
  /** Korean one-liner of what the user did (e.g. "적정 — 사유: …"). */
  intent: z.string(),
  body: z.unknown(),
  deviceTime: z.string(),
  actorId: z.string(),
  baseVersion: z.number().int().nullable(),
  serverVersion: z.number().int().nullable(),
  /** The record as the user saw it, the portal's current copy, and the user's change applied to the current copy. */
  base: z.unknown(),
  server: z.unknown(),
  mine: z.unknown(),
  changes: z.array(FieldChange),
  /** Whether re-applying on the current version is possible, and if not, why (Korean). */
  canReapply: z.boolean(),
  reapplyBlockedReason: z.string().nullable(),
  /** Later writes of the same record waiting behind this one. */
  waitingBehind: z.number().int()
})
export type InboxItem = z.infer<typeof InboxItem>

export const PendingWrite = z.object({
  seq: z.number().int(),
  op: z.string(),
  opLabel: z.string(),
  collection: CollectionName,
  recordId: z.string(),
  recordTitle: z.string(),
  /** Korean one-liner of what the user did, as in 확인 필요. */
  intent: z.string(),
  deviceTime: z.string(),
  /** Who made it on this PC (a staff id; the screen shows the name). */
  actorId: z.string(),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  /** Why the last attempt did not go through, in plain Korean; the technical part in `lastErrorDetail`. */
  lastError: z.string().nullable(),
  lastErrorDetail: z.string().nullable(),
  /**
   * An earlier write of the same record that waits in 확인 필요 (a conflict or a refusal): a record's
   * writes are sent strictly in order, so this one is held until a person deals with that one.
   */
  blockedBy: z.object({ seq: z.number().int(), state: z.enum(['conflict', 'rejected']) }).nullable(),
  /**
   * Queued by another staff member on this PC: it is sent only while its author is signed in (never under
   * someone else's token). Its title is left out when the record is outside the viewer's roles.
   */
  waitingForAuthor: z.boolean()
})
export type PendingWrite = z.infer<typeof PendingWrite>

export const QuarantinedItem = z.object({
  id: z.number().int(),
  collection: CollectionName,
  itemId: z.string().nullable(),
  error: z.string(),
  raw: z.string(),
  receivedAt: z.string()
})
export type QuarantinedItem = z.infer<typeof QuarantinedItem>

export const RefreshResult = z.object({
  refreshed: z.boolean(),
  pulledAt: z.string().nullable(),
  /** Korean warning when the record could not be refreshed (offline) — the caller decides on the cached copy. */
  warning: z.string().nullable()
})
export type RefreshResult = z.infer<typeof RefreshResult>
