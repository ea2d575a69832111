import { useEffect, useRef } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { call, onSessionRefusal } from '../../api'
import type { Session } from '../../../../shared/ipc/views'
import { ACTIVITY_EVENTS, ActivityThrottle, isLockShortcut } from './activity'
import { authKeys } from './queryKeys'
import { hideAllData, mustHideData, sessionScreen, type SessionScreen } from './sessionGuard'

/**
 * Keeps what the renderer holds in step with main's session (mounted once, at the root):
 * - a call answered `locked` or `not_signed_in` (main locked after idle minutes, or signed out) re-reads
 *   the session, so the lock or sign-in screen follows at once;
 * - when the app locks or nobody is signed in any more, every record held in memory is dropped.
 */
export function useSessionGuard(session: Session | undefined): void {
  const client = useQueryClient()
  useEffect(
    () =>
      onSessionRefusal(() => {
        void client.invalidateQueries({ queryKey: authKeys.session })
      }),
    [client]
  )
  const screen = session ? sessionScreen(session) : null
  const previous = useRef<SessionScreen | null>(screen)
  useEffect(() => {
    if (screen === null) return
    if (mustHideData(previous.current, screen)) hideAllData(client)
    previous.current = screen
  }, [client, screen])
}

/** Tells main the staff member is at the PC (throttled): its idle lock counts from the last report. */
export function useActivityReporting(): void {
  useEffect(() => {
    const throttle = new ActivityThrottle()
    const onInput = () => {
      if (!throttle.shouldReport(Date.now())) return
      // A `locked` answer is handled by the session guard; nothing else here needs the user's attention.
      call('auth:activity', {}).catch(() => undefined)
    }
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true })
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onInput, { capture: true })
    }
  }, [])
}

/** Ctrl+L locks, wherever the focus is (an input included: leaving the desk should not need a click first). */
export function useLockShortcut(lock: () => void): void {
  const latest = useRef(lock)
  useEffect(() => {
    latest.current = lock
  }, [lock])
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return
      event.preventDefault()
      latest.current()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
