import { describe, expect, it } from 'vitest'
import { TooltipStore, type Schedule } from '../../../src/renderer/src/components/SharedTooltip/tooltipStore'

/** A clock turned by hand: what the store scheduled runs when the test says the time has passed. */
function manualClock() {
  let now = 0
  const timers: { at: number; run: () => void; cancelled: boolean }[] = []
  const schedule: Schedule = (run, ms) => {
    const timer = { at: now + ms, run, cancelled: false }
    timers.push(timer)
    return () => {
      timer.cancelled = true
    }
  }
  const advance = (ms: number) => {
    now += ms
    for (const timer of timers.filter((t) => !t.cancelled && t.at <= now)) {
      timer.cancelled = true
      timer.run()
    }
  }
  return { schedule, advance, live: () => timers.filter((t) => !t.cancelled).length }
}

describe('TooltipStore (the one tooltip of a layer)', () => {
  it('shows an element’s tooltip once the pointer has stayed its delay, and hides it when the pointer leaves', () => {
    const clock = manualClock()
    const store = new TooltipStore<string, string>(clock.schedule)
    store.enter('title-1', '긴 사업명 전체', 400)
    clock.advance(399)
    expect(store.getSnapshot().opened).toBe(false)
    clock.advance(1)
    expect(store.getSnapshot()).toEqual({ target: 'title-1', content: '긴 사업명 전체', opened: true })
    store.leave('title-1')
    // Closed, but where it was: the tooltip fades out at its place with its text.
    expect(store.getSnapshot()).toEqual({ target: 'title-1', content: '긴 사업명 전체', opened: false })
  })

  it('never shows a tooltip the pointer left before its delay, and the next element starts its own delay', () => {
    const clock = manualClock()
    const store = new TooltipStore<string, string>(clock.schedule)
    store.enter('title-1', '사업명', 400)
    clock.advance(200)
    store.leave('title-1')
    store.enter('org-1', '기관', 400)
    clock.advance(300)
    expect(store.getSnapshot().opened).toBe(false)
    clock.advance(100)
    expect(store.getSnapshot()).toMatchObject({ target: 'org-1', content: '기관', opened: true })
    expect(clock.live()).toBe(0)
  })

  it('shows at once without a delay, and leaving another element leaves the open tooltip alone', () => {
    const clock = manualClock()
    const store = new TooltipStore<string, string>(clock.schedule)
    store.enter('badge-1', '위반 2', 0)
    expect(store.getSnapshot()).toMatchObject({ target: 'badge-1', opened: true })
    store.leave('title-9')
    expect(store.getSnapshot()).toMatchObject({ target: 'badge-1', opened: true })
  })

  it('tells its subscribers each change, and after dispose a tooltip still waiting never shows', () => {
    const clock = manualClock()
    const store = new TooltipStore<string, string>(clock.schedule)
    const seen: boolean[] = []
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot().opened))
    store.enter('a', 'A', 0)
    store.leave('a')
    expect(seen).toEqual([true, false])
    unsubscribe()
    store.enter('a', 'A', 0)
    expect(seen).toEqual([true, false])

    const disposed = new TooltipStore<string, string>(clock.schedule)
    const late: boolean[] = []
    disposed.subscribe(() => late.push(true))
    disposed.enter('b', 'B', 400)
    disposed.dispose()
    clock.advance(400)
    expect(late).toEqual([])
    expect(disposed.getSnapshot().opened).toBe(false)
  })
})
