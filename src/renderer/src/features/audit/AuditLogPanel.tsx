import { useState } from 'react'
import { Badge, Button, Group, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { AUDIT_COLUMN_LABELS, AUDIT_KIND_FILTERS } from '../../../../shared/domain/auditLabels'
import { ErrorAlert } from '../../components/ErrorDetail'
import { StaffName } from '../../components/StaffName'
import { formatCount } from '../../lib/format'
import { auditTime, detailSummary, recordLabel } from './auditFormat'
import { useAuditList, useStaffChoices } from './useAudit'

const PAGE_SIZE = 50

interface Filter {
  staffId: string | null
  kind: string | null
  recordId: string
  from: string
  to: string
}

const NO_FILTER: Filter = { staffId: null, kind: null, recordId: '', from: '', to: '' }

/** The 접속기록, newest first: filters by staff, kind, record and Seoul dates, 50 a page. */
export function AuditLogPanel() {
  const [filter, setFilter] = useState<Filter>(NO_FILTER)
  const [page, setPage] = useState(1)
  const [recordId] = useDebouncedValue(filter.recordId.trim(), 300)
  const staffChoices = useStaffChoices()
  const list = useAuditList({
    ...(filter.staffId ? { staffId: filter.staffId } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(recordId ? { recordId } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE
  })
  const change = (patch: Partial<Filter>) => {
    setFilter((current) => ({ ...current, ...patch }))
    setPage(1)
  }
  const total = list.data?.total ?? 0
  const rows = list.data?.rows ?? []

  return (
    <Stack gap="sm" data-testid="audit-log">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          w={240}
          label="직원"
          placeholder="모든 직원"
          searchable
          clearable
          data={staffChoices}
          value={filter.staffId}
          onChange={(staffId) => change({ staffId })}
          nothingFoundMessage="없는 직원입니다"
        />
        <Select w={260} label="구분" placeholder="모든 구분" searchable clearable data={[...AUDIT_KIND_FILTERS]} value={filter.kind} onChange={(kind) => change({ kind })} />
        <TextInput w={190} label="대상 자료 번호" placeholder="예: RS-2026-12-01" value={filter.recordId} onChange={(e) => change({ recordId: e.currentTarget.value })} />
        <TextInput w={150} type="date" label="시작일" value={filter.from} onChange={(e) => change({ from: e.currentTarget.value })} />
        <TextInput w={150} type="date" label="종료일" value={filter.to} onChange={(e) => change({ to: e.currentTarget.value })} />
        <Button variant="subtle" onClick={() => change(NO_FILTER)}>
          조건 지우기
        </Button>
      </Group>
      {list.error && <ErrorAlert error={list.error} title="접속기록을 불러오지 못했습니다" />}
      <Text size="sm" c="dimmed" data-testid="audit-total" data-total={list.data ? total : ''}>
        {list.data ? `${formatCount(total)}건 (최근 기록부터)` : '불러오는 중…'}
      </Text>
      {/* On a scaled (narrow) window the table scrolls sideways inside its own box, never the page. */}
      <Table.ScrollContainer minWidth={880} type="native">
      <Table striped withTableBorder fz="sm" verticalSpacing={4} styles={{ th: { whiteSpace: 'nowrap' } }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{AUDIT_COLUMN_LABELS.seq}</Table.Th>
            <Table.Th>{AUDIT_COLUMN_LABELS.at}</Table.Th>
            <Table.Th>{AUDIT_COLUMN_LABELS.staff}</Table.Th>
            <Table.Th>{AUDIT_COLUMN_LABELS.kind}</Table.Th>
            <Table.Th>{AUDIT_COLUMN_LABELS.record}</Table.Th>
            <Table.Th>{AUDIT_COLUMN_LABELS.reason}</Table.Th>
            <Table.Th>{AUDIT_COLUMN_LABELS.detail}</Table.Th>
            <Table.Th>{AUDIT_COLUMN_LABELS.host}</Table.Th>
            <Table.Th>{AUDIT_COLUMN_LABELS.portalConfirmedAt}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-testid="audit-row" data-kind={row.kind} data-event-id={row.id}>
              <Table.Td ff="monospace">{row.seq}</Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {auditTime(row.at)}
              </Table.Td>
              <Table.Td>{row.staffId ? <StaffName id={row.staffId} /> : '—'}</Table.Td>
              <Table.Td>
                <Badge variant="light" color="gray" size="sm" style={{ textTransform: 'none' }}>
                  {row.kindLabel}
                </Badge>
              </Table.Td>
              <Table.Td>{recordLabel(row.collection, row.recordId)}</Table.Td>
              <Table.Td>{row.reason ?? '—'}</Table.Td>
              <Table.Td c="dimmed">{detailSummary(row.detail)}</Table.Td>
              <Table.Td>{row.host}</Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {auditTime(row.portalConfirmedAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      </Table.ScrollContainer>
      {list.data && rows.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="audit-empty">
          조건에 맞는 기록이 없습니다.
        </Text>
      )}
      {total > PAGE_SIZE && <Pagination total={Math.ceil(total / PAGE_SIZE)} value={page} onChange={setPage} aria-label="쪽" />}
    </Stack>
  )
}
