import { useMemo } from 'react'
import { DataTable, type DataTableColumn, type DataTableSortStatus } from 'mantine-datatable'
import { formatCount } from '../../lib/format'

export interface ListRow {
  id: string
  status: string
}

export interface ListTableProps<T extends ListRow> {
  rows: T[]
  columns: DataTableColumn<T>[]
  total: number
  page: number
  pageSize: number
  pageSizeOptions: number[]
  fetching: boolean
  sortStatus: DataTableSortStatus<T>
  onSortStatusChange: (status: DataTableSortStatus<T>) => void
  onPageChange: (page: number) => void
  onPageSizeChange: (pageSize: number) => void
  onOpen: (row: T) => void
  /** The keyboard-current row and the one open in the detail panel. */
  currentId: string | null
  openId: string | null
  noRecordsText: string
  /** The test id of the scrolling viewport (e2e measures what it shows). */
  scrollTestId: string
}

/**
 * Keeps the keyboard-current row clear of the sticky header when it is scrolled into view (the
 * header's height at the table's sizes, with a little room).
 */
const SCROLL_PADDING_TOP = 40

/**
 * Presentational: a server-paged list. It fills the height it is given and scrolls its rows under a
 * sticky header, the pagination always in sight; rows are compact and one line each.
 */
export function ListTable<T extends ListRow>(props: ListTableProps<T>) {
  const { currentId, openId, scrollTestId } = props
  const scrollAreaProps = useMemo(
    () => ({ viewportProps: { style: { scrollPaddingTop: SCROLL_PADDING_TOP }, 'data-testid': scrollTestId } }),
    [scrollTestId]
  )
  return (
    <DataTable<T>
      withTableBorder
      borderRadius="sm"
      striped
      highlightOnHover
      height="100%"
      minHeight={240}
      verticalSpacing={5}
      horizontalSpacing={8}
      fz="sm"
      scrollAreaProps={scrollAreaProps}
      pinFirstColumn
      idAccessor="id"
      records={props.rows}
      columns={props.columns}
      fetching={props.fetching}
      loadingText="불러오는 중…"
      noRecordsText={props.noRecordsText}
      totalRecords={props.total}
      page={props.page}
      onPageChange={props.onPageChange}
      recordsPerPage={props.pageSize}
      onRecordsPerPageChange={props.onPageSizeChange}
      recordsPerPageOptions={props.pageSizeOptions}
      recordsPerPageLabel="쪽당 건수"
      paginationText={({ from, to, totalRecords }) => `${formatCount(from)}–${formatCount(to)} / 총 ${formatCount(totalRecords)}건`}
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
