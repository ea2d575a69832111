import { Center, Loader } from '@mantine/core'
import { ReviewWorkspace } from './ReviewWorkspace'
import { useLastView } from './useSavedViews'
import { DEFAULT_VIEW, normalizeView } from './viewState'

export { SEARCH_DEBOUNCE_MS } from './ReviewWorkspace'

/** 매력일자리: opens on the staff member's last view (filters, sort, columns, page size). */
export function AttractiveJobsPage() {
  const last = useLastView()
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
