import { useHotkeys, type HotkeyItem } from '@mantine/hooks'

export interface ListHotkeyHandlers {
  /** False while a dialog is open: its own keys apply then. */
  enabled: boolean
  move: (delta: 1 | -1) => void
  open: () => void
  focusSearch: () => void
  showHelp: () => void
  close: () => void
}

/** Elements whose own Enter/Space must keep working (the list's Enter would steal it). */
function isInteractive(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.closest('button, a, [role="button"], [role="checkbox"], [role="option"], [role="menuitem"], [role="tab"]') !== null
}

/** Widgets that use the arrow keys themselves. */
function usesArrows(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('[role="menu"], [role="listbox"], [role="radiogroup"], [role="tablist"], [role="slider"]') !== null
}

/**
 * A list's keys: j/↓, k/↑, Enter, /, ?, Esc, plus the screen's own (`extra`, e.g. the review letters).
 * Letters match the physical key so they also work with the Korean input mode on (ㅓ is on the J key).
 * Typing in an input, textarea or select never triggers them (useHotkeys ignores those tags), and none
 * fire while a dialog is open.
 */
export function useListHotkeys(h: ListHotkeyHandlers, extra: (guard: (fn: (event: KeyboardEvent) => void) => (event: KeyboardEvent) => void) => HotkeyItem[] = () => []): void {
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
    ...extra(guard),
    // Some keyboards (and synthetic events) send "?" without Shift on the slash key: that is help, not search.
    ['slash', guard((e) => e.key !== '?' && h.focusSearch()), physical],
    ['shift+slash', guard(() => h.showHelp()), physical],
    ['?', guard(() => h.showHelp())],
    ['Escape', guard(() => h.close()), { preventDefault: false }]
  ])
}
