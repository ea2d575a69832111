import { useMemo } from 'react'
import { DataTable, type DataTableSortStatus } from 'mantine-datatable'
import type { AttractiveJobRow } from '../../../../shared/domains/attractive-jobs/views'
import { formatCount } from '../../lib/format'
import { buildColumns, type SelectionProps } from './columns'
import { PAGE_SIZE_OPTIONS, type ListColumn } from './viewState'

export interface AttractiveJobsTableProps {
  rows: AttractiveJobRow[]
  columns: readonly ListColumn[]
  total: number
  page: number
  pageSize: number
  fetching: boolean
  sortStatus: DataTableSortStatus<AttractiveJobRow>
  onSortStatusChange: (status: DataTableSortStatus<AttractiveJobRow>) => void
  onPageChange: (page: number) => void
  onPageSizeChange: (pageSize: number) => void
  onOpen: (row: AttractiveJobRow) => void
  /** The keyboard-current row and the one open in the detail panel. */
  currentId: string | null
  openId: string | null
  selection: SelectionProps
}

/**
 * Keeps the keyboard-current row clear of the sticky header when it is scrolled into view (the
 * header's height at the table's sizes, with a little room).
 */
const SCROLL_PADDING_TOP = 40
const SCROLL_AREA_PROPS = {
  viewportProps: { style: { scrollPaddingTop: SCROLL_PADDING_TOP }, 'data-testid': 'aj-table-scroll' }
} as const

/**
 * Presentational: the server-paged 매력일자리 list. It fills the height it is given and scrolls its
 * rows under a sticky header, the pagination always in sight; rows are compact and one line each.
 */
export function AttractiveJobsTable(props: AttractiveJobsTableProps) {
  const { columns, selection, currentId, openId } = props
  const tableColumns = useMemo(() => buildColumns(columns, selection), [columns, selection])
  return (
    <DataTable<AttractiveJobRow>
      withTableBorder
      borderRadius="sm"
      striped
      highlightOnHover
      height="100%"
      minHeight={240}
      verticalSpacing={5}
      horizontalSpacing={8}
      fz="sm"
      scrollAreaProps={SCROLL_AREA_PROPS}
      pinFirstColumn
      idAccessor="id"
      records={props.rows}
      columns={tableColumns}
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
      rowStyle={(row) =>
        row.id === currentId
          ? { outline: '2px solid var(--mantine-color-blue-5)', outlineOffset: -2, background: 'var(--mantine-color-blue-0)' }
          : row.id === openId
            ? { background: 'var(--mantine-color-blue-0)' }
            : undefined
      }
      customRowAttributes={(row) => ({
        'data-row-id': row.id,
        'data-status': row.status,
        'data-current': row.id === currentId ? 'true' : undefined,
        'aria-current': row.id === currentId ? 'true' : undefined
      })}
    />
  )
}
