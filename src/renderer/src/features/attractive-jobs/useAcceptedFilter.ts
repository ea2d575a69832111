import { useMemo, useState } from 'react'
import { AttractiveJobFilter, SEARCH_LIMIT_MESSAGE } from '../../../../shared/domains/attractive-jobs/views'

/**
 * The filter to ask the list for. One the list would refuse (main validates with this same schema)
 * is never sent: the last accepted one stays, so the rows and counts stay, and `refusal` says why
 * in the words of the schema's message.
 */
export function useAcceptedFilter(wanted: AttractiveJobFilter): { filter: AttractiveJobFilter; refusal: string | null } {
  const checked = useMemo(() => AttractiveJobFilter.safeParse(wanted), [wanted])
  const [accepted, setAccepted] = useState(wanted)
  if (checked.success && accepted !== wanted) setAccepted(wanted)
  if (checked.success) return { filter: wanted, refusal: null }
  return { filter: accepted, refusal: checked.error.issues[0]?.message ?? SEARCH_LIMIT_MESSAGE }
}
