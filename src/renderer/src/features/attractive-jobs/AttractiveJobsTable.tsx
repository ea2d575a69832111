import { useMemo } from 'react'
import type { DataTableSortStatus } from 'mantine-datatable'
import type { AttractiveJobRow } from '../../../../shared/domains/attractive-jobs/views'
import { ListTable } from '../../components/ListTable'
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

/** The server-paged 매력일자리 list (see ListTable): its columns carry the row checkboxes. */
export function AttractiveJobsTable({ columns, selection, ...props }: AttractiveJobsTableProps) {
  const tableColumns = useMemo(() => buildColumns(columns, selection), [columns, selection])
  return (
    <ListTable<AttractiveJobRow>
      {...props}
      columns={tableColumns}
      pageSizeOptions={PAGE_SIZE_OPTIONS}
      noRecordsText="조건에 맞는 매력일자리가 없습니다."
      scrollTestId="aj-table-scroll"
    />
  )
}
