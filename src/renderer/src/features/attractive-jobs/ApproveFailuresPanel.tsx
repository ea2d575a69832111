import { Alert, Checkbox, Group, Stack, Text, Textarea, ThemeIcon } from '@mantine/core'
import { IconAlertTriangle, IconX } from '@tabler/icons-react'
import { APPROVE_DESPITE_FAILURES } from '../../../../shared/domains/attractive-jobs/labels'
import { RULE_LABELS } from '../../../../shared/domains/attractive-jobs/rules'
import type { DecisionForm } from './useDecisionForm'

/**
 * 적정 on a project that fails rules: each failed rule with the numbers it failed on ("20시간 부족"),
 * then a confirmation box or a reason — one of them is needed to approve anyway. The reason goes to
 * the portal with the decision (and the checks, as with every decision).
 */
export function ApproveFailuresPanel({ form }: { form: DecisionForm }) {
  const failed = form.failedChecks
  if (failed.length === 0) return null
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={`기준 미충족 ${failed.length}건`} data-testid="approve-failures">
      <Stack gap="xs">
        <Stack gap={4}>
          {failed.map((c) => (
            <Group key={c.rule} gap="xs" wrap="nowrap" align="flex-start" data-rule={c.rule}>
              <ThemeIcon size={18} radius="xl" color="red" role="img" aria-label="위반">
                <IconX size={12} />
              </ThemeIcon>
              <Text size="sm">
                <b>{RULE_LABELS[c.rule]}</b> — {c.note}
              </Text>
            </Group>
          ))}
        </Stack>
        <Checkbox
          label={APPROVE_DESPITE_FAILURES}
          checked={form.failuresConfirmed}
          onChange={(e) => form.setFailuresConfirmed(e.currentTarget.checked)}
          error={form.errors.failures !== null}
          data-autofocus
        />
        <Textarea
          label="적정 사유"
          description="확인란 대신 사유를 적어도 됩니다. 사유는 결정과 함께 포털에 기록됩니다."
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          value={form.reason}
          onChange={(e) => form.setReason(e.currentTarget.value)}
        />
        {form.errors.failures && (
          <Text size="sm" c="red" data-testid="approve-failures-error">
            {form.errors.failures}
          </Text>
        )}
      </Stack>
    </Alert>
  )
}
