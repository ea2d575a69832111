import { Alert, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconCheck, IconX } from '@tabler/icons-react'
import { RULE_LABELS } from '../../../../shared/domains/attractive-jobs/rules'
import type { AttractiveJobDetail } from '../../../../shared/domains/attractive-jobs/views'
import { formatWon } from '../../lib/format'

/** The ten rule checks of the record, each with pass/fail and the numbers it was decided on. */
export function RuleChecksPanel({ detail }: { detail: AttractiveJobDetail }) {
  const { checks, rules } = detail
  const failed = checks?.filter((c) => !c.passed).length ?? 0
  return (
    <section aria-label="기준 점검" data-testid="rule-checks">
      <Group justify="space-between" mb={6}>
        <Title order={5} c="blue">
          기준 점검
        </Title>
        {checks && (
          <Text size="sm" fw={600} c={failed > 0 ? 'red' : 'teal'}>
            {failed > 0 ? `위반 ${failed}건` : '모두 통과'}
          </Text>
        )}
      </Group>
      {checks === null ? (
        <Alert color="gray" variant="light">
          {detail.record.program_year}년 기준(생활임금·최대 참여기간 등)이 아직 캐시에 없어 점검하지 못했습니다. 온라인에서 동기화하면
          점검합니다.
        </Alert>
      ) : (
        <Paper withBorder p="xs">
          <Stack gap={6}>
            {checks.map((c) => (
              <Group key={c.rule} gap="xs" wrap="nowrap" align="flex-start" data-rule={c.rule} data-passed={c.passed}>
                <ThemeIcon size={20} radius="xl" color={c.passed ? 'teal' : 'red'} variant={c.passed ? 'light' : 'filled'}
                  role="img" aria-label={c.passed ? '통과' : '위반'}>
                  {c.passed ? <IconCheck size={13} /> : <IconX size={13} />}
                </ThemeIcon>
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={c.passed ? 400 : 600}>
                    {RULE_LABELS[c.rule]}
                  </Text>
                  <Text size="xs" c={c.passed ? 'dimmed' : 'red'}>
                    {c.note}
                  </Text>
                </div>
              </Group>
            ))}
          </Stack>
          {rules && (
            <Text size="xs" c="dimmed" mt={8}>
              {rules.year}년 기준: 생활임금 {formatWon(rules.living_wage_hourly)} · 최대 {rules.max_months}개월 · 사전교육{' '}
              {rules.min_pre_training_hours}시간 이상
            </Text>
          )}
        </Paper>
      )}
    </section>
  )
}
