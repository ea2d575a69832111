import { z } from 'zod'
import type { Access } from './access'

/** A piece of the IPC contract: `domain:verb` → zod input and output, and who may call it. Each domain declares one. */
export type ContractPart = Record<`${string}:${string}`, { input: z.ZodType; output: z.ZodType; access: Access }>

/**
 * Ids, names and free text that cross the bridge have a ceiling, so a renderer (or a fuzzer) cannot
 * hand main a megabyte where an id belongs.
 */
export const IdText = z.string().min(1).max(100)

export const Empty = z.object({}).strict()
export const Ok = z.object({ ok: z.literal(true) })
export const RecordRef = z.object({ id: IdText })
/** A write accepted locally: queued in the outbox, sent at the next sync. */
export const Queued = z.object({ seq: z.number().int(), recordId: z.string(), idempotencyKey: z.string() })
