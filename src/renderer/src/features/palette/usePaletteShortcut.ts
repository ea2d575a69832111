import { useEffect } from 'react'
import { palette } from './store'

/** Ctrl+K (⌘K on a Mac keyboard), by key position so a Korean input mode (ㅏ on that key) does not hide it. */
export function isPaletteShortcut(event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return event.code === 'KeyK' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
}

/**
 * A dialog other than the palette is open (a decision being written, an export, the help): its own keys
 * apply then, and jumping elsewhere would drop what it holds. A drawer (a record's detail) is no such dialog.
 */
function anotherDialogOpen(): boolean {
  return [...document.querySelectorAll('[role="dialog"]')].some((dialog) => !dialog.closest('.mantine-Drawer-root, [data-command-palette]'))
}

/**
 * Ctrl+K opens the palette on every screen, from a search box too (staff press it where they type), and
 * closes it again. Spotlight's own shortcut is off: it reads the typed letter and skips inputs.
 */
export function usePaletteShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPaletteShortcut(event) || event.isComposing) return
      if (anotherDialogOpen()) return
      event.preventDefault()
      palette.toggle()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
