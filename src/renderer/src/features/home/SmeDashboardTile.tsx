import { Alert, Anchor, Badge, Button, Card, Group, Progress, ScrollArea, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core'
import { errorMessage } from '../../api'
import { SME_STAGE_LABELS, SME_STATUS_LABELS } from '../../../../shared/domains/sme/labels'
import { SME_STATUS_COLORS, SME_TILE_TEXT } from '../../../../shared/domains/sme/viewLabels'
import type { SmeFilter } from '../../../../shared/domains/sme/views'
import { SME_STAGES, SME_STATUSES } from '../../../../shared/portal'
import { HOME_CHART_TEXT } from '../../../../shared/domain/homeChartLabels'
import type { ChartRow } from './chartData'
import { CountsChart } from './CountsChart'
import { StaffName } from '../../components/StaffName'
import { formatCount } from '../../lib/format'
import { PATHS, navigate } from '../../router'
import { useSmeDashboard } from '../sme/useSme'
import { useSmeAccess } from '../sme/useSmeAccess'
import { smeFilterToRoute } from '../sme/viewState'

function percent(part: number, total: number): number {
  return total > 0 ? (part / total) * 100 : 0
}

/** The 강소기업 list of exactly the applications a count counts. */
function openList(filter: SmeFilter): void {
  navigate(PATHS.sme, { filter: smeFilterToRoute(filter) })
}

function CountLink({ count, label, filter, testId }: { count: number; label: string; filter: SmeFilter; testId?: string }) {
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
      aria-label={SME_TILE_TEXT.countLink(label, formatCount(count))} data-testid={testId}>
      {text}
    </Anchor>
  )
}

/**
 * Home tile: applications by status and (while evaluated) by stage, and the sheets each evaluator has
 * still to write. Every count opens the list filtered to exactly what it counts; an evaluator gets a
 * way straight to their own sheets.
 */
export function SmeDashboardTile() {
  const dashboard = useSmeDashboard()
  const access = useSmeAccess()
  const d = dashboard.data
  const mine = d?.missingSheets.find((m) => m.evaluator_id === access.staffId)
  // Most missing first; the list scrolls beyond a few lines (a committee and several site teams).
  const missing = access.manages ? [...(d?.missingSheets ?? [])].filter((m) => m.missing > 0).sort((a, b) => b.missing - a.missing || a.evaluator_id.localeCompare(b.evaluator_id)) : []
  return (
    <Card withBorder padding="md" data-testid="sme-dashboard">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={4}>{SME_TILE_TEXT.title}</Title>
          <Text size="xs" c="dimmed">
            {SME_TILE_TEXT.subtitle(d?.rounds.join(', ') ?? '')}
          </Text>
        </div>
        <Group gap="sm">
          {d && (
            <Anchor component="button" type="button" fw={700} size="lg" c="dark" data-testid="sme-dashboard-total"
              aria-label={SME_TILE_TEXT.countLink('전체', formatCount(d.total))} onClick={() => openList({})}>
              {SME_TILE_TEXT.total(formatCount(d.total))}
            </Anchor>
          )}
          {access.evaluates && (
            <Button size="compact-sm" onClick={() => navigate(PATHS.smeSheets)} data-testid="sme-dashboard-sheets">
              {SME_TILE_TEXT.openSheets}
              {mine && mine.missing > 0 ? ` (${formatCount(mine.missing)})` : ''}
            </Button>
          )}
          <Button variant="light" size="compact-sm" onClick={() => navigate(PATHS.sme)}>
            {SME_TILE_TEXT.openList}
          </Button>
        </Group>
      </Group>
      {dashboard.error && <Alert color="red">{errorMessage(dashboard.error)}</Alert>}
      {d && d.total === 0 && (
        <Text size="sm" c="dimmed">
          {SME_TILE_TEXT.empty}
        </Text>
      )}
      {d && d.total > 0 && (
        <SimpleGrid cols={{ base: 1, md: access.manages ? 3 : 2 }} spacing="lg">
          <Stack gap="xs" data-testid="sme-dashboard-status">
            <Text size="sm" fw={600}>
              {SME_TILE_TEXT.byStatus}
            </Text>
            <Progress.Root size="lg">
              {SME_STATUSES.map((s) => (
                <Tooltip key={s} label={`${SME_STATUS_LABELS[s]} ${formatCount(d.byStatus[s] ?? 0)}건`}>
                  <Progress.Section value={percent(d.byStatus[s] ?? 0, d.total)} color={SME_STATUS_COLORS[s]} aria-label={`${SME_STATUS_LABELS[s]} ${formatCount(d.byStatus[s] ?? 0)}건`} />
                </Tooltip>
              ))}
            </Progress.Root>
            <Group gap={6}>
              {SME_STATUSES.map((s) => {
                const n = d.byStatus[s] ?? 0
                return (
                  <Badge key={s} color={SME_STATUS_COLORS[s]} variant="light" data-status={s} component="button" type="button"
                    disabled={n === 0} style={{ cursor: n === 0 ? 'default' : 'pointer' }}
                    aria-label={SME_TILE_TEXT.countLink(SME_STATUS_LABELS[s], formatCount(n))} onClick={() => openList({ statuses: [s] })}>
                    {SME_STATUS_LABELS[s]} {formatCount(n)}
                  </Badge>
                )
              })}
            </Group>
          </Stack>

          <CountsChart
            title={HOME_CHART_TEXT.smePipeline}
            testId="sme-chart-pipeline"
            stacked={false}
            series={[{ key: 'count', label: SME_TILE_TEXT.applications, color: 'indigo' }]}
            rows={smePipeline(d.byStatus, d.byStage)}
          />

          <Stack gap="xs" data-testid="sme-dashboard-stage">
            <Text size="sm" fw={600}>
              {SME_TILE_TEXT.byStage}
            </Text>
            {SME_STAGES.filter((s) => d.byStage[s] !== undefined).map((s) => (
              <div key={s} data-stage={s}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm">{SME_STAGE_LABELS[s]}</Text>
                  <CountLink count={d.byStage[s] ?? 0} label={SME_STAGE_LABELS[s]} filter={{ statuses: ['evaluating'], stages: [s] }} />
                </Group>
                <Progress value={percent(d.byStage[s] ?? 0, d.byStatus.evaluating ?? 0)} size="sm" color="indigo" aria-label={`${SME_STAGE_LABELS[s]} ${formatCount(d.byStage[s] ?? 0)}건`} />
              </div>
            ))}
            {!access.manages && mine && (
              <Group justify="space-between" gap="xs" mt="xs">
                <Text size="sm">{SME_TILE_TEXT.mySheets}</Text>
                <Anchor component="button" type="button" size="sm" fw={600} onClick={() => navigate(PATHS.smeSheets)}>
                  {formatCount(mine.missing)}건
                </Anchor>
              </Group>
            )}
          </Stack>

          {access.manages && (
            <Stack gap="xs" data-testid="sme-dashboard-missing">
              <Text size="sm" fw={600}>
                {SME_TILE_TEXT.missingSheets}
              </Text>
              {missing.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {SME_TILE_TEXT.noMissingSheets}
                </Text>
              ) : (
                // Focusable, so the list can be scrolled from the keyboard (it holds no control of its own).
                <ScrollArea.Autosize mah={190} type="auto" offsetScrollbars viewportProps={{ tabIndex: 0, 'aria-label': SME_TILE_TEXT.missingSheets }}>
                  <Table verticalSpacing={2} fz="sm">
                    <Table.Tbody>
                      {missing.map((m) => (
                        <Table.Tr key={m.evaluator_id} data-evaluator={m.evaluator_id}>
                          <Table.Td>
                            <StaffName id={m.evaluator_id} />
                          </Table.Td>
                          <Table.Td ta="right">{formatCount(m.missing)}건</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollArea.Autosize>
              )}
            </Stack>
          )}
        </SimpleGrid>
      )}
    </Card>
  )
}

/**
 * The screening as one flow: 접수, 자격검토, each 평가 stage of those being evaluated, 선정, then those who
 * left it (부적격, 미선정, 철회).
 */
function smePipeline(byStatus: Record<string, number>, byStage: Record<string, number>): ChartRow[] {
  const row = (label: string, count: number | undefined): ChartRow => ({ label, values: { count: count ?? 0 } })
  return [
    row(SME_STATUS_LABELS.submitted, byStatus.submitted),
    row(SME_STATUS_LABELS.screening, byStatus.screening),
    ...SME_STAGES.map((stage) => row(SME_STAGE_LABELS[stage], byStage[stage])),
    ...(['selected', 'ineligible', 'not_selected', 'withdrawn'] as const).map((status) => row(SME_STATUS_LABELS[status], byStatus[status]))
  ]
}
