import { useCallback, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { call } from '../../api'
import type { StaffDirectoryEntry } from '../../../../shared/portal'
import { referenceKeys } from './queryKeys'

export interface StaffDirectoryLookup {
  /** The directory's entry for a staff id (undefined: not in it, or not loaded yet). */
  find: (id: string) => StaffDirectoryEntry | undefined
  /** "김민준 (일자리정책과)", or the id itself when the directory does not know it. */
  describe: (id: string) => string
}

/** Names and departments by staff id, from the directory main cached at the last sync (offline too). */
export function useStaffDirectory(): StaffDirectoryLookup {
  const query = useQuery({ queryKey: referenceKeys.staff, queryFn: () => call('reference:staff', {}), staleTime: Infinity })
  const byId = useMemo(() => new Map((query.data ?? []).map((entry) => [entry.id, entry])), [query.data])
  const find = useCallback((id: string) => byId.get(id), [byId])
  const describe = useCallback((id: string) => {
    const entry = byId.get(id)
    return entry ? describeStaff(entry) : id
  }, [byId])
  return { find, describe }
}

export function describeStaff(entry: StaffDirectoryEntry): string {
  return entry.department ? `${entry.name} (${entry.department})` : entry.name
}
