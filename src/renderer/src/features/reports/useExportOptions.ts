import { useState } from 'react'
import { exportReasonText, type ExportReasonPreset } from '../../../../shared/reports/labels'
import type { ExportOptions, MoneyUnit, ReportFormat } from '../../../../shared/reports/model'
import { reasonProblem } from './exportForm'

/** What the export options hold while the staff member fills them in (one export or a batch). */
export interface ExportOptionsDraft {
  format: ReportFormat
  moneyUnit: MoneyUnit
  approvalBox: boolean
  unmasked: boolean
  preset: ExportReasonPreset | null
  reason: string
  /** The reason's problem is shown once it was typed, picked or the form submitted. */
  touched: boolean
}

const INITIAL: ExportOptionsDraft = {
  format: 'xlsx',
  moneyUnit: 'won',
  approvalBox: false,
  unmasked: false,
  preset: null,
  reason: '',
  touched: false
}

export interface ExportOptionsControl {
  draft: ExportOptionsDraft
  set: (change: Partial<Omit<ExportOptionsDraft, 'preset' | 'reason' | 'touched'>>) => void
  pickPreset: (preset: ExportReasonPreset) => void
  typeReason: (text: string) => void
  touch: () => void
  /** The reason's problem, in Korean, or null. */
  problem: string | null
  /** The options as the channel takes them; `unmask`: whether the option may apply (a manager, online, personal columns). */
  toOptions: (unmask: boolean) => ExportOptions
}

/** The export options' state: the common reasons (picked or typed, five characters at least, checked as typed). */
export function useExportOptions(): ExportOptionsControl {
  const [draft, setDraft] = useState(INITIAL)
  return {
    draft,
    set: (change) => setDraft((d) => ({ ...d, ...change })),
    pickPreset: (preset) => setDraft((d) => ({ ...d, preset, reason: exportReasonText(preset), touched: preset !== 'custom' })),
    typeReason: (text) =>
      setDraft((d) => ({
        ...d,
        reason: text,
        touched: true,
        preset: d.preset !== null && d.preset !== 'custom' && text !== exportReasonText(d.preset) ? 'custom' : d.preset
      })),
    touch: () => setDraft((d) => ({ ...d, touched: true })),
    problem: reasonProblem(draft.reason),
    toOptions: (unmask) => ({
      format: draft.format,
      moneyUnit: draft.moneyUnit,
      approvalBox: draft.approvalBox,
      unmasked: unmask && draft.unmasked,
      reason: draft.reason.trim()
    })
  }
}
