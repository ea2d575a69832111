/** Cancels what a Schedule started. */
export type Cancel = () => void
/** Runs `run` after `ms` (a timer in the app; a clock the test turns by hand). */
export type Schedule = (run: () => void, ms: number) => Cancel

export const timerSchedule: Schedule = (run, ms) => {
  const id = setTimeout(run, ms)
  return () => clearTimeout(id)
}

export interface TooltipSnapshot<Target, Content> {
  /** The element the tooltip points at, kept after it closes so the tooltip fades out where it was. */
  readonly target: Target | null
  readonly content: Content | null
  readonly opened: boolean
}

/**
 * Which element's tooltip shows, for a screen's whole layer of them: a list of 50 rows with three
 * tooltips each holds one floating tooltip instead of 150, each of which would run its own positioning
 * and hover hooks on every render. The pointer entering an element asks for its tooltip (shown after
 * the element's delay); leaving it, or pressing on it, takes it away.
 */
export class TooltipStore<Target, Content> {
  private snapshot: TooltipSnapshot<Target, Content> = { target: null, content: null, opened: false }
  private pending: { target: Target; cancel: Cancel } | null = null
  private readonly listeners = new Set<() => void>()

  constructor(private readonly schedule: Schedule = timerSchedule) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getSnapshot = (): TooltipSnapshot<Target, Content> => this.snapshot

  enter(target: Target, content: Content, openDelayMs: number): void {
    this.cancelPending()
    if (openDelayMs <= 0) {
      this.set({ target, content, opened: true })
      return
    }
    const cancel = this.schedule(() => {
      this.pending = null
      this.set({ target, content, opened: true })
    }, openDelayMs)
    this.pending = { target, cancel }
  }

  /** The pointer left `target` (or pressed on it): a tooltip of another element stays as it is. */
  leave(target: Target): void {
    if (this.pending?.target === target) this.cancelPending()
    if (this.snapshot.opened && this.snapshot.target === target) this.set({ ...this.snapshot, opened: false })
  }

  /** The layer is gone: a tooltip still waiting for its delay never shows. */
  dispose(): void {
    this.cancelPending()
  }

  private cancelPending(): void {
    this.pending?.cancel()
    this.pending = null
  }

  private set(next: TooltipSnapshot<Target, Content>): void {
    this.snapshot = next
    for (const listener of this.listeners) listener()
  }
}
