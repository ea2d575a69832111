import { useEffect, useMemo, useRef, useState } from 'react'
import { Alert, Box, Stack } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useQueryClient } from '@tanstack/react-query'
import { errorMessage } from '../../api'
import { reviewActionRefusal, reviewActionRefusedTitle } from '../../../../shared/domains/attractive-jobs/labels'
import { REVIEW_SHORTCUTS } from '../../../../shared/domains/attractive-jobs/viewLabels'
import {
  AttractiveJobFilter,
  SEARCH_LIMIT_MESSAGE,
  type AttractiveJobDetail,
  type AttractiveJobRow,
  type BulkTarget,
  type SavedView,
  type ViewDefinition
} from '../../../../shared/domains/attractive-jobs/views'
import { canApplyReviewAction, type ReviewAction } from '../../../../shared/portal'
import { EmptyCache } from '../../components/EmptyCache'
import { useAcceptedFilter } from '../../lib/useAcceptedFilter'
import { ShortcutHelpModal } from '../../components/ShortcutHelpModal'
import { formatCount } from '../../lib/format'
import { useHashParams } from '../../router'
import { useMayCall } from '../auth/useAccess'
import { useStartSync } from '../sync/useSync'
import { AttractiveJobDrawer } from './AttractiveJobDrawer'
import { AttractiveJobsTable } from './AttractiveJobsTable'
import { BulkBar } from './BulkBar'
import { BulkReviewDialog } from './BulkReviewDialog'
import type { SelectionProps } from './columns'
import { DecisionDialog, type DecisionTarget } from './DecisionDialog'
import { findNextUnreviewed } from './nextUnreviewed'
import { attractiveJobsKeys } from './queryKeys'
import { useAttractiveJobList } from './useAttractiveJobs'
import { showError, useReviewMutation } from './useReviewActions'
import { useRememberLastView } from './useSavedViews'
import { useTriageHotkeys } from './useTriageHotkeys'
import { WorkspaceHeader } from './WorkspaceHeader'
import { cleanFilter, fromSortStatus, normalizeView, toSortStatus } from './viewState'
import { notify } from '../../lib/notify'

export const SEARCH_DEBOUNCE_MS = 250

/**
 * The workspace fills the window below the app's header, so the table (not the page) scrolls and its
 * header and pagination stay in sight; below the minimum the page scrolls instead.
 */
const WORKSPACE_HEIGHT = 'calc(100dvh - var(--app-shell-header-height, 0px) - 2 * var(--mantine-spacing-md))'
const WORKSPACE_MIN_HEIGHT = 480

function withoutSearch(definition: ViewDefinition): ViewDefinition {
  const { search: _search, ...filter } = definition.filter
  return { ...definition, filter }
}

/** The review workspace: list, filters, saved views, detail panel, decisions, bulk and keyboard triage. */
export function ReviewWorkspace({ initial, stored = initial }: { initial: ViewDefinition; stored?: ViewDefinition }) {
  const client = useQueryClient()
  const [view, setView] = useState<ViewDefinition>(() => withoutSearch(initial))
  const [search, setSearch] = useState(initial.filter.search ?? '')
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS)
  const [page, setPage] = useState(1)
  const [activeViewId, setActiveViewId] = useState<number | null>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const [cursorId, setCursorId] = useState<string | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [allMatching, setAllMatching] = useState(false)
  const [decision, setDecision] = useState<DecisionTarget | null>(null)
  const [bulkAction, setBulkAction] = useState<ReviewAction | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const searchRef = useRef<HTMLInputElement>(null)
  const decisionSnapshot = useRef<AttractiveJobRow[]>([])

  const wanted = useMemo(() => cleanFilter({ ...view.filter, search: debouncedSearch }), [view.filter, debouncedSearch])
  const { filter, refusal: searchRefusal } = useAcceptedFilter(AttractiveJobFilter, wanted, SEARCH_LIMIT_MESSAGE)
  const definition = useMemo(() => normalizeView({ ...view, filter }), [view, filter])

  // Page 1 and an empty selection whenever the filter, sort or page size changes (derived, no effect).
  const filterKey = JSON.stringify([filter, view.sort, view.pageSize])
  const [pageKey, setPageKey] = useState(filterKey)
  if (pageKey !== filterKey) {
    setPageKey(filterKey)
    setPage(1)
    setSelected(new Set())
    setAllMatching(false)
  }
  const effectivePage = pageKey === filterKey ? page : 1

  const request = useMemo(
    () => ({ page: effectivePage, pageSize: view.pageSize, filter, sort: view.sort }),
    [effectivePage, view.pageSize, filter, view.sort]
  )
  const list = useAttractiveJobList(request)
  const rows = useMemo(() => list.data?.rows ?? [], [list.data])
  const total = list.data?.total ?? 0
  const counts = list.data?.statusCounts ?? {}
  const cacheEmpty =
    list.data !== undefined && Object.values(counts).reduce((s, n) => s + n, 0) === 0 && Object.keys(filter).length === 0

  useRememberLastView(definition, stored)

  // Arriving with a record in the route (확인 필요 → 자료 열기): open it over the list, then drop the
  // parameter so a later visit to the page does not reopen it.
  const { params: routeParams, clear: clearRoute } = useHashParams()
  const routeOpen = routeParams.open
  useEffect(() => {
    if (!routeOpen) return
    setCursorId(routeOpen)
    setOpenId(routeOpen)
    clearRoute()
  }, [routeOpen, clearRoute])

  // Keep the keyboard-current row in sight.
  useEffect(() => {
    if (!cursorId) return
    document.querySelector(`tr[data-row-id="${CSS.escape(cursorId)}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [cursorId, rows])

  const review = useReviewMutation()
  // Decisions and bulk decisions show (and their keys work) only for roles that may make them.
  const mayReview = useMayCall('attractiveJobs:review')
  const mayBulkReview = useMayCall('attractiveJobs:bulkReview')
  const startSync = useStartSync({ announce: false })

  const statusOf = (id: string) =>
    client.getQueryData<AttractiveJobDetail>(attractiveJobsKeys.detail(id))?.record.status ?? rows.find((r) => r.id === id)?.status

  const act = (id: string | null, action: ReviewAction) => {
    if (!mayReview) return
    if (!id) {
      notify.info({ title: '먼저 행을 고르세요 (J/K 또는 ↑/↓).' })
      return
    }
    const status = statusOf(id)
    if (status && !canApplyReviewAction(status, action)) {
      notify.warning({
        title: reviewActionRefusedTitle(action),
        message: reviewActionRefusal(status, action)
      })
      return
    }
    setCursorId(id)
    if (action === 'start_review') {
      review.mutate({ id, action })
      return
    }
    decisionSnapshot.current = rows
    setDecision({ id, action, nonce: Date.now() })
  }

  const onDecided = async (target: DecisionTarget, andNext: boolean) => {
    setDecision(null)
    if (!andNext) return
    try {
      const next = await findNextUnreviewed(client, request, decisionSnapshot.current, target.id, total)
      if (!next) {
        notify.info({ title: '다음 미검토 건이 없습니다', message: '이 필터의 접수·검토중 건을 모두 보았습니다.' })
        return
      }
      setPage(next.page)
      setCursorId(next.id)
      setOpenId(next.id)
    } catch (error) {
      showError('다음 건을 찾지 못했습니다', error)
    }
  }

  const move = (delta: 1 | -1) => {
    if (rows.length === 0) return
    const index = rows.findIndex((r) => r.id === cursorId)
    const nextIndex = index === -1 ? (delta > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, index + delta))
    const next = rows[nextIndex]
    if (!next) return
    setCursorId(next.id)
    if (openId !== null) setOpenId(next.id)
  }

  useTriageHotkeys({
    enabled: decision === null && bulkAction === null && !helpOpen,
    move,
    open: () => {
      const id = cursorId && rows.some((r) => r.id === cursorId) ? cursorId : null
      if (id) setOpenId(id)
    },
    act: (action) => act(openId ?? cursorId, action),
    focusSearch: () => {
      searchRef.current?.focus()
      searchRef.current?.select()
    },
    showHelp: () => setHelpOpen(true),
    close: () => setOpenId(null)
  })

  const pageIds = rows.map((r) => r.id)
  const selectedOnPage = pageIds.filter((id) => selected.has(id)).length
  const selection: SelectionProps = {
    isSelected: (id) => selected.has(id),
    onToggle: (row) =>
      setSelected((prev) => {
        const next = new Set(prev)
        if (next.has(row.id)) next.delete(row.id)
        else next.add(row.id)
        return next
      }),
    pageState: selectedOnPage === 0 ? 'none' : selectedOnPage === pageIds.length ? 'all' : 'some',
    onTogglePage: () =>
      setSelected((prev) => {
        const next = new Set(prev)
        const all = pageIds.every((id) => next.has(id))
        for (const id of pageIds) {
          if (all) next.delete(id)
          else next.add(id)
        }
        return next
      }),
    allMatching
  }
  const bulkTarget: BulkTarget = allMatching ? { filter } : { ids: [...selected] }
  const bulkScope = allMatching ? `필터 결과 전체 ${formatCount(total)}건` : `선택한 ${formatCount(selected.size)}건`

  const applyView = (saved: SavedView) => {
    const def = normalizeView(saved.definition)
    setView(withoutSearch(def))
    setSearch(def.filter.search ?? '')
    setActiveViewId(saved.id)
  }

  const bulkBar = (
    <BulkBar
      selectedCount={selected.size}
      allMatching={allMatching}
      total={total}
      onSelectAllMatching={() => setAllMatching(true)}
      onClear={() => {
        setSelected(new Set())
        setAllMatching(false)
      }}
      onAction={setBulkAction}
      page={{ state: selection.pageState, onToggle: selection.onTogglePage }}
    />
  )

  return (
    <Stack gap={8} h={WORKSPACE_HEIGHT} mih={WORKSPACE_MIN_HEIGHT} data-testid="review-workspace">
      <WorkspaceHeader
        view={view}
        definition={definition}
        total={list.data ? total : null}
        statusCounts={counts}
        search={search}
        searchRefusal={searchRefusal}
        searchRef={searchRef}
        activeViewId={activeViewId}
        onSearch={setSearch}
        onFilter={(f) => setView((v) => ({ ...v, filter: cleanFilter(f) }))}
        onColumns={(columns) => setView((v) => ({ ...v, columns }))}
        onPickView={applyView}
        onActiveViewChange={setActiveViewId}
        onHelp={() => setHelpOpen(true)}
        statusRowEnd={cacheEmpty || !mayBulkReview ? null : bulkBar}
      />

      {list.error && <Alert color="red">{errorMessage(list.error)}</Alert>}

      {cacheEmpty ? (
        <EmptyCache onStartSync={() => startSync.mutate()} syncing={startSync.isPending} />
      ) : (
        <Box style={{ flex: 1, minHeight: 0 }}>
          <AttractiveJobsTable
            rows={rows}
            columns={view.columns}
            total={total}
            page={effectivePage}
            pageSize={view.pageSize}
            fetching={list.isFetching}
            sortStatus={toSortStatus(view.sort)}
            onSortStatusChange={(s) => setView((v) => ({ ...v, sort: fromSortStatus(s) }))}
            onPageChange={setPage}
            onPageSizeChange={(pageSize) => setView((v) => ({ ...v, pageSize }))}
            onOpen={(row) => {
              setCursorId(row.id)
              setOpenId(row.id)
            }}
            currentId={cursorId}
            openId={openId}
            selection={selection}
          />
        </Box>
      )}

      <AttractiveJobDrawer id={openId} onClose={() => setOpenId(null)} {...(mayReview ? { onAction: act } : {})} busy={review.isPending} />
      {decision && (
        <DecisionDialog
          key={decision.nonce}
          target={decision}
          onClose={() => setDecision(null)}
          onDecided={(andNext) => void onDecided(decision, andNext)}
        />
      )}
      {bulkAction && (
        <BulkReviewDialog
          target={bulkTarget}
          action={bulkAction}
          scopeLabel={bulkScope}
          onClose={() => setBulkAction(null)}
          onDone={() => {
            setBulkAction(null)
            setSelected(new Set())
            setAllMatching(false)
          }}
        />
      )}
      <ShortcutHelpModal opened={helpOpen} onClose={() => setHelpOpen(false)} shortcuts={REVIEW_SHORTCUTS} />
    </Stack>
  )
}
