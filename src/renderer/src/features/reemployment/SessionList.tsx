import { Badge, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCloudUpload } from '@tabler/icons-react'
import { DataTable, type DataTableColumn } from 'mantine-datatable'
import type { SessionSummary } from '../../../../shared/domains/reemployment/views'
import { SERVICE_TYPE_LABELS } from '../../../../shared/domains/reemployment/labels'
import { SharedTooltip } from '../../components/SharedTooltip'
import { formatCount } from '../../lib/format'
import { SessionStatusBadge } from './badges'
import { CapacityBar } from './CapacityBar'
import { sessionDay, timeRange } from './dates'

/** "1기 · 1/2일차" beside a course day's title. */
export function CourseBadge({ course }: { course: NonNullable<SessionSummary['course']> }) {
  return (
    <SharedTooltip label={course.title} withArrow>
      <Badge color="indigo" variant="light" size="sm" data-course={course.id} style={{ flexShrink: 0 }}>
        {course.days}일 과정 · {course.day}일차
      </Badge>
    </SharedTooltip>
  )
}

/** Writes of the session waiting on this PC, and those parked in 확인 필요. */
export function PendingMarks({ pending, attention }: { pending: number; attention: number }) {
  if (pending === 0 && attention === 0) return null
  return (
    <Group gap={4} wrap="nowrap">
      {pending > 0 && (
        <SharedTooltip label={`이 컴퓨터에서 보내지 않은 기록 ${formatCount(pending)}건`}>
          <Badge color="blue" variant="light" size="sm" leftSection={<IconCloudUpload size={12} />} data-testid="pending-writes">
            {formatCount(pending)}
          </Badge>
        </SharedTooltip>
      )}
      {attention > 0 && (
        <SharedTooltip label={`확인 필요 ${formatCount(attention)}건`}>
          <Badge color="red" variant="light" size="sm" leftSection={<IconAlertTriangle size={12} />}>
            {formatCount(attention)}
          </Badge>
        </SharedTooltip>
      )}
    </Group>
  )
}

const COLUMNS: DataTableColumn<SessionSummary>[] = [
  {
    accessor: 'starts_at',
    title: '일시',
    width: 150,
    render: (s) => (
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {sessionDay(s.starts_at)}
        </Text>
        <Text size="xs" c="dimmed">
          {timeRange(s.starts_at, s.ends_at)} · {formatCount(s.hours)}시간
        </Text>
      </Stack>
    )
  },
  {
    accessor: 'title',
    title: '회차',
    render: (s) => (
      <Stack gap={2}>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600} lineClamp={1}>
            {s.title}
          </Text>
          {s.course && <CourseBadge course={s.course} />}
        </Group>
        <Text size="xs" c="dimmed">
          {SERVICE_TYPE_LABELS[s.service_type]} · {s.id}
        </Text>
      </Stack>
    )
  },
  {
    accessor: 'venue',
    title: '장소 · 강사',
    width: 230,
    render: (s) => (
      <Stack gap={0}>
        <Text size="sm" lineClamp={1}>
          {s.venue}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {s.instructor}
        </Text>
      </Stack>
    )
  },
  {
    accessor: 'capacity',
    title: '정원',
    width: 200,
    render: (s) => <CapacityBar registered={s.counts.registered} capacity={s.capacity} waitlisted={s.counts.waitlisted} compact />
  },
  {
    accessor: 'status',
    title: '상태',
    width: 110,
    render: (s) => (
      <Stack gap={4} align="flex-start">
        <SessionStatusBadge status={s.status} />
        <PendingMarks pending={s.pendingWrites} attention={s.needsAttention} />
      </Stack>
    )
  }
]

export interface SessionListProps {
  sessions: SessionSummary[]
  fetching: boolean
  emptyText: string
  onOpen: (id: string) => void
}

/** The month's sessions of one kind, in date order; a row opens the session. */
export function SessionList({ sessions, fetching, emptyText, onOpen }: SessionListProps) {
  return (
    <DataTable<SessionSummary>
      withTableBorder
      borderRadius="sm"
      striped
      highlightOnHover
      height="100%"
      minHeight={200}
      verticalSpacing={6}
      horizontalSpacing={10}
      fz="sm"
      idAccessor="id"
      records={sessions}
      columns={COLUMNS}
      fetching={fetching}
      noRecordsText={emptyText}
      onRowClick={({ record }) => onOpen(record.id)}
      customRowAttributes={(s) => ({ 'data-session-id': s.id, 'data-kind': s.kind })}
      rowStyle={() => ({ cursor: 'pointer' })}
    />
  )
}
