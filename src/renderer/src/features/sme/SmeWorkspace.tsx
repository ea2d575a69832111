import { useEffect, useMemo, useRef, useState } from 'react'
import { Alert, Box, Stack } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { errorMessage } from '../../api'
import { SEARCH_LIMIT_MESSAGE } from '../../../../shared/domains/attractive-jobs/views'
import { SME_LIST_SHORTCUTS, SME_ROW_TEXT } from '../../../../shared/domains/sme/viewLabels'
import { SmeFilter, type SmeRow, type SmeViewDefinition } from '../../../../shared/domains/sme/views'
import { EmptyCache } from '../../components/EmptyCache'
import { ListTable } from '../../components/ListTable'
import { ShortcutHelpModal } from '../../components/ShortcutHelpModal'
import type { StoredView } from '../../lib/savedViews'
import { useAcceptedFilter } from '../../lib/useAcceptedFilter'
import { useListHotkeys } from '../../lib/useListHotkeys'
import { useHashParams } from '../../router'
import { useDistricts } from '../reference/useDistricts'
import { useStartSync } from '../sync/useSync'
import { buildSmeColumns } from './columns'
import { SmeDrawer } from './SmeDrawer'
import { SmeListHeader } from './SmeListHeader'
import { useEligibilityLabels, useSmeList } from './useSme'
import { useRememberSmeView } from './useSmeViews'
import { SME_PAGE_SIZE_OPTIONS, cleanSmeFilter, fromSmeSortStatus, normalizeSmeView, toSmeSortStatus } from './viewState'

export const SME_SEARCH_DEBOUNCE_MS = 250

/** As the 매력일자리 workspace: the table (not the page) scrolls, its header and pagination in sight. */
const WORKSPACE_HEIGHT = 'calc(100dvh - var(--app-shell-header-height, 0px) - 2 * var(--mantine-spacing-md))'
const WORKSPACE_MIN_HEIGHT = 480

function withoutSearch(definition: SmeViewDefinition): SmeViewDefinition {
  const { search: _search, ...filter } = definition.filter
  return { ...definition, filter }
}

/** The 강소기업 list: filters, saved views, search, sort and paging, and the company card beside it. */
export function SmeWorkspace({ initial, stored = initial }: { initial: SmeViewDefinition; stored?: SmeViewDefinition }) {
  const [view, setView] = useState<SmeViewDefinition>(() => withoutSearch(initial))
  const [search, setSearch] = useState(initial.filter.search ?? '')
  const [debouncedSearch] = useDebouncedValue(search.trim(), SME_SEARCH_DEBOUNCE_MS)
  const [page, setPage] = useState(1)
  const [activeViewId, setActiveViewId] = useState<number | null>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const [cursorId, setCursorId] = useState<string | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const searchRef = useRef<HTMLInputElement>(null)

  const wanted = useMemo(() => cleanSmeFilter({ ...view.filter, search: debouncedSearch }), [view.filter, debouncedSearch])
  const { filter, refusal: searchRefusal } = useAcceptedFilter(SmeFilter, wanted, SEARCH_LIMIT_MESSAGE)
  const definition = useMemo(() => normalizeSmeView({ ...view, filter }), [view, filter])

  // Page 1 whenever the filter, sort or page size changes (derived, no effect).
  const filterKey = JSON.stringify([filter, view.sort, view.pageSize])
  const [pageKey, setPageKey] = useState(filterKey)
  if (pageKey !== filterKey) {
    setPageKey(filterKey)
    setPage(1)
  }
  const effectivePage = pageKey === filterKey ? page : 1

  const request = useMemo(
    () => ({ page: effectivePage, pageSize: view.pageSize, filter, sort: view.sort }),
    [effectivePage, view.pageSize, filter, view.sort]
  )
  const list = useSmeList(request)
  const rows = useMemo(() => list.data?.rows ?? [], [list.data])
  const total = list.data?.total ?? 0
  const counts = list.data?.statusCounts ?? {}
  const cacheEmpty =
    list.data !== undefined && Object.values(counts).reduce((s, n) => s + n, 0) === 0 && Object.keys(filter).length === 0

  useRememberSmeView(definition, stored)

  // `?open=ID` (확인 필요 → 자료 열기, a link): open it over the list, then drop the parameter.
  const { params: routeParams, clear: clearRoute } = useHashParams()
  const routeOpen = routeParams.open
  useEffect(() => {
    if (!routeOpen) return
    setCursorId(routeOpen)
    setOpenId(routeOpen)
    clearRoute()
  }, [routeOpen, clearRoute])

  useEffect(() => {
    if (!cursorId) return
    document.querySelector(`tr[data-row-id="${CSS.escape(cursorId)}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [cursorId, rows])

  const startSync = useStartSync({ announce: false })
  const districts = useDistricts()
  const districtNames = useMemo(() => new Map((districts.data ?? []).map((d) => [d.code, d.name])), [districts.data])
  // Keyed by the rounds' text: paging within the same rounds keeps the array, and with it the columns.
  const roundsKey = [...new Set(rows.map((row) => row.round))].sort().join('\n')
  const rounds = useMemo(() => (roundsKey === '' ? [] : roundsKey.split('\n')), [roundsKey])
  const eligibilityLabel = useEligibilityLabels(rounds)
  const columns = useMemo(
    () => buildSmeColumns(view.columns, { districtName: (code) => districtNames.get(code) ?? code, eligibilityLabel }),
    [view.columns, districtNames, eligibilityLabel]
  )

  const move = (delta: 1 | -1) => {
    if (rows.length === 0) return
    const index = rows.findIndex((r) => r.id === cursorId)
    const nextIndex = index === -1 ? (delta > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, index + delta))
    const next = rows[nextIndex]
    if (!next) return
    setCursorId(next.id)
    if (openId !== null) setOpenId(next.id)
  }

  useListHotkeys({
    enabled: !helpOpen,
    move,
    open: () => {
      if (cursorId && rows.some((r) => r.id === cursorId)) setOpenId(cursorId)
    },
    focusSearch: () => {
      searchRef.current?.focus()
      searchRef.current?.select()
    },
    showHelp: () => setHelpOpen(true),
    close: () => setOpenId(null)
  })

  const applyView = (saved: StoredView<SmeViewDefinition>) => {
    const def = normalizeSmeView(saved.definition)
    setView(withoutSearch(def))
    setSearch(def.filter.search ?? '')
    setActiveViewId(saved.id)
  }

  return (
    <Stack gap={8} h={WORKSPACE_HEIGHT} mih={WORKSPACE_MIN_HEIGHT} data-testid="sme-workspace">
      <SmeListHeader
        view={view}
        definition={definition}
        total={list.data ? total : null}
        statusCounts={counts}
        search={search}
        searchRefusal={searchRefusal}
        searchRef={searchRef}
        activeViewId={activeViewId}
        onSearch={setSearch}
        onFilter={(f) => setView((v) => ({ ...v, filter: cleanSmeFilter(f) }))}
        onColumns={(c) => setView((v) => ({ ...v, columns: c }))}
        onPickView={applyView}
        onActiveViewChange={setActiveViewId}
        onHelp={() => setHelpOpen(true)}
      />

      {list.error && <Alert color="red">{errorMessage(list.error)}</Alert>}

      {cacheEmpty ? (
        <EmptyCache onStartSync={() => startSync.mutate()} syncing={startSync.isPending} />
      ) : (
        <Box style={{ flex: 1, minHeight: 0 }}>
          <ListTable<SmeRow>
            rows={rows}
            columns={columns}
            total={total}
            page={effectivePage}
            pageSize={view.pageSize}
            pageSizeOptions={SME_PAGE_SIZE_OPTIONS}
            fetching={list.isFetching}
            sortStatus={toSmeSortStatus(view.sort)}
            onSortStatusChange={(s) => setView((v) => ({ ...v, sort: fromSmeSortStatus(s) }))}
            onPageChange={setPage}
            onPageSizeChange={(pageSize) => setView((v) => ({ ...v, pageSize }))}
            onOpen={(row) => {
              setCursorId(row.id)
              setOpenId(row.id)
            }}
            currentId={cursorId}
            openId={openId}
            noRecordsText={SME_ROW_TEXT.noRecords}
            scrollTestId="sme-table-scroll"
          />
        </Box>
      )}

      <SmeDrawer id={openId} onClose={() => setOpenId(null)} />
      <ShortcutHelpModal opened={helpOpen} onClose={() => setHelpOpen(false)} shortcuts={SME_LIST_SHORTCUTS} />
    </Stack>
  )
}
