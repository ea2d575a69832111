import type { z } from 'zod'
import type { AnyCollectionRecord, CollectionName } from '../../shared/portal'
import type { Db } from '../db/types'

/** The request that carries a write to the portal. */
export interface WriteRequest {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Relative to the portal's API root, ids already encoded. */
  path: string
  query?: Record<string, string>
  headers?: Record<string, string>
}

export interface OpMeta {
  actorId: string
  deviceTime: string
  idempotencyKey: string
}

/**
 * One kind of local write, defined once: what it is called, the sentence 확인 필요 shows, how it is
 * checked against what the user sees, how it changes the local view before the portal confirms it,
 * which request carries it, and how a conflict is judged.
 */
export interface WriteOp<Body, Rec> {
  /** Stored in the outbox (`outbox.op`): never rename one that has shipped. */
  name: string
  collection: CollectionName
  /** Korean, e.g. "매력일자리 검토". */
  label: string
  body: z.ZodType<Body>
  /** A Korean one-liner of what the user asked for (e.g. "적정 — 사유: …"). */
  intent(body: Body): string
  request(recordId: string, body: Body): WriteRequest
  /**
   * The JSON the request carries, when it is not the stored body itself: what the op keeps for
   * the path (an evaluator's id, a stage) stays in the outbox and out of the portal's body.
   */
  payload?(body: Body): unknown
  /** Sent with If-Match (the base version). */
  ifMatch: boolean
  /**
   * Set when the write creates a record (it has no server id yet): the local id it lives under until
   * the portal answers with the record, matched by its `client_ref`.
   */
  creates?: { localId(body: Body): string }
  /** 'record': the answer is the record; 'other' (e.g. the comment): the record is fetched afterwards. */
  answer: 'record' | 'other'
  /** A Korean reason when the action is impossible on this view, else null. */
  check(db: Db, view: Rec | undefined, body: Body): string | null
  applyLocal(db: Db, view: Rec | undefined, body: Body, meta: OpMeta, recordId: string): Rec
  /** The body as kept after the portal confirmed it, and as shown in 확인 필요 (personal data masked). */
  redact?(body: Body): unknown
  /**
   * On `409 version_conflict`: true when the portal's current copy already shows what the user
   * wanted (someone else did the same), so the write is done rather than a conflict for a person.
   */
  alreadyApplied?(server: Rec, body: Body): boolean
  /**
   * On `409 version_conflict`: true when what changed on the portal leaves this write as it was meant
   * (several people write different parts of one record, each bumping its version — e.g. evaluators
   * saving their own sheets). `lastSeen` is the portal's copy this PC had before (null: none). The
   * outbox then moves the write onto the current version and sends it again at once, a few times at
   * most; otherwise it waits in 확인 필요 as any conflict.
   */
  rebaseOnConflict?(current: Rec, lastSeen: Rec | null, body: Body): boolean
}

/** The registry's view of any op, whatever its body and record type. */
export type AnyWriteOp = WriteOp<unknown, AnyCollectionRecord>

/** Declares an op with its types checked, and hands it to the registry as an AnyWriteOp. */
export function defineOp<Body, Rec>(op: WriteOp<Body, Rec>): WriteOp<Body, Rec> {
  return op
}

