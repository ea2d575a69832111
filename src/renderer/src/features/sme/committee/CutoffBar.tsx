import { Button, Group, SegmentedControl, Text, TextInput, Tooltip } from '@mantine/core'
import { COMMITTEE_TEXT } from '../../../../../shared/domains/sme/viewLabels'
import type { CutoffResult, CutoffRule } from './cutoff'

export interface CutoffBarProps {
  rule: CutoffRule
  /** The typed number, kept as typed. */
  text: string
  onRule: (kind: CutoffRule['kind'], text: string) => void
  result: CutoffResult
  /** "통과 12건을 현장실사로 이동" or "최종 선정 기록 (선정 12건)". */
  actionLabel: string
  actionDisabled: boolean
  /** Left out when the roles do not allow the batch (the button is then not shown). */
  onAction?: () => void
}

/** The cut-off (top N, or stage score ≥ X), how many pass and stop, and the one batch action. */
export function CutoffBar({ rule, text, onRule, result, actionLabel, actionDisabled, onAction }: CutoffBarProps) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-end" data-testid="sme-cutoff">
      <SegmentedControl
        size="xs"
        aria-label={COMMITTEE_TEXT.cutoff}
        value={rule.kind}
        onChange={(kind) => onRule(kind as CutoffRule['kind'], text)}
        data={[
          { value: 'top', label: COMMITTEE_TEXT.cutoffTopN },
          { value: 'min_score', label: COMMITTEE_TEXT.cutoffMinScore }
        ]}
      />
      <TextInput
        size="xs"
        w={110}
        inputMode="decimal"
        label={rule.kind === 'top' ? COMMITTEE_TEXT.cutoffN : COMMITTEE_TEXT.cutoffScore}
        value={text}
        onChange={(e) => onRule(rule.kind, e.currentTarget.value)}
        data-testid="sme-cutoff-value"
      />
      <Tooltip label={COMMITTEE_TEXT.notCandidateHint} multiline w={320}>
        <Text size="sm" fw={600} data-testid="sme-cutoff-preview" data-advance={result.advance.length} data-stop={result.stop.length} tabIndex={0}>
          {COMMITTEE_TEXT.preview(result.advance.length, result.stop.length)}
        </Text>
      </Tooltip>
      {onAction && (
        <Button size="xs" onClick={onAction} disabled={actionDisabled} data-testid="sme-cutoff-action">
          {actionLabel}
        </Button>
      )}
    </Group>
  )
}
