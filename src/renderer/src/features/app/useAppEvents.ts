import { useEffect, useRef } from 'react'
import { onAppEvent } from '../../api'
import type { MenuCommand, MenuNavigationTarget } from '../../../../shared/ipc/events'

export interface AppEventHandlers {
  navigate: (to: MenuNavigationTarget) => void
  command: (command: MenuCommand) => void
}

/**
 * Routes what the application menu sends (main → renderer, validated in onAppEvent) to the shell's
 * handlers. Subscribed once; the latest handlers are used, so a re-render does not re-subscribe.
 */
export function useAppEvents(handlers: AppEventHandlers): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  }, [handlers])
  useEffect(() => {
    const offNavigate = onAppEvent('menu:navigate', ({ to }) => latest.current.navigate(to))
    const offCommand = onAppEvent('menu:command', ({ command }) => latest.current.command(command))
    return () => {
      offNavigate()
      offCommand()
    }
  }, [])
}
