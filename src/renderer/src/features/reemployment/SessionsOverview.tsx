import { useState } from 'react'
import { ActionIcon, Box, Group, SegmentedControl, Stack, Tabs, Text, Tooltip } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import type { SessionKind } from '../../../../shared/domains/reemployment/views'
import { SESSION_KIND_LABELS } from '../../../../shared/domains/reemployment/labels'
import { ErrorAlert } from '../../components/ErrorDetail'
import { EmptyCache } from '../../components/EmptyCache'
import { formatCount } from '../../lib/format'
import { useCacheStatus, useStartSync } from '../sync/useSync'
import { seoulDay, weekIndexOf, weekLabel, weeksOfMonth, type CalendarWeek } from './dates'
import { SessionList } from './SessionList'
import { useSessions } from './useReemployment'
import { WeekCalendar } from './WeekCalendar'

type Layout = 'list' | 'calendar'

const KINDS: SessionKind[] = ['education', 'consultation']

function Totals({ month, kind, week }: { month: string; kind: SessionKind; week: CalendarWeek | null }) {
  const sessions = useSessions(week ? { month, kind, from: week.from, to: week.to } : { month, kind })
  const t = sessions.data?.totals
  if (!t) return null
  return (
    <Text size="sm" c="dimmed" data-testid="sessions-totals">
      회차 {formatCount(t.sessions)}개 · 확정 {formatCount(t.registered)}명 / 정원 {formatCount(t.capacity)}명 · 대기 {formatCount(t.waitlisted)}명
    </Text>
  )
}

function KindSessions({ month, kind, layout, week, onOpen }: { month: string; kind: SessionKind; layout: Layout; week: CalendarWeek; onOpen: (id: string) => void }) {
  const request = layout === 'calendar' ? { month, kind, from: week.from, to: week.to } : { month, kind }
  const sessions = useSessions(request)
  const startSync = useStartSync({ announce: false })
  const cache = useCacheStatus()
  if (sessions.error) return <ErrorAlert error={sessions.error} title="회차를 불러오지 못했습니다" />
  const rows = sessions.data?.sessions ?? []
  // Nothing cached at all (before the first sync): say so and offer one, instead of "no sessions this month".
  if (cache.data?.collections['reemployment-sessions']?.count === 0) {
    return <EmptyCache onStartSync={() => startSync.mutate()} syncing={startSync.isPending} />
  }
  if (layout === 'calendar') {
    return <WeekCalendar week={week} sessions={rows} today={seoulDay(new Date())} month={month} onOpen={onOpen} />
  }
  return (
    <SessionList
      sessions={rows}
      fetching={sessions.isFetching && sessions.data === undefined}
      emptyText={`이달의 ${SESSION_KIND_LABELS[kind]} 회차가 없습니다.`}
      onOpen={onOpen}
    />
  )
}

export interface SessionsOverviewProps {
  month: string
  onOpen: (id: string) => void
}

/**
 * The month's sessions, education and consultation apart, as a list or as a week calendar. The
 * calendar opens on this week when it is in the month, else on the month's first week.
 */
export function SessionsOverview({ month, onOpen }: SessionsOverviewProps) {
  const [kind, setKind] = useState<SessionKind>('education')
  const [layout, setLayout] = useState<Layout>('list')
  const weeks = weeksOfMonth(month)
  const [weekState, setWeekState] = useState(() => ({ month, index: weekIndexOf(weeks, seoulDay(new Date())) }))
  // A new month starts on its first week (derived, no effect).
  const weekIndex = weekState.month === month ? weekState.index : 0
  const week = weeks[Math.min(weekIndex, weeks.length - 1)] ?? weeks[0]!
  const setWeek = (index: number) => setWeekState({ month, index })

  return (
    <Stack gap="sm" h="100%" style={{ minHeight: 0 }}>
      <Tabs value={kind} onChange={(v) => v && setKind(v as SessionKind)} variant="outline">
        <Tabs.List>
          {KINDS.map((k) => (
            <Tabs.Tab key={k} value={k} fz="md" fw={600} data-testid={`kind-tab-${k}`}>
              {SESSION_KIND_LABELS[k]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <SegmentedControl
            value={layout}
            onChange={(v) => setLayout(v as Layout)}
            data={[
              { value: 'list', label: '목록' },
              { value: 'calendar', label: '주간 달력' }
            ]}
            aria-label="보기 방식"
          />
          {layout === 'calendar' && (
            <Group gap={4} wrap="nowrap">
              <Tooltip label="지난주">
                <ActionIcon variant="default" aria-label="지난주" disabled={weekIndex === 0} onClick={() => setWeek(weekIndex - 1)}>
                  <IconChevronLeft size={16} />
                </ActionIcon>
              </Tooltip>
              <Text fw={600} miw={150} ta="center" data-testid="week-label">
                {weekLabel(week)}
              </Text>
              <Tooltip label="다음 주">
                <ActionIcon variant="default" aria-label="다음 주" disabled={weekIndex >= weeks.length - 1} onClick={() => setWeek(weekIndex + 1)}>
                  <IconChevronRight size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        <Totals month={month} kind={kind} week={layout === 'calendar' ? week : null} />
      </Group>
      <Box style={{ flex: 1, minHeight: 0 }}>
        <KindSessions month={month} kind={kind} layout={layout} week={week} onOpen={onOpen} />
      </Box>
    </Stack>
  )
}
