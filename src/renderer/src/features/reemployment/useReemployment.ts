import { useState } from 'react'
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { call } from '../../api'
import type { PersonCountsRequest, RosterRequest, SessionListRequest } from '../../../../shared/domains/reemployment/views'
import { reemploymentKeys } from './queryKeys'

/** While check-in mode is open: the counts (and what waits to be sent) follow the background sends. */
export const CHECK_IN_COUNTS_POLL_MS = 3_000

/** The month's sessions (or one week of them); the previous answer stays while the next loads. */
export function useSessions(request: SessionListRequest) {
  return useQuery({
    queryKey: reemploymentKeys.sessions(request),
    queryFn: () => call('reemployment:sessions', request),
    placeholderData: keepPreviousData
  })
}

export function useSessionDetail(id: string) {
  return useQuery({ queryKey: reemploymentKeys.session(id), queryFn: () => call('reemployment:session', { id }) })
}

/**
 * The roster for `request`. While a new filter loads the previous rows stay, and when a request fails
 * (a refused search) the last rows shown stay beside the error: the roster never empties on a typo.
 */
export function useRoster(request: RosterRequest) {
  const query = useQuery({
    queryKey: reemploymentKeys.roster(request),
    queryFn: () => call('reemployment:roster', request),
    placeholderData: keepPreviousData
  })
  const [lastShown, setLastShown] = useState(query.data)
  if (query.data !== undefined && query.data !== lastShown) setLastShown(query.data)
  return { data: query.data ?? lastShown, error: query.error, isFetching: query.isFetching, refetch: query.refetch }
}

export function useHintSettings() {
  return useQuery({ queryKey: reemploymentKeys.hintSettings, queryFn: () => call('reemployment:hintSettings', {}) })
}

export function useCompletionSettings() {
  return useQuery({ queryKey: reemploymentKeys.completionSettings, queryFn: () => call('reemployment:completionSettings', {}) })
}

/**
 * One check-in search per keystroke (main answers in a few milliseconds, so no debounce): the last
 * answer stays while the next is on its way, so the list never flickers empty between keys.
 */
export function useCheckInSearch(sessionId: string, query: string) {
  return useQuery({ ...checkInSearchQuery(sessionId, query), placeholderData: keepPreviousData, enabled: query.trim() !== '' })
}

/**
 * A person across all sessions (the personal-data search rule: two conditions, e.g. name and last 4;
 * main answers with a notice and no one until the query holds both).
 */
export function usePersonSearch(query: string) {
  return useQuery({
    queryKey: reemploymentKeys.personSearch(query),
    queryFn: () => call('reemployment:checkInSearch', { query, limit: 20 }),
    placeholderData: keepPreviousData,
    enabled: query.trim() !== ''
  })
}

/** Candidates shown in check-in mode at once (the room's screen holds about this many large rows). */
export const CHECK_IN_CANDIDATES = 12

export function checkInSearchQuery(sessionId: string, query: string) {
  return queryOptions({
    queryKey: reemploymentKeys.checkInSearch(sessionId, query),
    queryFn: () => call('reemployment:checkInSearch', { sessionId, query, limit: CHECK_IN_CANDIDATES })
  })
}

export function useCheckInCounts(sessionId: string) {
  return useQuery({
    queryKey: reemploymentKeys.checkInCounts(sessionId),
    queryFn: () => call('reemployment:checkInCounts', { sessionId }),
    refetchInterval: CHECK_IN_COUNTS_POLL_MS
  })
}

export function useNoShows(sessionId: string) {
  return useQuery({ queryKey: reemploymentKeys.noShows(sessionId), queryFn: () => call('reemployment:noShows', { sessionId }) })
}

export function useCourses(month: string) {
  return useQuery({ queryKey: reemploymentKeys.courses(month), queryFn: () => call('reemployment:courses', { month }) })
}

export function useCourseCompletion(courseId: string | null) {
  return useQuery({
    queryKey: reemploymentKeys.completion(courseId ?? ''),
    queryFn: () => call('reemployment:completion', { courseId: courseId ?? '' }),
    enabled: courseId !== null
  })
}

export function usePersonCounts(request: PersonCountsRequest) {
  return useQuery({
    queryKey: reemploymentKeys.personCounts(request),
    queryFn: () => call('reemployment:personCounts', request),
    placeholderData: keepPreviousData
  })
}

/** The home tile: this week's sessions, today's check-ins, the waitlists. */
export function useReemploymentDashboard() {
  return useQuery({ queryKey: reemploymentKeys.dashboard, queryFn: () => call('reemployment:dashboard', {}) })
}

/**
 * The 출석부 of a session. Main records the printout of personal data when it hands the sheet out,
 * so it is read once per opening of the print view (`nonce`) and never refetched behind the scenes.
 */
export function useSignInSheet(sessionId: string, nonce: number) {
  return useQuery({
    queryKey: reemploymentKeys.signInSheet(sessionId, nonce),
    queryFn: () => call('reemployment:signInSheet', { sessionId }),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnMount: false,
    refetchOnReconnect: false
  })
}
