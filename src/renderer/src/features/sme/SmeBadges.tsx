import { Badge, Group, List, Text, type BadgeProps } from '@mantine/core'
import { formatBusinessNo } from '../../../../shared/domains/sme/company'
import { SHEET_STATE_LABELS, SME_STATUS_LABELS } from '../../../../shared/domains/sme/labels'
import { SHEET_STATE_COLORS, SME_ROW_TEXT, SME_STATUS_COLORS } from '../../../../shared/domains/sme/viewLabels'
import type { SheetState } from '../../../../shared/domains/sme/views'
import type { SmeStatus } from '../../../../shared/portal'
import { SharedTooltip } from '../../components/SharedTooltip'

export function SmeStatusBadge({ status, ...rest }: { status: SmeStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  return (
    <Badge color={SME_STATUS_COLORS[status]} variant="light" {...rest}>
      {SME_STATUS_LABELS[status]}
    </Badge>
  )
}

export function SheetStateBadge({ state, total, ...rest }: { state: SheetState; total?: string | null } & Omit<BadgeProps, 'color' | 'children'>) {
  return (
    <Badge color={SHEET_STATE_COLORS[state]} variant={state === 'complete' ? 'light' : 'outline'} data-state={state} {...rest}>
      {SHEET_STATE_LABELS[state]}
      {total ? ` ${total}` : ''}
    </Badge>
  )
}

/** 000-00-00000, with 오류 when the check digit is wrong (the number is still shown as the portal has it). */
export function BusinessNo({ digits, valid, withValidBadge = false }: { digits: string; valid: boolean; withValidBadge?: boolean }) {
  return (
    <Group gap={6} wrap="nowrap" data-testid="sme-business-no" data-valid={valid}>
      <Text span inherit ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {formatBusinessNo(digits)}
      </Text>
      {!valid && (
        <SharedTooltip label={SME_ROW_TEXT.businessNoInvalidHint} maxWidth={260}>
          <Badge size="xs" color="red" variant="filled" style={{ flexShrink: 0 }} data-testid="sme-business-no-invalid">
            {SME_ROW_TEXT.businessNoInvalid}
          </Badge>
        </SharedTooltip>
      )}
      {valid && withValidBadge && (
        <Badge size="xs" color="teal" variant="light" style={{ flexShrink: 0 }} data-testid="sme-business-no-valid">
          {SME_ROW_TEXT.businessNoValid}
        </Badge>
      )}
    </Group>
  )
}

export interface EligibilityBadgeProps {
  /** Failing (or 자료 없음) criterion codes; null: the round's criteria are not cached. */
  failures: readonly string[] | null
  manual: readonly string[]
  /** Criterion labels by code, for the tooltip (codes show when unknown). */
  labelOf?: (code: string) => string
}

/** A list row's checklist result: 모두 충족, 미충족 n (tooltip lists them), 직접 확인 n, or 기준 없음. */
export function EligibilityBadge({ failures, manual, labelOf = (c) => c }: EligibilityBadgeProps) {
  if (failures === null) {
    return (
      <SharedTooltip label={SME_ROW_TEXT.eligibilityNoCriteriaHint}>
        <Badge color="gray" variant="outline" size="sm" data-testid="sme-eligibility" data-eligibility="none">
          {SME_ROW_TEXT.eligibilityNoCriteria}
        </Badge>
      </SharedTooltip>
    )
  }
  if (failures.length === 0 && manual.length === 0) {
    return (
      <Badge color="teal" variant="light" size="sm" data-testid="sme-eligibility" data-eligibility="pass">
        {SME_ROW_TEXT.eligibilityPass}
      </Badge>
    )
  }
  const codes = [...failures, ...manual]
  return (
    <SharedTooltip
      maxWidth={260}
      label={
        <List size="xs" c="white">
          {codes.map((code) => (
            <List.Item key={code}>{labelOf(code)}</List.Item>
          ))}
        </List>
      }
    >
      <Group gap={4} wrap="nowrap" data-testid="sme-eligibility" data-eligibility={failures.length > 0 ? 'fail' : 'manual'}>
        {failures.length > 0 && (
          <Badge color="red" variant="light" size="sm">
            {SME_ROW_TEXT.eligibilityFails(failures.length)}
          </Badge>
        )}
        {manual.length > 0 && (
          <Badge color="yellow" variant="light" size="sm">
            {SME_ROW_TEXT.eligibilityManual(manual.length)}
          </Badge>
        )}
      </Group>
    </SharedTooltip>
  )
}
