import { useState } from 'react'
import { Badge, Group, ScrollArea, Select, Stack, Text } from '@mantine/core'
import { ErrorAlert } from '../../components/ErrorDetail'
import { formatCount } from '../../lib/format'
import { CourseCompletionTable } from './CourseCompletionTable'
import { monthDay } from './dates'
import { PersonCountsPanel } from './PersonCountsPanel'
import { useCourses } from './useReemployment'

/** The month after the sessions: 수료 per course, and each person's participation. */
export function MonthReviewPanel({ month, onOpenSession }: { month: string; onOpenSession: (id: string) => void }) {
  const courses = useCourses(month)
  const [picked, setPicked] = useState<string | null>(null)
  const list = courses.data ?? []
  const courseId = picked && list.some((c) => c.id === picked) ? picked : (list[0]?.id ?? null)
  const current = list.find((c) => c.id === courseId)
  return (
    <ScrollArea h="100%" type="auto" offsetScrollbars>
      <Stack gap="lg" pb="md">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-end">
            <Text fw={700}>과정별 수료</Text>
            {list.length > 0 && (
              <Select
                w={420}
                aria-label="과정"
                allowDeselect={false}
                value={courseId}
                onChange={setPicked}
                data={list.map((c) => ({
                  value: c.id,
                  label: `${c.title} (${c.sessions.map((s) => monthDay(s.starts_at)).join(', ')})`
                }))}
              />
            )}
          </Group>
          {courses.error && <ErrorAlert error={courses.error} title="과정을 불러오지 못했습니다" />}
          {courses.data && list.length === 0 && (
            <Text size="sm" c="dimmed">
              이달에는 여러 날짜로 이루어진 과정이 없습니다.
            </Text>
          )}
          {current && (
            <Group gap="xs">
              <Badge variant="light">{current.days}일 과정</Badge>
              <Badge variant="light">총 {formatCount(current.totalHours)}시간</Badge>
              <Badge variant="light">참여 {formatCount(current.people)}명</Badge>
              <Badge variant="light" color={current.completed === null ? 'gray' : 'teal'}>
                {current.completed === null ? '모든 날이 끝나야 판정' : `수료 ${formatCount(current.completed)}명`}
              </Badge>
            </Group>
          )}
          {courseId && <CourseCompletionTable courseId={courseId} />}
        </Stack>
        <PersonCountsPanel month={month} onOpenSession={onOpenSession} />
      </Stack>
    </ScrollArea>
  )
}
