import { useDebouncedValue } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { call } from '../../api'
import { RecordLookupRequest, type RecordLookupHit } from '../../../../shared/ipc/lookupViews'
import { paletteKeys } from './queryKeys'

/** Typing pauses this long before the cache is asked: one look-up per word, not per keystroke. */
export const LOOKUP_DEBOUNCE_MS = 200
/** Per collection: a palette's worth, the rest is for the list's own search. */
export const PALETTE_LOOKUP_LIMIT = 5

export interface RecordLookupState {
  hits: readonly RecordLookupHit[]
  /** The text is too short to look records up (the contract's own minimum). */
  tooShort: boolean
  /** Typing has not paused yet, or the answer is on its way. */
  pending: boolean
  error: unknown
}

const NO_HITS: readonly RecordLookupHit[] = []

/** The records matching what is typed in the palette, for the collections the roles cover (main decides). */
export function useRecordLookup(text: string): RecordLookupState {
  const trimmed = text.trim()
  const [debounced] = useDebouncedValue(trimmed, LOOKUP_DEBOUNCE_MS)
  const valid = RecordLookupRequest.safeParse({ text: debounced, limit: PALETTE_LOOKUP_LIMIT }).success
  const query = useQuery({
    queryKey: paletteKeys.lookup(debounced, PALETTE_LOOKUP_LIMIT),
    queryFn: () => call('records:lookup', { text: debounced, limit: PALETTE_LOOKUP_LIMIT }),
    enabled: valid,
    // Asked afresh whenever the palette opens again: records come and go with each sync.
    staleTime: 0,
    gcTime: 60_000
  })
  const current = valid && debounced === trimmed
  return {
    // Only answers to what is typed now: Enter must never open a hit of an older text.
    hits: current ? (query.data ?? NO_HITS) : NO_HITS,
    tooShort: !RecordLookupRequest.safeParse({ text: trimmed }).success,
    pending: trimmed !== debounced || (valid && query.isFetching),
    error: current ? query.error : null
  }
}
