import { Alert, Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core'
import { errorMessage } from '../../api'
import { ATTRACTIVE_JOB_STATUS_COLORS, ATTRACTIVE_JOB_STATUS_LABELS, ORG_TYPE_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import { RULE_CODES, RULE_LABELS } from '../../../../shared/domains/attractive-jobs/rules'
import type { AttractiveJobStatus, OrgType } from '../../../../shared/portal'
import { formatCount } from '../../lib/format'
import { useAttractiveJobDashboard } from '../attractive-jobs/useAttractiveJobs'

const STATUSES = Object.keys(ATTRACTIVE_JOB_STATUS_LABELS) as AttractiveJobStatus[]
const ORG_TYPES = Object.keys(ORG_TYPE_LABELS) as OrgType[]

function percent(part: number, total: number): number {
  return total > 0 ? (part / total) * 100 : 0
}

/** Home tile: the year's 공공형 submissions by status and by 기관구분, and how many fail each rule check. */
export function AttractiveJobsDashboardTile({ onOpen }: { onOpen: () => void }) {
  const dashboard = useAttractiveJobDashboard()
  const d = dashboard.data
  return (
    <Card withBorder padding="md" data-testid="aj-dashboard">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={4}>매력일자리 검토 현황</Title>
          <Text size="xs" c="dimmed">
            {d && d.programYears.length > 0 ? `사업연도 ${d.programYears.join(', ')} · ` : ''}이 컴퓨터의 캐시 기준
          </Text>
        </div>
        <Group gap="sm">
          {d && (
            <Text fw={700} size="lg" data-testid="aj-dashboard-total">
              총 {formatCount(d.total)}건
            </Text>
          )}
          <Button variant="light" size="compact-sm" onClick={onOpen}>
            목록 열기
          </Button>
        </Group>
      </Group>
      {dashboard.error && <Alert color="red">{errorMessage(dashboard.error)}</Alert>}
      {d && d.total === 0 && (
        <Text size="sm" c="dimmed">
          캐시에 매력일자리 자료가 없습니다. 동기화를 실행하세요.
        </Text>
      )}
      {d && d.total > 0 && (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          <Stack gap="xs" data-testid="aj-dashboard-status">
            <Text size="sm" fw={600}>
              상태별
            </Text>
            <Progress.Root size="lg">
              {STATUSES.map((s) => (
                <Tooltip key={s} label={`${ATTRACTIVE_JOB_STATUS_LABELS[s]} ${formatCount(d.byStatus[s] ?? 0)}건`}>
                  <Progress.Section value={percent(d.byStatus[s] ?? 0, d.total)} color={ATTRACTIVE_JOB_STATUS_COLORS[s]} />
                </Tooltip>
              ))}
            </Progress.Root>
            <Group gap={6}>
              {STATUSES.map((s) => (
                <Badge key={s} color={ATTRACTIVE_JOB_STATUS_COLORS[s]} variant="light" data-status={s}>
                  {ATTRACTIVE_JOB_STATUS_LABELS[s]} {formatCount(d.byStatus[s] ?? 0)}
                </Badge>
              ))}
            </Group>
          </Stack>

          <Stack gap="xs" data-testid="aj-dashboard-org">
            <Text size="sm" fw={600}>
              기관구분별
            </Text>
            {ORG_TYPES.map((o) => (
              <div key={o} data-org-type={o}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm">{ORG_TYPE_LABELS[o]}</Text>
                  <Text size="sm" fw={600}>
                    {formatCount(d.byOrgType[o] ?? 0)}건
                  </Text>
                </Group>
                <Progress value={percent(d.byOrgType[o] ?? 0, d.total)} size="sm" color="indigo" />
              </div>
            ))}
          </Stack>

          <Stack gap="xs" data-testid="aj-dashboard-rules">
            <Group justify="space-between">
              <Text size="sm" fw={600}>
                기준 점검
              </Text>
              <Badge color={d.withFailures > 0 ? 'red' : 'teal'} variant="filled" data-testid="aj-dashboard-with-failures">
                위반 있음 {formatCount(d.withFailures)}건
              </Badge>
            </Group>
            <Table verticalSpacing={2} fz="sm">
              <Table.Tbody>
                {RULE_CODES.map((code) => {
                  const n = d.ruleFailures[code] ?? 0
                  return (
                    <Table.Tr key={code} data-rule={code}>
                      <Table.Td>{RULE_LABELS[code]}</Table.Td>
                      <Table.Td ta="right" c={n > 0 ? 'red' : 'dimmed'} fw={n > 0 ? 600 : 400}>
                        {formatCount(n)}건
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Stack>
        </SimpleGrid>
      )}
    </Card>
  )
}
