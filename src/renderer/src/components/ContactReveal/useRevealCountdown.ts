import { useEffect, useRef, useState } from 'react'

/**
 * Seconds left while `active`, counted from when it became true; `onExpire` runs once when none are
 * left. Read from the clock at each tick rather than counted in ticks, so a throttled background tab
 * (or a test's fake clock jumping ahead) hides the value on time.
 */
export function useRevealCountdown(active: boolean, seconds: number, onExpire: () => void): number | null {
  const [left, setLeft] = useState<number | null>(null)
  const expire = useRef(onExpire)
  useEffect(() => {
    expire.current = onExpire
  }, [onExpire])
  useEffect(() => {
    if (!active) return
    const deadline = Date.now() + seconds * 1000
    const tick = () => {
      const remaining = Math.ceil((deadline - Date.now()) / 1000)
      if (remaining > 0) return setLeft(remaining)
      window.clearInterval(timer)
      setLeft(null)
      expire.current()
    }
    const timer = window.setInterval(tick, 250)
    tick()
    return () => {
      window.clearInterval(timer)
      setLeft(null)
    }
  }, [active, seconds])
  return active ? left : null
}
