import { useCallback, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { CheckInCandidate, CheckInResult } from '../../../../shared/domains/reemployment/views'
import type { AttendanceStatus } from '../../../../shared/portal'
import { notify } from '../../lib/notify'
import { moveHighlight } from './checkInKeys'
import { checkInSearchQuery, useCheckInSearch } from './useReemployment'
import { useCheckInMutation, useUndoCheckInMutation } from './useReemploymentActions'

/** At most this many recent check-ins are listed (each with its undo while its window is open). */
export const RECENT_LIMIT = 6

export interface RecentCheckIn {
  registrationId: string
  seq: number
  name: string
  birthYear: number
  status: AttendanceStatus
  checkedAt: string
  undoUntil: string
  /** Set once undone: cancelled on this PC, or a reverse write queued. */
  undone: 'cancelled' | 'reversed' | null
}

function recentOf(candidate: CheckInCandidate, status: AttendanceStatus, result: CheckInResult): RecentCheckIn {
  return {
    registrationId: candidate.registrationId,
    seq: result.seq,
    name: candidate.person.name,
    birthYear: candidate.person.birth_year,
    status,
    checkedAt: result.checked_at,
    undoUntil: result.undoUntil,
    undone: null
  }
}

/**
 * The state of check-in mode: the search box, the highlighted candidate, recording a status for it,
 * and undoing recent check-ins. After each check-in the box is cleared for the next person.
 */
export function useCheckInMode(sessionId: string) {
  const [query, setQueryState] = useState('')
  const [highlight, setHighlight] = useState(0)
  const [recent, setRecent] = useState<RecentCheckIn[]>([])
  const client = useQueryClient()
  const search = useCheckInSearch(sessionId, query)
  const checkIn = useCheckInMutation(sessionId)
  const undoMutation = useUndoCheckInMutation(sessionId)

  const candidates = query.trim() === '' ? [] : (search.data?.candidates ?? [])
  const current = highlight >= 0 ? (candidates[highlight] ?? null) : null

  const setQuery = useCallback((value: string) => {
    setQueryState(value)
    setHighlight(0)
  }, [])

  const move = (delta: number) => setHighlight((h) => moveHighlight(h, delta, candidates.length))

  /**
   * The candidate a key press means. While the answer to the latest keystroke is still on its way the
   * list shows the previous query's people: Enter then waits for the answer and takes its first
   * candidate, so a fast typist never checks in someone the finished query would not show first.
   */
  const resolveTarget = async (): Promise<CheckInCandidate | null> => {
    if (query.trim() === '') return null
    if (search.data && !search.isPlaceholderData) return current
    const fresh = await client.fetchQuery(checkInSearchQuery(sessionId, query)).catch(() => null)
    return fresh?.candidates[0] ?? null
  }

  /** Records `status` for `target`, or for the highlighted candidate; false when nothing was recorded. */
  const record = async (status: AttendanceStatus, explicit?: CheckInCandidate): Promise<boolean> => {
    const target = explicit ?? (await resolveTarget())
    if (!target) return false
    if (target.blockedReason) {
      notify.warning({ topic: 'check-in', title: `${target.person.name}님은 출석을 기록할 수 없습니다`, message: target.blockedReason })
      return false
    }
    if (checkIn.isPending) return false
    try {
      const result = await checkIn.mutateAsync({ registrationId: target.registrationId, status })
      setRecent((list) => [recentOf(target, status, result), ...list.filter((r) => r.registrationId !== target.registrationId)].slice(0, RECENT_LIMIT))
      setQuery('')
      return true
    } catch {
      // The mutation's own onError has shown the reason.
      return false
    }
  }

  const undo = async (entry: RecentCheckIn): Promise<void> => {
    if (entry.undone || undoMutation.isPending) return
    try {
      const result = await undoMutation.mutateAsync({ registrationId: entry.registrationId, seq: entry.seq })
      setRecent((list) => list.map((r) => (r.seq === entry.seq ? { ...r, undone: result.outcome } : r)))
    } catch {
      // Shown by the mutation's onError.
    }
  }

  /** The newest check-in whose undo window is still open at `now`. */
  const undoable = (now: number): RecentCheckIn | null => recent.find((r) => r.undone === null && Date.parse(r.undoUntil) > now) ?? null

  return {
    query,
    setQuery,
    candidates,
    searchResult: query.trim() === '' ? null : (search.data ?? null),
    searchError: search.error,
    highlight: current ? highlight : -1,
    setHighlight,
    current,
    move,
    record,
    recording: checkIn.isPending,
    recent,
    undo,
    undoing: undoMutation.isPending,
    undoable
  }
}
