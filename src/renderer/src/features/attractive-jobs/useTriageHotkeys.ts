import type { ReviewAction } from '../../../../shared/portal'
import { useListHotkeys, type ListHotkeyHandlers } from '../../lib/useListHotkeys'

export interface TriageHandlers extends ListHotkeyHandlers {
  act: (action: ReviewAction) => void
}

/** Keyboard triage: the list's keys (lib/useListHotkeys) and s/a/r/v for the review actions. */
export function useTriageHotkeys(h: TriageHandlers): void {
  const physical = { usePhysicalKeys: true }
  useListHotkeys(h, (guard) => [
    ['s', guard(() => h.act('start_review')), physical],
    ['a', guard(() => h.act('approve')), physical],
    ['r', guard(() => h.act('reject')), physical],
    ['v', guard(() => h.act('request_revision')), physical]
  ])
}
