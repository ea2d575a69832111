import { z } from 'zod'

/** A piece of the IPC contract: `domain:verb` → zod input and output. Each domain declares one. */
export type ContractPart = Record<`${string}:${string}`, { input: z.ZodType; output: z.ZodType }>

export const Empty = z.object({}).strict()
export const Ok = z.object({ ok: z.literal(true) })
export const RecordRef = z.object({ id: z.string().min(1) })
/** A write accepted locally: queued in the outbox, sent at the next sync. */
export const Queued = z.object({ seq: z.number().int(), recordId: z.string(), idempotencyKey: z.string() })
