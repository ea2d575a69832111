import { Alert, Anchor, Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core'
import { errorMessage } from '../../api'
import { ATTRACTIVE_JOB_STATUS_COLORS, ATTRACTIVE_JOB_STATUS_LABELS, ORG_TYPE_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import { RULE_CODES, RULE_LABELS } from '../../../../shared/domains/attractive-jobs/rules'
import { RULE_CHECK_FILTER_LABELS } from '../../../../shared/domains/attractive-jobs/viewLabels'
import type { AttractiveJobFilter } from '../../../../shared/domains/attractive-jobs/views'
import type { AttractiveJobStatus, OrgType } from '../../../../shared/portal'
import { formatCount } from '../../lib/format'
import { PATHS, navigate } from '../../router'
import { filterToRoute } from '../attractive-jobs/viewState'
import { useAttractiveJobDashboard } from '../attractive-jobs/useAttractiveJobs'
import { HOME_CHART_TEXT } from '../../../../shared/domain/homeChartLabels'
import { CountsChart } from './CountsChart'

const STATUSES = Object.keys(ATTRACTIVE_JOB_STATUS_LABELS) as AttractiveJobStatus[]
const ORG_TYPES = Object.keys(ORG_TYPE_LABELS) as OrgType[]

function percent(part: number, total: number): number {
  return total > 0 ? (part / total) * 100 : 0
}

/** The 매력일자리 list of exactly the records a count counts. */
function openList(filter: AttractiveJobFilter): void {
  navigate(PATHS.attractiveJobs, { filter: filterToRoute(filter) })
}

/** A count that opens the list of what it counts (plain text when there is nothing to open). */
function CountLink({ count, label, filter, testId }: { count: number; label: string; filter: AttractiveJobFilter; testId?: string }) {
  const text = `${formatCount(count)}건`
  if (count === 0) {
    return (
      <Text size="sm" c="dimmed" span>
        {text}
      </Text>
    )
  }
  return (
    <Anchor component="button" type="button" size="sm" fw={600} onClick={() => openList(filter)}
      aria-label={`${label} ${text} — 목록에서 보기`} data-testid={testId}>
      {text}
    </Anchor>
  )
}

/**
 * Home tile: the year's 공공형 submissions by status and by 기관구분, and how many fail each rule check.
 * Every count opens the 매력일자리 list filtered to exactly the records it counts.
 */
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
            <Anchor component="button" type="button" fw={700} size="lg" c="dark" data-testid="aj-dashboard-total"
              aria-label={`전체 ${formatCount(d.total)}건 — 목록에서 보기`} onClick={() => openList({})}>
              총 {formatCount(d.total)}건
            </Anchor>
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
                  <Progress.Section value={percent(d.byStatus[s] ?? 0, d.total)} color={ATTRACTIVE_JOB_STATUS_COLORS[s]} aria-label={`${ATTRACTIVE_JOB_STATUS_LABELS[s]} ${formatCount(d.byStatus[s] ?? 0)}건`} />
                </Tooltip>
              ))}
            </Progress.Root>
            <Group gap={6}>
              {STATUSES.map((s) => {
                const n = d.byStatus[s] ?? 0
                return (
                  <Badge key={s} color={ATTRACTIVE_JOB_STATUS_COLORS[s]} variant="light" data-status={s}
                    component="button" type="button" disabled={n === 0} style={{ cursor: n === 0 ? 'default' : 'pointer' }}
                    aria-label={`${ATTRACTIVE_JOB_STATUS_LABELS[s]} ${formatCount(n)}건 — 목록에서 보기`}
                    onClick={() => openList({ statuses: [s] })}>
                    {ATTRACTIVE_JOB_STATUS_LABELS[s]} {formatCount(n)}
                  </Badge>
                )
              })}
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
                  <CountLink count={d.byOrgType[o] ?? 0} label={ORG_TYPE_LABELS[o]} filter={{ orgTypes: [o] }} />
                </Group>
                <Progress value={percent(d.byOrgType[o] ?? 0, d.total)} size="sm" color="indigo" aria-label={`${ORG_TYPE_LABELS[o]} ${formatCount(d.byOrgType[o] ?? 0)}건`} />
              </div>
            ))}
          </Stack>

          <CountsChart
            title={HOME_CHART_TEXT.attractiveJobsByOrgType}
            testId="aj-chart-status-org"
            stacked
            series={STATUSES.map((status) => ({ key: status, label: ATTRACTIVE_JOB_STATUS_LABELS[status], color: ATTRACTIVE_JOB_STATUS_COLORS[status] }))}
            rows={ORG_TYPES.map((orgType) => ({
              label: ORG_TYPE_LABELS[orgType],
              values: Object.fromEntries(d.byStatusAndOrgType.filter((cell) => cell.orgType === orgType).map((cell) => [cell.status, cell.count]))
            }))}
          />

          <Stack gap="xs" data-testid="aj-dashboard-rules">
            <Group justify="space-between">
              <Text size="sm" fw={600}>
                기준 점검
              </Text>
              <Badge color={d.withFailures > 0 ? 'red' : 'teal'} variant="filled" data-testid="aj-dashboard-with-failures"
                component="button" type="button" disabled={d.withFailures === 0}
                style={{ cursor: d.withFailures === 0 ? 'default' : 'pointer' }}
                aria-label={`${RULE_CHECK_FILTER_LABELS.has_failures} ${formatCount(d.withFailures)}건 — 목록에서 보기`}
                onClick={() => openList({ ruleCheck: 'has_failures' })}>
                {RULE_CHECK_FILTER_LABELS.has_failures} {formatCount(d.withFailures)}건
              </Badge>
            </Group>
            <Table verticalSpacing={2} fz="sm">
              <Table.Tbody>
                {RULE_CODES.map((code) => {
                  const n = d.ruleFailures[code] ?? 0
                  return (
                    <Table.Tr key={code} data-rule={code}>
                      <Table.Td>{RULE_LABELS[code]}</Table.Td>
                      <Table.Td ta="right">
                        <CountLink count={n} label={`${RULE_LABELS[code]} 위반`} filter={{ failingRules: [code] }} />
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
