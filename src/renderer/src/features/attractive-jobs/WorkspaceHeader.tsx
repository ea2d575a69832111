import { useMemo, useState, type ReactNode, type RefObject } from 'react'
import { ActionIcon, Group, Stack, Text, Title, Tooltip } from '@mantine/core'
import { IconKeyboard } from '@tabler/icons-react'
import { ATTRACTIVE_JOB_STATUS_COLORS, ATTRACTIVE_JOB_STATUS_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import { LIST_COLUMN_LABELS, REVIEW_PROGRESS_TEXT } from '../../../../shared/domains/attractive-jobs/viewLabels'
import {
  SEARCH_LIMIT_MESSAGE,
  SEARCH_MAX_LENGTH,
  type AttractiveJobFilter,
  type SavedView,
  type ViewDefinition
} from '../../../../shared/domains/attractive-jobs/views'
import { ATTRACTIVE_JOB_STATUSES } from '../../../../shared/portal'
import { ColumnPicker } from '../../components/ColumnPicker'
import { ExportButton } from '../../components/ExportButton'
import { FilterChips } from '../../components/FilterChips'
import { ReviewProgress } from '../../components/ReviewProgress'
import { SavedViewsBar } from '../../components/SavedViewsBar'
import { SearchBox } from '../../components/SearchBox'
import { StatusChips } from '../../components/StatusChips'
import { formatCount } from '../../lib/format'
import { useDistricts } from '../reference/useDistricts'
import { FilterBar } from './FilterBar'
import { chosenFilterValues } from './filterValues'
import { useAttractiveJobViews } from './useSavedViews'
import { COLUMN_ORDER, REQUIRED_COLUMNS, activeBarFilters, reviewProgress, sameView, withoutFilterValue, type ListColumn } from './viewState'

export interface WorkspaceHeaderProps {
  view: ViewDefinition
  definition: ViewDefinition
  total: number | null
  statusCounts: Record<string, number>
  search: string
  /** Why the list does not show this search (the list keeps the last one it could show). */
  searchRefusal: string | null
  searchRef: RefObject<HTMLInputElement | null>
  activeViewId: number | null
  onSearch: (value: string) => void
  onFilter: (filter: AttractiveJobFilter) => void
  onColumns: (columns: ListColumn[]) => void
  onPickView: (view: SavedView) => void
  onActiveViewChange: (id: number | null) => void
  onHelp: () => void
  /** Shown at the end of the status row (the selection and bulk actions). */
  statusRowEnd?: ReactNode
}

/**
 * Title, progress, saved views and columns on one line; search and the filters on the next (the full
 * filter bar only while opened); the status chips on the third. At 1366×768 this leaves the table
 * room for a dozen rows and more.
 */
export function WorkspaceHeader(props: WorkspaceHeaderProps) {
  const { view, total, statusCounts } = props
  const [filtersOpen, setFiltersOpen] = useState(false)
  const progress = reviewProgress(statusCounts)
  const views = useAttractiveJobViews()
  const districts = useDistricts()
  const districtNames = useMemo(() => new Map((districts.data ?? []).map((d) => [d.code, d.name])), [districts.data])
  return (
    <Stack gap={8} data-testid="aj-workspace-header">
      {/* Rows wrap (never the page scrolling sideways) when Windows' scaling leaves the window narrower than 1366. */}
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="md" wrap="wrap">
          <Title order={2} size="h3" style={{ whiteSpace: 'nowrap' }}>
            매력일자리
          </Title>
          <SavedViewsBar store={views} same={sameView} current={props.definition} activeId={props.activeViewId}
            onPick={props.onPickView} onActiveChange={props.onActiveViewChange} />
        </Group>
        <Group gap="md" wrap="wrap">
          <ReviewProgress
            decided={progress.decided}
            total={progress.target}
            label={REVIEW_PROGRESS_TEXT.line(progress.decided, progress.target)}
            explanation={REVIEW_PROGRESS_TEXT.explanation(progress)}
          />
          {total !== null && (
            <Text fw={700} data-testid="aj-total" data-total={total} style={{ whiteSpace: 'nowrap' }}>
              총 {formatCount(total)}건
            </Text>
          )}
          <ColumnPicker value={view.columns} onChange={props.onColumns} order={COLUMN_ORDER} required={REQUIRED_COLUMNS}
            labels={LIST_COLUMN_LABELS} />
          <ExportButton reportId="attractive-jobs.list"
            params={{ filter: props.definition.filter, sort: props.definition.sort, columns: props.definition.columns }} />
          <Tooltip label="키보드 단축키 (?)">
            <ActionIcon variant="default" aria-label="키보드 단축키" onClick={props.onHelp}>
              <IconKeyboard size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>

      <Group gap="xs" wrap="wrap" align="center">
        <SearchBox value={props.search} refusal={props.searchRefusal} inputRef={props.searchRef} onChange={props.onSearch}
          placeholder="사업명·기관·직무 검색 (초성 가능: ㄷㅈㅌ)" maxLength={SEARCH_MAX_LENGTH} limitMessage={SEARCH_LIMIT_MESSAGE}
          testIdPrefix="aj" />
        <FilterChips chosen={chosenFilterValues(view.filter, districtNames)} activeCount={activeBarFilters(view.filter).length}
          expanded={filtersOpen} onToggle={() => setFiltersOpen((open) => !open)}
          onRemove={({ key, value }) => props.onFilter(withoutFilterValue(view.filter, key, value as string | number))}
          testIdPrefix="aj" />
      </Group>

      {filtersOpen && (
        <FilterBar filter={view.filter} onChange={props.onFilter}
          onReset={() => props.onFilter(view.filter.statuses ? { statuses: view.filter.statuses } : {})} />
      )}

      <Group justify="space-between" gap="xs" wrap="wrap">
        <StatusChips value={view.filter.statuses ?? []} counts={statusCounts} statuses={ATTRACTIVE_JOB_STATUSES}
          labels={ATTRACTIVE_JOB_STATUS_LABELS} colors={ATTRACTIVE_JOB_STATUS_COLORS} testId="aj-status-filter"
          onChange={(statuses) => props.onFilter({ ...view.filter, statuses })} />
        {props.statusRowEnd}
      </Group>
    </Stack>
  )
}
