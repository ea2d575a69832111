import { Group, Paper, ScrollArea, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core'
import type { SessionSummary } from '../../../../shared/domains/reemployment/views'
import { SessionStatusBadge } from './badges'
import { CapacityBar } from './CapacityBar'
import { calendarDayLabel, isWeekend, seoulDay, timeRange, type CalendarWeek } from './dates'
import { CourseBadge, PendingMarks } from './SessionList'

export interface WeekCalendarProps {
  week: CalendarWeek
  sessions: SessionSummary[]
  /** `YYYY-MM-DD` of today in Seoul, marked in its column. */
  today: string
  /** Days outside the month shown are dimmed. */
  month: string
  onOpen: (id: string) => void
}

function SessionCard({ session, onOpen }: { session: SessionSummary; onOpen: (id: string) => void }) {
  const inactive = session.status === 'cancelled'
  return (
    <UnstyledButton onClick={() => onOpen(session.id)} data-session-id={session.id} aria-label={`${session.title} ${timeRange(session.starts_at, session.ends_at)} 열기`}>
      <Paper withBorder p={6} radius="sm" bg={inactive ? 'gray.0' : 'white'} style={{ opacity: inactive ? 0.65 : 1 }}>
        <Stack gap={3}>
          <Group justify="space-between" gap={4} wrap="nowrap">
            <Text size="xs" fw={700}>
              {timeRange(session.starts_at, session.ends_at)}
            </Text>
            {session.status !== 'open' && <SessionStatusBadge status={session.status} size="xs" />}
          </Group>
          <Text size="xs" fw={600} lineClamp={2}>
            {session.title}
          </Text>
          {session.course && <CourseBadge course={session.course} />}
          <Text size="xs" c="dimmed" lineClamp={1}>
            {session.venue}
          </Text>
          <CapacityBar registered={session.counts.registered} capacity={session.capacity} waitlisted={session.counts.waitlisted} compact />
          <PendingMarks pending={session.pendingWrites} attention={session.needsAttention} />
        </Stack>
      </Paper>
    </UnstyledButton>
  )
}

/** One week, Monday to Sunday, each day's sessions in time order; a card opens the session. */
export function WeekCalendar({ week, sessions, today, month, onOpen }: WeekCalendarProps) {
  const byDay = new Map<string, SessionSummary[]>()
  for (const session of sessions) {
    const day = seoulDay(session.starts_at)
    byDay.set(day, [...(byDay.get(day) ?? []), session])
  }
  return (
    <SimpleGrid cols={7} spacing={6} h="100%" data-testid="week-calendar" data-week={week.from}>
      {week.days.map((day) => {
        const list = (byDay.get(day) ?? []).sort((a, b) => a.starts_at.localeCompare(b.starts_at))
        const isToday = day === today
        const outside = !day.startsWith(month)
        return (
          <Paper
            key={day}
            withBorder
            radius="sm"
            p={6}
            bg={isToday ? 'blue.0' : isWeekend(day) ? 'gray.0' : undefined}
            style={{ display: 'flex', flexDirection: 'column', minHeight: 0, opacity: outside ? 0.5 : 1 }}
            data-day={day}
          >
            <Group justify="space-between" mb={6} gap={4}>
              <Text size="sm" fw={700} c={isWeekend(day) ? 'red' : undefined}>
                {calendarDayLabel(day)}
              </Text>
              {isToday && (
                <Text size="xs" c="blue" fw={700}>
                  오늘
                </Text>
              )}
            </Group>
            <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
              <Stack gap={6}>
                {list.map((session) => (
                  <SessionCard key={session.id} session={session} onOpen={onOpen} />
                ))}
                {list.length === 0 && (
                  <Text size="xs" c="dimmed">
                    회차 없음
                  </Text>
                )}
              </Stack>
            </ScrollArea>
          </Paper>
        )
      })}
    </SimpleGrid>
  )
}
