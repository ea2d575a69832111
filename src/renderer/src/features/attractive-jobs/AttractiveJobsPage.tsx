import { useEffect, useState } from 'react'
import { Center, Loader } from '@mantine/core'
import { useHashParams } from '../../router'
import { ReviewWorkspace } from './ReviewWorkspace'
import { useLastView } from './useSavedViews'
import { DEFAULT_VIEW, filterFromRoute, normalizeView } from './viewState'

export { SEARCH_DEBOUNCE_MS } from './ReviewWorkspace'

/**
 * 매력일자리: opens on the staff member's last view (filters, sort, columns, page size) — or, when a
 * link brought a filter (the home screen's counts), on exactly that filter with the last view's sort
 * and columns.
 */
export function AttractiveJobsPage() {
  const last = useLastView()
  const { params, clear } = useHashParams()
  // Read once on arrival, and dropped from the address once the workspace is open (after it has read
  // an `open` of its own), so coming back to the page later opens the last view again.
  const [linked] = useState(() => filterFromRoute(params.filter))
  const ready = !last.isPending
  useEffect(() => {
    if (ready && params.filter) clear()
  }, [ready, params.filter, clear])
  if (last.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    )
  }
  // A failed read (e.g. an old definition) starts from the default view rather than blocking the page.
  const stored = normalizeView(last.data ?? DEFAULT_VIEW)
  const initial = linked ? normalizeView({ ...stored, filter: linked }) : stored
  return <ReviewWorkspace initial={initial} stored={stored} />
}
