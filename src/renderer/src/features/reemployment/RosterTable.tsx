import { Button, Group, Stack, Text } from '@mantine/core'
import { DataTable, type DataTableColumn } from 'mantine-datatable'
import { SharedTooltip } from '../../components/SharedTooltip'
import { CONTACT_WHO } from '../../../../shared/domain/contactReasons'
import type { RosterRow } from '../../../../shared/domains/reemployment/views'
import { EMPLOYMENT_TYPE_LABELS, RETIREMENT_REASON_LABELS } from '../../../../shared/domains/reemployment/labels'
import { ContactReveal } from '../../components/ContactReveal'
import { formatCount, formatDate } from '../../lib/format'
import { AttendanceBadge, HintBadges, RegistrationStatusBadge, WalkInBadge } from './badges'
import { clockTimeWithSeconds, monthDay } from './dates'
import { PendingMarks } from './SessionList'

/** "출석 · 14:02:11 기록 · 포털 14:30:05 수신" — the PC's time at the click beside the portal's. */
function AttendanceCell({ row }: { row: RosterRow }) {
  const a = row.attendance
  if (!a) {
    return (
      <Text size="sm" c="dimmed">
        {row.status === 'registered' ? '미확인' : '—'}
      </Text>
    )
  }
  return (
    <Stack gap={2}>
      <AttendanceBadge status={a.status} w="fit-content" />
      <Text size="xs" c="dimmed" data-testid="checked-at">
        {monthDay(a.checked_at)} {clockTimeWithSeconds(a.checked_at)} 기록
      </Text>
      <Text size="xs" c={a.received_at ? 'dimmed' : 'blue'} data-testid="received-at">
        {a.received_at ? `포털 ${clockTimeWithSeconds(a.received_at)} 수신` : '포털로 보내기 전'}
      </Text>
    </Stack>
  )
}

function buildColumns(onCancel: (row: RosterRow) => void, cancelling: string | null): DataTableColumn<RosterRow>[] {
  return [
    {
      accessor: 'status',
      title: '상태',
      width: 120,
      render: (r) => (
        <Stack gap={4} align="flex-start">
          <Group gap={4} wrap="nowrap">
            <RegistrationStatusBadge status={r.status} rank={r.waitlist_rank} />
            {r.walkIn && <WalkInBadge size="sm" />}
          </Group>
          {r.localOnly && (
            <SharedTooltip label="포털이 아직 답하지 않았습니다. 확정·대기는 이 컴퓨터의 예상입니다." maxWidth={260}>
              <Text size="xs" c="blue">
                포털 응답 전
              </Text>
            </SharedTooltip>
          )}
          <PendingMarks pending={r.pendingWrites} attention={r.needsAttention} />
        </Stack>
      )
    },
    {
      accessor: 'person.name',
      title: '성명',
      width: 110,
      render: (r) => (
        <Stack gap={0}>
          <Text fw={600} size="md" data-testid="roster-name">
            {r.person.name}
          </Text>
          {r.person.id && (
            <Text size="xs" c="dimmed">
              {r.person.id}
            </Text>
          )}
        </Stack>
      )
    },
    {
      accessor: 'person.birth_year',
      title: '출생연도',
      width: 100,
      render: (r) => `${r.person.birth_year} (${formatCount(r.age)}세)`
    },
    {
      accessor: 'person.phone_last4',
      title: '전화 뒤 4자리',
      width: 100,
      render: (r) => <Text ff="monospace">{r.person.phone_last4}</Text>
    },
    {
      accessor: 'career',
      title: '경력',
      render: (r) =>
        r.career ? (
          <Stack gap={0}>
            <Text size="sm" lineClamp={1}>
              {r.career.last_employer}
            </Text>
            <Text size="xs" c="dimmed">
              {r.career.job_field} · {formatCount(r.career.years)}년 · {EMPLOYMENT_TYPE_LABELS[r.career.employment_type]}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            정보 없음
          </Text>
        )
    },
    {
      accessor: 'expected_retirement',
      title: '퇴직 예정',
      width: 120,
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm">{formatDate(r.expected_retirement)}</Text>
          <Text size="xs" c="dimmed">
            {r.retirement_reason ? RETIREMENT_REASON_LABELS[r.retirement_reason] : '사유 없음'}
          </Text>
        </Stack>
      )
    },
    {
      accessor: 'hints',
      title: '참고',
      width: 170,
      render: (r) => (r.hints.length === 0 ? null : <HintBadges hints={r.hints} />)
    },
    { accessor: 'attendance', title: '출석', width: 170, render: (r) => <AttendanceCell row={r} /> },
    {
      accessor: 'actions',
      title: '',
      width: 150,
      render: (r) => (
        <Group gap={4} wrap="nowrap" justify="flex-end">
          {/* A walk-in the portal has not confirmed yet has no contact there to look up. */}
          {!r.localOnly && (
            <ContactReveal channel="reemployment:contact" recordId={r.id} who={CONTACT_WHO.reemploymentPerson(r.person.name)} size="compact-xs" />
          )}
          {r.status !== 'cancelled' && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              loading={cancelling === r.id}
              onClick={(e) => {
                e.stopPropagation()
                onCancel(r)
              }}
              aria-label={`${r.person.name} 신청 취소`}
            >
              취소
            </Button>
          )}
        </Group>
      )
    }
  ]
}

export interface RosterTableProps {
  rows: RosterRow[]
  fetching: boolean
  emptyText: string
  onCancel: (row: RosterRow) => void
  cancelling: string | null
}

/** One session's registrations: who, career, retirement, hints, status and attendance. */
export function RosterTable({ rows, fetching, emptyText, onCancel, cancelling }: RosterTableProps) {
  return (
    <DataTable<RosterRow>
      withTableBorder
      borderRadius="sm"
      striped
      highlightOnHover
      height="100%"
      minHeight={220}
      verticalSpacing={5}
      horizontalSpacing={8}
      fz="sm"
      idAccessor="id"
      records={rows}
      columns={buildColumns(onCancel, cancelling)}
      fetching={fetching}
      noRecordsText={emptyText}
      customRowAttributes={(r) => ({
        'data-registration-id': r.id,
        'data-status': r.status,
        'data-attendance': r.attendance?.status ?? 'none'
      })}
      rowStyle={(r) => (r.status === 'cancelled' ? { opacity: 0.55 } : undefined)}
    />
  )
}
