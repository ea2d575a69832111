import { useEffect, useLayoutEffect, useRef } from 'react'

/**
 * Ctrl+Enter (⌘+Enter) submits the open dialog wherever the keyboard focus is: the text box, a check
 * box, a button — or nowhere in particular, e.g. right after opening while the record still refreshes.
 * Listened on the window, so it never depends on an element holding focus.
 */
export function useSubmitShortcut(submit: () => void): void {
  const latest = useRef(submit)
  useLayoutEffect(() => {
    latest.current = submit
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      event.preventDefault()
      latest.current()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
