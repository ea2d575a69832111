import { Alert, Badge, Group, Stack, Table, Text } from '@mantine/core'
import { ATTENDANCE_STATUS_LABELS } from '../../../../shared/domains/reemployment/labels'
import { formatHours, formatPercent } from '../../../../shared/domains/reemployment/completion'
import type { CompletionDay, CourseCompletion } from '../../../../shared/domains/reemployment/views'
import { ErrorAlert } from '../../components/ErrorDetail'
import { formatCount } from '../../lib/format'
import { AttendanceBadge } from './badges'
import { monthDay } from './dates'
import { useCourseCompletion } from './useReemployment'

/** "수료 기준: 과정 6시간의 80% (4.8시간) 이상 · 인정: 출석, 지각 · 지각·조퇴 3회 = 결석 1회" */
export function completionRuleText(c: CourseCompletion): string {
  const counted = c.settings.countedStatuses.map((s) => ATTENDANCE_STATUS_LABELS[s]).join(', ')
  const parts = [`과정 ${formatHours(c.totalHours)}의 ${formatPercent(c.settings.minShare)} (${formatHours(c.requiredHours)}) 이상 출석`, `출석 인정: ${counted}`]
  if (c.settings.threeLateOrEarlyIsAbsence) parts.push('지각·조퇴 3회 = 결석 1회')
  return parts.join(' · ')
}

function DayCell({ day }: { day: CompletionDay }) {
  if (day.registrationId === null) {
    return (
      <Text size="xs" c="dimmed">
        미신청
      </Text>
    )
  }
  return (
    <Group gap={4} wrap="nowrap">
      {day.attendance ? <AttendanceBadge status={day.attendance} size="sm" /> : <Badge variant="outline" color="gray" size="sm">기록 없음</Badge>}
      <Text size="xs" c={day.penalised ? 'red' : 'dimmed'}>
        {day.penalised ? '결석 처리' : formatHours(day.countedHours)}
      </Text>
    </Group>
  )
}

/** 수료 of one course under the current settings: each person's days, attended hours, and why not. */
export function CourseCompletionTable({ courseId }: { courseId: string }) {
  const completion = useCourseCompletion(courseId)
  if (completion.error) return <ErrorAlert error={completion.error} title="수료 판정을 불러오지 못했습니다" />
  const c = completion.data
  if (!c) return null
  return (
    <Stack gap="xs" data-testid="course-completion" data-course-id={c.course.id} data-completed={c.completed}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Text fw={700}>
            {c.course.title} · 수료 {formatCount(c.completed)}명 / {formatCount(c.rows.length)}명
          </Text>
          <Text size="xs" c="dimmed">
            {completionRuleText(c)}
          </Text>
        </div>
      </Group>
      {c.provisional && (
        <Alert color="blue" variant="light" py={6}>
          <Text size="sm">아직 끝나지 않은 날이 있어 지금까지의 기록으로 본 예상입니다.</Text>
        </Alert>
      )}
      <Table striped withTableBorder fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>성명</Table.Th>
            <Table.Th>출생연도</Table.Th>
            {c.sessions.map((s) => (
              <Table.Th key={s.id}>
                {s.course?.day ?? '?'}일차 ({monthDay(s.starts_at)}, {formatHours(s.hours)})
              </Table.Th>
            ))}
            <Table.Th>출석 인정 시간</Table.Th>
            <Table.Th>판정</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.rows.map((row) => (
            <Table.Tr key={row.person.id ?? row.person.name + row.person.phone_last4} data-person-id={row.person.id ?? ''} data-completed={row.completed ? 'true' : 'false'}>
              <Table.Td fw={600}>{row.person.name}</Table.Td>
              <Table.Td>{row.person.birth_year}</Table.Td>
              {c.sessions.map((s) => {
                const day = row.days.find((d) => d.sessionId === s.id)
                return <Table.Td key={s.id}>{day ? <DayCell day={day} /> : null}</Table.Td>
              })}
              <Table.Td>
                {formatHours(row.attendedHours)} / {formatHours(row.totalHours)} ({formatPercent(row.share)})
              </Table.Td>
              <Table.Td>
                {row.completed ? (
                  <Badge color="teal">수료</Badge>
                ) : (
                  <Stack gap={2}>
                    <Badge color="red" variant="light" w="fit-content">
                      미수료
                    </Badge>
                    {row.reasons.map((reason) => (
                      <Text key={reason} size="xs" c="red">
                        {reason}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
