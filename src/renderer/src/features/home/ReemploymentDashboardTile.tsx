import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { SESSION_KIND_LABELS } from '../../../../shared/domains/reemployment/labels'
import type { SessionSummary } from '../../../../shared/domains/reemployment/views'
import { ErrorAlert } from '../../components/ErrorDetail'
import { formatCount } from '../../lib/format'
import { PATHS, navigate } from '../../router'
import { CapacityBar } from '../reemployment/CapacityBar'
import { dayRangeLabel, sessionDay, sessionWhen, timeRange } from '../reemployment/dates'
import { useReemploymentDashboard } from '../reemployment/useReemployment'
import { HOME_CHART_TEXT } from '../../../../shared/domain/homeChartLabels'
import { CountsChart } from './CountsChart'

function openSession(id: string): void {
  navigate(PATHS.reemployment, { open: id })
}

function Figure({ label, value, unit, testId, tone }: { label: string; value: number; unit: string; testId: string; tone?: string }) {
  return (
    <Stack gap={0} data-testid={testId} data-value={value}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={tone}>
        {formatCount(value)}
        {unit}
      </Text>
    </Stack>
  )
}

function SessionRow({ session }: { session: SessionSummary }) {
  return (
    <Table.Tr data-session-id={session.id}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" fw={600}>
          {sessionDay(session.starts_at)}
        </Text>
        <Text size="xs" c="dimmed">
          {timeRange(session.starts_at, session.ends_at)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Badge size="xs" variant="default" style={{ flexShrink: 0 }}>
            {SESSION_KIND_LABELS[session.kind]}
          </Badge>
          <Anchor component="button" type="button" size="sm" lineClamp={1} ta="left" onClick={() => openSession(session.id)}>
            {session.title}
          </Anchor>
        </Group>
      </Table.Td>
      <Table.Td w={220}>
        <CapacityBar registered={session.counts.registered} capacity={session.capacity} waitlisted={session.counts.waitlisted} compact />
      </Table.Td>
      <Table.Td ta="right" w={70}>
        <Text size="sm" fw={600}>
          {Math.round(session.fillRate * 100)}%
        </Text>
      </Table.Td>
    </Table.Tr>
  )
}

/** Home tile: this week's 재취업 sessions with how full they are, today's check-ins, the waitlists. */
export function ReemploymentDashboardTile({ onOpen }: { onOpen: () => void }) {
  const dashboard = useReemploymentDashboard()
  const d = dashboard.data
  return (
    <Card withBorder padding="md" data-testid="reemployment-dashboard">
      <Group justify="space-between" mb="sm" align="flex-start">
        <div>
          <Title order={4}>재취업 이번 주 회차</Title>
          <Text size="xs" c="dimmed">
            {d ? `${dayRangeLabel(d.week.from, d.week.to)} · ` : ''}이 컴퓨터의 캐시 기준
          </Text>
        </div>
        <Button variant="light" size="compact-sm" onClick={onOpen}>
          재취업 열기
        </Button>
      </Group>
      {dashboard.error && <ErrorAlert error={dashboard.error} />}
      {d && (
        <Stack gap="sm">
          <SimpleGrid cols={3} spacing="md">
            <Figure label="오늘 출석 기록" value={d.todayCheckIns} unit="명" testId="reemployment-today-check-ins" />
            <Figure label="대기자 (전체 회차)" value={d.waitlistTotal} unit="명" testId="reemployment-waitlist-total" tone={d.waitlistTotal > 0 ? 'yellow' : undefined} />
            <Figure label="보낼 출석·현장 접수" value={d.waitingToSend} unit="건" testId="reemployment-waiting-to-send" tone={d.waitingToSend > 0 ? 'blue' : undefined} />
          </SimpleGrid>
          <CountsChart
            title={HOME_CHART_TEXT.dailyAttendance}
            testId="reemployment-chart-attendance"
            stacked
            series={[
              { key: 'attended', label: HOME_CHART_TEXT.attended, color: 'teal' },
              { key: 'noShows', label: HOME_CHART_TEXT.noShows, color: 'red' },
              { key: 'waitlisted', label: HOME_CHART_TEXT.waitlisted, color: 'yellow' }
            ]}
            rows={d.dailyAttendance.map((day) => ({ label: HOME_CHART_TEXT.day(day.day), values: { attended: day.attended, noShows: day.noShows, waitlisted: day.waitlisted } }))}
          />
          {d.thisWeek.length > 0 ? (
            <Table verticalSpacing={4} fz="sm" data-testid="reemployment-this-week">
              <Table.Tbody>
                {d.thisWeek.map((s) => (
                  <SessionRow key={s.id} session={s} />
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm" c="dimmed">
              이번 주에는 회차가 없습니다.
              {d.next && (
                <>
                  {' '}
                  다음 회차:{' '}
                  <Anchor component="button" type="button" size="sm" onClick={() => openSession(d.next!.id)}>
                    {sessionWhen(d.next.starts_at, d.next.ends_at)} {d.next.title}
                  </Anchor>
                </>
              )}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  )
}
