import { useMemo, useState } from 'react'
import { Alert, CloseButton, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import type { DataTableSortStatus } from 'mantine-datatable'
import { errorMessage } from '../../api'
import { ATTRACTIVE_JOB_STATUS_LABELS } from '../../../../shared/domain/labels'
import type { AttractiveJobStatus } from '../../../../shared/portal'
import {
  SORTABLE_ATTRACTIVE_JOB_COLUMNS,
  type AttractiveJobListRequest,
  type AttractiveJobRow
} from '../../../../shared/ipc/attractiveJobViews'
import { EmptyCache } from '../../components/EmptyCache'
import { formatCount } from '../../lib/format'
import { useStartSync } from '../sync/useSync'
import { AttractiveJobDrawer } from './AttractiveJobDrawer'
import { AttractiveJobsTable } from './AttractiveJobsTable'
import { useAttractiveJobList } from './useAttractiveJobs'

export const SEARCH_DEBOUNCE_MS = 250
const ALL = 'all'
const STATUSES = Object.keys(ATTRACTIVE_JOB_STATUS_LABELS) as AttractiveJobStatus[]
type SortColumn = (typeof SORTABLE_ATTRACTIVE_JOB_COLUMNS)[number]

function isSortColumn(value: unknown): value is SortColumn {
  return (SORTABLE_ATTRACTIVE_JOB_COLUMNS as readonly unknown[]).includes(value)
}

export function AttractiveJobsPage() {
  const [status, setStatus] = useState<string>(ALL)
  const [search, setSearch] = useState('')
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS)
  const [page, setPage] = useState(1)
  const [pageSize, setPageSize] = useState(50)
  const [sortStatus, setSortStatus] = useState<DataTableSortStatus<AttractiveJobRow>>({
    columnAccessor: 'updated_at',
    direction: 'desc'
  })
  const [openId, setOpenId] = useState<string | null>(null)
  const startSync = useStartSync()

  // The page resets whenever the filter changes; keying it on the filter avoids an effect.
  const filterKey = `${status}|${debouncedSearch}|${String(sortStatus.columnAccessor)}|${sortStatus.direction}|${pageSize}`
  const [pageKey, setPageKey] = useState(filterKey)
  const effectivePage = pageKey === filterKey ? page : 1
  if (pageKey !== filterKey) {
    setPageKey(filterKey)
    setPage(1)
  }

  const request = useMemo<AttractiveJobListRequest>(
    () => ({
      page: effectivePage,
      pageSize,
      filter: {
        ...(status !== ALL ? { statuses: [status as AttractiveJobStatus] } : {}),
        ...(debouncedSearch ? { search: debouncedSearch } : {})
      },
      sort: {
        column: isSortColumn(sortStatus.columnAccessor) ? sortStatus.columnAccessor : 'updated_at',
        direction: sortStatus.direction
      }
    }),
    [effectivePage, pageSize, status, debouncedSearch, sortStatus]
  )
  const list = useAttractiveJobList(request)
  const counts = list.data?.statusCounts ?? {}
  const allCount = Object.values(counts).reduce((sum, n) => sum + n, 0)
  const cacheEmpty = list.data !== undefined && allCount === 0 && !debouncedSearch && status === ALL

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>매력일자리</Title>
          <Text c="dimmed" size="sm">
            공공형 매력일자리 사업 신청 목록 (이 컴퓨터의 캐시)
          </Text>
        </div>
        {list.data && (
          <Text fw={600} data-testid="aj-total" data-total={list.data.total}>
            총 {formatCount(list.data.total)}건
          </Text>
        )}
      </Group>

      <Group gap="sm" wrap="wrap">
        <SegmentedControl
          value={status}
          onChange={setStatus}
          aria-label="상태"
          data-testid="aj-status-filter"
          data={[
            { value: ALL, label: `전체 ${formatCount(allCount)}` },
            ...STATUSES.map((s) => ({
              value: s,
              label: `${ATTRACTIVE_JOB_STATUS_LABELS[s]} ${formatCount(counts[s] ?? 0)}`
            }))
          ]}
        />
        <TextInput
          aria-label="검색"
          placeholder="사업명·기관명 검색 (한 글자 이상)"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          rightSection={search ? <CloseButton aria-label="검색어 지우기" onClick={() => setSearch('')} /> : null}
          w={300}
        />
      </Group>

      {list.error && <Alert color="red">{errorMessage(list.error)}</Alert>}

      {cacheEmpty ? (
        <EmptyCache onStartSync={() => startSync.mutate()} syncing={startSync.isPending} />
      ) : (
        <AttractiveJobsTable
          rows={list.data?.rows ?? []}
          total={list.data?.total ?? 0}
          page={effectivePage}
          pageSize={pageSize}
          fetching={list.isFetching}
          sortStatus={sortStatus}
          onSortStatusChange={setSortStatus}
          onPageChange={setPage}
          onPageSizeChange={setPageSize}
          onOpen={(row) => setOpenId(row.id)}
        />
      )}

      <AttractiveJobDrawer id={openId} onClose={() => setOpenId(null)} />
    </Stack>
  )
}
