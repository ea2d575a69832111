import { useMemo, useState } from 'react'
import { Badge, Stack, Text } from '@mantine/core'
import { DataTable, type DataTableColumn } from 'mantine-datatable'
import {
  IMPORT_DUPLICATE_REASON,
  IMPORT_ROW_STATUS_LABELS,
  importRowStatus,
  type ImportRowStatus
} from '../../../../../shared/domains/reemployment/importLabels'
import type { ImportRowView } from '../../../../../shared/domains/reemployment/importViews'
import { formatCount } from '../../../lib/format'

const STATUS_COLORS: Record<ImportRowStatus, string> = { ok: 'teal', invalid: 'red', duplicate: 'orange' }

const PAGE_SIZES = [50, 100, 200]

const DEFAULT_PAGE_SIZE = 100

interface PreviewRow extends ImportRowView {
  id: string
  status: ImportRowStatus
}

function ProblemsCell({ row }: { row: PreviewRow }) {
  const lines = row.errors.length > 0 ? row.errors : row.duplicate ? [IMPORT_DUPLICATE_REASON] : []
  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    )
  }
  return (
    <Stack gap={0} data-testid="import-row-errors">
      {lines.map((line) => (
        <Text key={line} size="sm" c={row.status === 'invalid' ? 'red' : 'orange'}>
          {line}
        </Text>
      ))}
    </Stack>
  )
}

const COLUMNS: DataTableColumn<PreviewRow>[] = [
  { accessor: 'line', title: '행 번호', width: 76, textAlign: 'right' },
  { accessor: 'name', title: '성명', width: 110 },
  { accessor: 'birthYear', title: '출생연도', width: 90 },
  { accessor: 'phone', title: '연락처', width: 140 },
  {
    accessor: 'status',
    title: '상태',
    width: 76,
    render: (row) => (
      <Badge color={STATUS_COLORS[row.status]} variant="light" data-testid="import-row-status">
        {IMPORT_ROW_STATUS_LABELS[row.status]}
      </Badge>
    )
  },
  { accessor: 'errors', title: '확인할 내용', render: (row) => <ProblemsCell row={row} /> }
]

/**
 * The rows of the file as main read them, a page at a time (a list of ten thousand people stays quick
 * to scroll and to filter). The phone is shown masked as main gave it.
 */
export function ImportPreviewTable({ rows }: { rows: readonly ImportRowView[] }) {
  const records = useMemo<PreviewRow[]>(() => rows.map((row) => ({ ...row, id: String(row.line), status: importRowStatus(row) })), [rows])
  const [page, setPage] = useState(1)
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE)
  // A filter or a new mapping can shorten the list under the page shown: stay on its last page.
  const lastPage = Math.max(1, Math.ceil(records.length / pageSize))
  const current = Math.min(page, lastPage)
  const shown = records.slice((current - 1) * pageSize, current * pageSize)

  return (
    <DataTable<PreviewRow>
      withTableBorder
      borderRadius="sm"
      striped
      height={360}
      verticalSpacing={4}
      horizontalSpacing={8}
      fz="sm"
      idAccessor="id"
      records={shown}
      columns={COLUMNS}
      noRecordsText="보여 줄 행이 없습니다."
      totalRecords={records.length}
      page={current}
      onPageChange={setPage}
      recordsPerPage={pageSize}
      onRecordsPerPageChange={(size) => {
        setPageSize(size)
        setPage(1)
      }}
      recordsPerPageOptions={PAGE_SIZES}
      recordsPerPageLabel="쪽당 행 수"
      paginationText={({ from, to, totalRecords }) => `${formatCount(from)}–${formatCount(to)} / 총 ${formatCount(totalRecords)}행`}
      customRowAttributes={(row) => ({ 'data-line': row.line, 'data-status': row.status })}
    />
  )
}
