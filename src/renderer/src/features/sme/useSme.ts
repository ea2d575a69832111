import { useMemo, useState } from 'react'
import { keepPreviousData, queryOptions, usePrefetchQuery, useQueries, useQuery } from '@tanstack/react-query'
import { call } from '../../api'
import { eligibilityLabel } from '../../../../shared/domains/sme/eligibility'
import type { SmeListRequest, SmeListResult } from '../../../../shared/domains/sme/views'
import type { SmeCriteria } from '../../../../shared/portal'
import { smeKeys } from './queryKeys'

/**
 * One page of the 강소기업 list. While a new page loads the previous one stays, and when a request fails
 * the last page shown stays too, beside the error (as the 매력일자리 list does).
 */
export function useSmeList(request: SmeListRequest) {
  const options = queryOptions({ queryKey: smeKeys.list(request), queryFn: () => call('sme:list', request) })
  // Asked for during the render rather than after the paint (see useAttractiveJobList).
  usePrefetchQuery(options)
  const query = useQuery({ ...options, placeholderData: keepPreviousData })
  const [lastShown, setLastShown] = useState<SmeListResult | undefined>(query.data)
  if (query.data !== undefined && query.data !== lastShown) setLastShown(query.data)
  return { data: query.data ?? lastShown, error: query.error, isFetching: query.isFetching }
}

/** One application with its company card facts, checklist and computed items. */
export function useSmeApplication(id: string | null) {
  return useQuery({ queryKey: smeKeys.detail(id ?? ''), queryFn: () => call('sme:get', { id: id ?? '' }), enabled: id !== null })
}

function smeCriteriaQuery(round: string) {
  return queryOptions({ queryKey: smeKeys.criteria(round), queryFn: () => call('sme:criteria', { round }) })
}

/** The round's criteria as cached (null: not cached yet). */
export function useSmeCriteria(round: string | null) {
  return useQuery({ ...smeCriteriaQuery(round ?? ''), enabled: round !== null && round !== '' })
}

// Module-level so TanStack Query keeps the combined array while no round's criteria change (an inline
// function is a new one each render, and the list's columns would be rebuilt with it).
const criteriaOnly = (results: { data?: SmeCriteria | null }[]) => results.map((result) => result.data)

/**
 * Names the eligibility criteria of the rounds a list page shows (its rows' 미충족 tooltips list them by
 * name, as the drawer's checklist does), each round's criteria read once from the cache.
 */
export function useEligibilityLabels(rounds: readonly string[]): (round: string, code: string) => string {
  const byRound = useQueries({ queries: rounds.map((round) => smeCriteriaQuery(round)), combine: criteriaOnly })
  return useMemo(() => {
    const criteria = new Map(rounds.map((round, index) => [round, byRound[index]]))
    return (round, code) => eligibilityLabel(criteria.get(round), code)
  }, [rounds, byRound])
}

/** Counts per status and stage, the rounds in the cache and the sheets still missing (home tile, pickers). */
export function useSmeDashboard() {
  return useQuery({ queryKey: smeKeys.dashboard, queryFn: () => call('sme:dashboard', {}) })
}

export interface IndustryOption {
  code: string
  name: string | null
}

/**
 * The industries (KSIC code and label) of the cached applications, for the 업종 filter. The contract has
 * no channel for them, so they are read from the records' summaries (typed columns), once per sync.
 */
export function useSmeIndustries() {
  const query = useQuery({
    queryKey: smeKeys.industries,
    queryFn: () => call('records:summaries', { collection: 'sme-applications' }),
    staleTime: 5 * 60_000
  })
  const options = useMemo(() => {
    const byCode = new Map<string, string | null>()
    for (const row of query.data ?? []) {
      const code = row.industry_code
      if (typeof code !== 'string' || code === '') continue
      const name = typeof row.industry_name === 'string' ? row.industry_name : null
      if (!byCode.has(code) || (byCode.get(code) === null && name !== null)) byCode.set(code, name)
    }
    return [...byCode].map(([code, name]): IndustryOption => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code))
  }, [query.data])
  return { options, isPending: query.isPending }
}
