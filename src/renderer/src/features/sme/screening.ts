import { SCREENING_TEXT } from '../../../../shared/domains/sme/viewLabels'
import type { EligibilityResult } from '../../../../shared/domains/sme/views'

export type ScreeningResult = 'eligible' | 'ineligible'

/** The checklist's own decision: 부적격 with the criteria that fail or have no data, else 적격. */
export function prefilledScreening(results: readonly EligibilityResult[]): { result: ScreeningResult; failedCriteria: string[] } {
  const failed = results.filter((r) => r.outcome === 'fail' || r.outcome === 'missing').map((r) => r.code)
  return { result: failed.length > 0 ? 'ineligible' : 'eligible', failedCriteria: failed }
}

export interface ScreeningDraft {
  result: ScreeningResult
  failedCriteria: readonly string[]
  note: string
}

export interface ScreeningState {
  /** The decision differs from the checklist (적격 while criteria fail, or other criteria named). */
  overridden: boolean
  noteRequired: boolean
  /** Why it cannot be saved as it stands (the button says so; main refuses it too), or null. */
  blockedReason: string | null
  /** What is sent: 적격 names no criteria. */
  failedCriteria: string[]
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((code) => b.includes(code))

/** The screening form's rules, the same main applies: a note for 부적격 and for any override. */
export function screeningState(draft: ScreeningDraft, checklistFailures: readonly string[]): ScreeningState {
  const failedCriteria = draft.result === 'eligible' ? [] : [...new Set(draft.failedCriteria)]
  const overridden = draft.result === 'eligible' ? checklistFailures.length > 0 : !sameSet(failedCriteria, checklistFailures)
  const noteRequired = draft.result === 'ineligible' || overridden
  const noteMissing = draft.note.trim() === ''
  let blockedReason: string | null = null
  if (noteRequired && noteMissing) {
    blockedReason = draft.result === 'ineligible' && !overridden ? SCREENING_TEXT.noteRequiredIneligible : SCREENING_TEXT.noteRequiredOverride
  }
  return { overridden, noteRequired, blockedReason, failedCriteria }
}
