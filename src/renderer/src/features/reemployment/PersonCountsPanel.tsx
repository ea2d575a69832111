import { useState } from 'react'
import { Anchor, Group, SegmentedControl, Stack, Text } from '@mantine/core'
import { DataTable, type DataTableColumn } from 'mantine-datatable'
import type { PersonCounts } from '../../../../shared/domains/reemployment/views'
import { ErrorAlert } from '../../components/ErrorDetail'
import { formatCount } from '../../lib/format'
import { AttendanceBadge } from './badges'
import { monthDay } from './dates'
import { usePersonCounts } from './useReemployment'

const PAGE_SIZE = 25

/** The "2회 이상" practice: people with at least two consultations in the month. */
const TWO_OR_MORE = 2

function columns(onOpenSession: (id: string) => void): DataTableColumn<PersonCounts>[] {
  return [
    { accessor: 'person.id', title: '회원 번호', width: 110, render: (p) => <Text size="sm" ff="monospace">{p.person.id ?? '—'}</Text> },
    { accessor: 'person.name', title: '성명', width: 90, render: (p) => <Text fw={600} size="sm">{p.person.name}</Text> },
    { accessor: 'person.birth_year', title: '출생연도', width: 80 },
    { accessor: 'label', title: '참여', width: 150, render: (p) => <Text size="sm" fw={600} data-testid="person-count-label">{p.label}</Text> },
    {
      accessor: 'sessions',
      title: '회차',
      render: (p) => (
        <Group gap={8}>
          {p.sessions.map((s) => (
            <Group key={s.registrationId} gap={4} wrap="nowrap">
              <Anchor component="button" type="button" size="xs" onClick={() => onOpenSession(s.sessionId)} title={s.title}>
                {monthDay(s.starts_at)} {s.kind === 'education' ? '교육' : '상담'}
              </Anchor>
              {s.attendance && <AttendanceBadge status={s.attendance} size="xs" />}
            </Group>
          ))}
        </Group>
      )
    }
  ]
}

/**
 * Each person's month by the portal's pseudonymous member id: "교육 1회 · 상담 2회" (a course counts
 * once), and the people who had two or more consultations.
 */
export function PersonCountsPanel({ month, onOpenSession }: { month: string; onOpenSession: (id: string) => void }) {
  const [only, setOnly] = useState<'all' | 'two'>('all')
  const [page, setPage] = useState({ key: '', number: 1 })
  const counts = usePersonCounts({ month, minConsultations: only === 'two' ? TWO_OR_MORE : 0 })
  const key = `${month}:${only}`
  const pageNumber = page.key === key ? page.number : 1
  if (counts.error) return <ErrorAlert error={counts.error} title="사람별 참여를 불러오지 못했습니다" />
  const people = counts.data?.people ?? []
  const t = counts.data?.totals
  return (
    <Stack gap="xs" data-testid="person-counts">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text fw={700}>사람별 참여 (회원 번호 기준)</Text>
          {t && (
            <Text size="xs" c="dimmed" data-testid="person-counts-totals">
              {formatCount(t.people)}명 · 교육 참여 {formatCount(t.withEducation)}명 · 상담 참여 {formatCount(t.withConsultation)}명 · 상담 2회 이상{' '}
              {formatCount(t.withTwoOrMoreConsultations)}명 · 교육 후 상담 {formatCount(t.educationThenConsultation)}명
            </Text>
          )}
        </div>
        <SegmentedControl
          size="xs"
          value={only}
          onChange={(v) => setOnly(v === 'two' ? 'two' : 'all')}
          data={[
            { value: 'all', label: '전체' },
            { value: 'two', label: '상담 2회 이상' }
          ]}
          aria-label="사람별 참여 범위"
        />
      </Group>
      <DataTable<PersonCounts>
        withTableBorder
        borderRadius="sm"
        striped
        fz="sm"
        verticalSpacing={4}
        minHeight={160}
        idAccessor={(p) => p.person.id ?? `${p.person.name}-${p.person.phone_last4}`}
        records={people.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE)}
        columns={columns(onOpenSession)}
        totalRecords={people.length}
        recordsPerPage={PAGE_SIZE}
        page={pageNumber}
        onPageChange={(number) => setPage({ key, number })}
        paginationText={({ from, to, totalRecords }) => `${formatCount(from)}–${formatCount(to)} / 총 ${formatCount(totalRecords)}명`}
        noRecordsText={only === 'two' ? '상담을 2회 이상 받은 사람이 없습니다.' : '이달 참여자가 없습니다.'}
        fetching={counts.isFetching && !counts.data}
        loadingText="불러오는 중…"
      />
    </Stack>
  )
}
