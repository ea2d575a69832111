import { useMemo, useState } from 'react'
import type { z } from 'zod'

/**
 * The filter to ask a list for. One the list would refuse (main validates with this same schema)
 * is never sent: the last accepted one stays, so the rows and counts stay, and `refusal` says why
 * in the words of the schema's message.
 */
export function useAcceptedFilter<F>(schema: z.ZodType<F>, wanted: F, fallbackMessage: string): { filter: F; refusal: string | null } {
  const checked = useMemo(() => schema.safeParse(wanted), [schema, wanted])
  const [accepted, setAccepted] = useState(wanted)
  if (checked.success && accepted !== wanted) setAccepted(wanted)
  if (checked.success) return { filter: wanted, refusal: null }
  return { filter: accepted, refusal: checked.error.issues[0]?.message ?? fallbackMessage }
}
