import { Badge, Group, Text, Tooltip } from '@mantine/core'
import { DataTable, type DataTableColumn, type DataTableSortStatus } from 'mantine-datatable'
import { JOB_FIELD_LABELS, ORG_TYPE_LABELS, PUBLIC_TYPE_LABELS } from '../../../../shared/domain/labels'
import type { AttractiveJobRow } from '../../../../shared/ipc/attractiveJobViews'
import { AttractiveJobStatusBadge } from '../../components/AttractiveJobStatusBadge'
import { formatCount, formatDate, formatWon } from '../../lib/format'

export const PAGE_SIZE_OPTIONS = [25, 50, 100]

export interface AttractiveJobsTableProps {
  rows: AttractiveJobRow[]
  total: number
  page: number
  pageSize: number
  fetching: boolean
  sortStatus: DataTableSortStatus<AttractiveJobRow>
  onSortStatusChange: (status: DataTableSortStatus<AttractiveJobRow>) => void
  onPageChange: (page: number) => void
  onPageSizeChange: (pageSize: number) => void
  onOpen: (row: AttractiveJobRow) => void
}

const COLUMNS: DataTableColumn<AttractiveJobRow>[] = [
  {
    accessor: 'status',
    title: '상태',
    sortable: true,
    width: 96,
    render: (row) => <AttractiveJobStatusBadge status={row.status} />
  },
  {
    accessor: 'title',
    title: '사업명',
    sortable: true,
    render: (row) => (
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={500} data-testid="aj-title" lineClamp={1}>
          {row.title}
        </Text>
        {row.pending_writes > 0 && (
          <Tooltip label="포털로 보내지 않은 변경이 있습니다">
            <Badge size="xs" color="orange" variant="dot">
              보낼 변경 {row.pending_writes}
            </Badge>
          </Tooltip>
        )}
      </Group>
    )
  },
  {
    accessor: 'org_name',
    title: '기관',
    sortable: true,
    render: (row) => (
      <div>
        <Text size="sm" data-testid="aj-org">
          {row.org_name}
        </Text>
        <Text size="xs" c="dimmed">
          {ORG_TYPE_LABELS[row.org_type]}
        </Text>
      </div>
    )
  },
  { accessor: 'field', title: '분야', render: (row) => JOB_FIELD_LABELS[row.field] },
  { accessor: 'public_type', title: '유형', render: (row) => PUBLIC_TYPE_LABELS[row.public_type] },
  {
    accessor: 'headcount',
    title: '인원',
    sortable: true,
    textAlign: 'right',
    render: (row) => `${formatCount(row.headcount)}명`
  },
  {
    accessor: 'hourly_wage',
    title: '시급',
    sortable: true,
    textAlign: 'right',
    render: (row) => formatWon(row.hourly_wage)
  },
  { accessor: 'program_year', title: '연도', sortable: true, textAlign: 'right' },
  { accessor: 'submitted_at', title: '접수일', sortable: true, render: (row) => formatDate(row.submitted_at) },
  { accessor: 'updated_at', title: '수정일', sortable: true, render: (row) => formatDate(row.updated_at) }
]

/** Presentational: the server-paged 매력일자리 list. */
export function AttractiveJobsTable(props: AttractiveJobsTableProps) {
  return (
    <DataTable<AttractiveJobRow>
      withTableBorder
      borderRadius="sm"
      striped
      highlightOnHover
      minHeight={240}
      idAccessor="id"
      records={props.rows}
      columns={COLUMNS}
      fetching={props.fetching}
      loadingText="불러오는 중…"
      noRecordsText="조건에 맞는 매력일자리가 없습니다."
      totalRecords={props.total}
      page={props.page}
      onPageChange={props.onPageChange}
      recordsPerPage={props.pageSize}
      onRecordsPerPageChange={props.onPageSizeChange}
      recordsPerPageOptions={PAGE_SIZE_OPTIONS}
      recordsPerPageLabel="쪽당 건수"
      paginationText={({ from, to, totalRecords }) =>
        `${formatCount(from)}–${formatCount(to)} / 총 ${formatCount(totalRecords)}건`
      }
      sortStatus={props.sortStatus}
      onSortStatusChange={props.onSortStatusChange}
      onRowClick={({ record }) => props.onOpen(record)}
      customRowAttributes={(row) => ({ 'data-row-id': row.id })}
    />
  )
}
