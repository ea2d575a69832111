import { Center, Loader } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { call } from '../../api'
import { reviewKeys } from './reviewKeys'
import { ReviewWorkspace } from './ReviewWorkspace'
import { DEFAULT_VIEW, normalizeView } from './viewState'

export { SEARCH_DEBOUNCE_MS } from './ReviewWorkspace'

/** 매력일자리: opens on the staff member's last view (filters, sort, columns, page size). */
export function AttractiveJobsPage() {
  const last = useQuery({
    queryKey: reviewKeys.lastView,
    queryFn: () => call('views:getLast', {}),
    staleTime: Infinity,
    gcTime: 0
  })
  if (last.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    )
  }
  // A failed read (e.g. an old definition) starts from the default view rather than blocking the page.
  const initial = normalizeView(last.data ?? DEFAULT_VIEW)
  return <ReviewWorkspace initial={initial} />
}
