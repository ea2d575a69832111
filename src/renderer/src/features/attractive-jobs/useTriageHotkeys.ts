import { useHotkeys } from '@mantine/hooks'
import type { ReviewAction } from '../../../../shared/portal'

export interface TriageHandlers {
  /** False while a dialog (decision, bulk, help, save view) is open: its own keys apply then. */
  enabled: boolean
  move: (delta: 1 | -1) => void
  open: () => void
  act: (action: ReviewAction) => void
  focusSearch: () => void
  showHelp: () => void
  close: () => void
}

/** Elements whose own Enter/Space must keep working (the triage Enter would steal it). */
function isInteractive(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.closest('button, a, [role="button"], [role="checkbox"], [role="option"], [role="menuitem"], [role="tab"]') !== null
}

/** Widgets that use the arrow keys themselves. */
function usesArrows(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('[role="menu"], [role="listbox"], [role="radiogroup"], [role="tablist"], [role="slider"]') !== null
}

/**
 * Keyboard triage: j/↓, k/↑, Enter, s/a/r/v, /, ?, Esc. Letters match the physical key so they also work
 * with the Korean input mode on (ㅓ is on the J key). Typing in an input, textarea or select never
 * triggers them (useHotkeys ignores those tags), and none fire while a dialog is open.
 */
export function useTriageHotkeys(h: TriageHandlers): void {
  const guard =
    (fn: (event: KeyboardEvent) => void) =>
    (event: KeyboardEvent): void => {
      if (!h.enabled || event.isComposing) return
      fn(event)
    }
  const physical = { usePhysicalKeys: true }
  const arrow = (event: KeyboardEvent, delta: 1 | -1) => {
    if (usesArrows(event.target)) return
    event.preventDefault()
    h.move(delta)
  }
  useHotkeys([
    ['j', guard(() => h.move(1)), physical],
    ['ArrowDown', guard((e) => arrow(e, 1)), { preventDefault: false }],
    ['k', guard(() => h.move(-1)), physical],
    ['ArrowUp', guard((e) => arrow(e, -1)), { preventDefault: false }],
    [
      'Enter',
      guard((event) => {
        if (isInteractive(event.target)) return
        event.preventDefault()
        h.open()
      }),
      { preventDefault: false }
    ],
    ['s', guard(() => h.act('start_review')), physical],
    ['a', guard(() => h.act('approve')), physical],
    ['r', guard(() => h.act('reject')), physical],
    ['v', guard(() => h.act('request_revision')), physical],
    // Some keyboards (and synthetic events) send "?" without Shift on the slash key: that is help, not search.
    ['slash', guard((e) => e.key !== '?' && h.focusSearch()), physical],
    ['shift+slash', guard(() => h.showHelp()), physical],
    ['?', guard(() => h.showHelp())],
    ['Escape', guard(() => h.close()), { preventDefault: false }]
  ])
}
