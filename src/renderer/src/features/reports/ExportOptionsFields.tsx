import type { RefObject } from 'react'
import { Checkbox, Group, Radio, Stack, TextInput } from '@mantine/core'
import { EXPORT_REASON_PRESETS, REPORT_FORMAT_LABELS, REPORTS_TEXT as T, type ExportReasonPreset } from '../../../../shared/reports/labels'
import { MONEY_UNITS, MoneyUnit, ReportFormat } from '../../../../shared/reports/model'
import type { ExportOptionsControl } from './useExportOptions'
import type { UnmaskAllowance } from './useReports'

export interface ExportOptionsFieldsProps {
  control: ExportOptionsControl
  hasMoney: boolean
  /** The reports hold personal columns (the unmask option applies). */
  hasPersonal: boolean
  allowance: UnmaskAllowance
  reasonRef?: RefObject<HTMLInputElement | null>
  testIdPrefix: string
}

/** Format, money unit, 결재란, unmasking (a manager, online) and the reason — one export's or a batch's. */
export function ExportOptionsFields({ control, hasMoney, hasPersonal, allowance, reasonRef, testIdPrefix }: ExportOptionsFieldsProps) {
  const { draft } = control
  const showProblem = draft.touched && control.problem !== null
  return (
    <Stack gap="sm">
      <Group gap="xl" align="flex-start" wrap="wrap">
        <Radio.Group label={T.format} value={draft.format} onChange={(value) => control.set({ format: ReportFormat.parse(value) })}>
          <Group gap="md" mt={4}>
            {ReportFormat.options.map((format) => (
              <Radio key={format} value={format} label={REPORT_FORMAT_LABELS[format]} data-testid={`${testIdPrefix}-format-${format}`} />
            ))}
          </Group>
        </Radio.Group>
        {hasMoney && (
          <Radio.Group label={T.moneyUnit} value={draft.moneyUnit} onChange={(value) => control.set({ moneyUnit: MoneyUnit.parse(value) })}>
            <Group gap="md" mt={4}>
              {MoneyUnit.options.map((unit) => (
                <Radio key={unit} value={unit} label={MONEY_UNITS[unit].label} />
              ))}
            </Group>
          </Radio.Group>
        )}
      </Group>

      <Checkbox label={T.approvalBox} checked={draft.approvalBox} onChange={(event) => control.set({ approvalBox: event.currentTarget.checked })} />

      {hasPersonal && allowance.offered && (
        <Checkbox
          label={T.unmasked}
          description={allowance.disabledReason ?? T.unmaskedHint}
          checked={draft.unmasked && allowance.disabledReason === null}
          disabled={allowance.disabledReason !== null}
          onChange={(event) => control.set({ unmasked: event.currentTarget.checked })}
          data-testid={`${testIdPrefix}-unmask`}
        />
      )}

      <Radio.Group label={T.reasonPresets} value={draft.preset} onChange={(value) => control.pickPreset(value as ExportReasonPreset)} withAsterisk>
        <Group gap="sm" mt={4}>
          {EXPORT_REASON_PRESETS.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} />
          ))}
        </Group>
      </Radio.Group>
      <TextInput
        ref={reasonRef}
        label={T.reasonInput}
        placeholder={T.reasonPlaceholder}
        value={draft.reason}
        onChange={(event) => control.typeReason(event.currentTarget.value)}
        error={showProblem ? control.problem : undefined}
        required
        maxLength={200}
        data-testid={`${testIdPrefix}-reason`}
      />
    </Stack>
  )
}
