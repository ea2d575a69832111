import type { QueryClient } from '@tanstack/react-query'
import type { AttractiveJobListRequest, AttractiveJobRow } from '../../../../shared/domains/attractive-jobs/views'
import { attractiveJobListQuery } from './useAttractiveJobs'
import { isUnreviewed } from './viewState'

export interface NextUnreviewed {
  id: string
  page: number
}

/**
 * The next record still waiting for a decision (접수 or 검토중) after `fromId`, in the list's order.
 * `snapshot` is the page as it was when the decision was made: rows up to `fromId` count as "before"
 * even if the decision re-sorted or filtered the list since. Later pages are read fresh.
 */
export async function findNextUnreviewed(
  client: QueryClient,
  request: AttractiveJobListRequest & { page: number; pageSize: number },
  snapshot: readonly AttractiveJobRow[],
  fromId: string,
  total: number
): Promise<NextUnreviewed | null> {
  const index = snapshot.findIndex((r) => r.id === fromId)
  const before = new Set(snapshot.slice(0, index + 1).map((r) => r.id))
  before.add(fromId)
  const pages = Math.max(1, Math.ceil(total / request.pageSize))
  for (let page = request.page; page <= pages + 1; page += 1) {
    const pageRequest = { ...request, page }
    const result = await client.fetchQuery({ ...attractiveJobListQuery(pageRequest), staleTime: 0 })
    const next = result.rows.find((r) => isUnreviewed(r.status) && !before.has(r.id))
    if (next) return { id: next.id, page }
    if (result.rows.length < request.pageSize) break
  }
  return null
}
