import { useEffect, useState } from 'react'
import { Center, Loader } from '@mantine/core'
import { useHashParams } from '../../router'
import { SmeWorkspace } from './SmeWorkspace'
import { useSmeLastView } from './useSmeViews'
import { SME_DEFAULT_VIEW, normalizeSmeView, smeFilterFromRoute } from './viewState'

/**
 * 강소기업 list: opens on the staff member's last view — or, when a link brought a filter (the home
 * tile's counts), on exactly that filter with the last view's sort and columns.
 */
export function SmeListPage() {
  const last = useSmeLastView()
  const { params, clear } = useHashParams()
  // Read once on arrival and dropped from the address once the page is open (see AttractiveJobsPage).
  const [linked] = useState(() => smeFilterFromRoute(params.filter))
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
  // A failed read starts from the default view rather than blocking the page.
  const stored = normalizeSmeView(last.data ?? SME_DEFAULT_VIEW)
  const initial = linked ? normalizeSmeView({ ...stored, filter: linked }) : stored
  return <SmeWorkspace initial={initial} stored={stored} />
}
