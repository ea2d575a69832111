import { useState, type ReactNode, type RefObject } from 'react'
import { ActionIcon, Group, Stack, Text, Title, Tooltip } from '@mantine/core'
import { IconKeyboard } from '@tabler/icons-react'
import { REVIEW_PROGRESS_TEXT } from '../../../../shared/domains/attractive-jobs/viewLabels'
import type { AttractiveJobFilter, SavedView, ViewDefinition } from '../../../../shared/domains/attractive-jobs/views'
import { ReviewProgress } from '../../components/ReviewProgress'
import { formatCount } from '../../lib/format'
import { ColumnPicker } from './ColumnPicker'
import { FilterBar } from './FilterBar'
import { FilterChips } from './FilterChips'
import { SavedViewsBar } from './SavedViewsBar'
import { SearchBox } from './SearchBox'
import { StatusChips } from './StatusChips'
import { reviewProgress, type ListColumn } from './viewState'

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
  return (
    <Stack gap={8} data-testid="aj-workspace-header">
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Group gap="md" wrap="nowrap">
          <Title order={2} size="h3" style={{ whiteSpace: 'nowrap' }}>
            매력일자리
          </Title>
          <SavedViewsBar current={props.definition} activeId={props.activeViewId} onPick={props.onPickView}
            onActiveChange={props.onActiveViewChange} />
        </Group>
        <Group gap="md" wrap="nowrap">
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
          <ColumnPicker value={view.columns} onChange={props.onColumns} />
          <Tooltip label="키보드 단축키 (?)">
            <ActionIcon variant="default" aria-label="키보드 단축키" onClick={props.onHelp}>
              <IconKeyboard size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>

      <Group gap="xs" wrap="nowrap" align="center">
        <SearchBox value={props.search} refusal={props.searchRefusal} inputRef={props.searchRef} onChange={props.onSearch} />
        <FilterChips filter={view.filter} expanded={filtersOpen} onToggle={() => setFiltersOpen((open) => !open)} onChange={props.onFilter} />
      </Group>

      {filtersOpen && (
        <FilterBar filter={view.filter} onChange={props.onFilter}
          onReset={() => props.onFilter(view.filter.statuses ? { statuses: view.filter.statuses } : {})} />
      )}

      <Group justify="space-between" gap="xs" wrap="wrap">
        <StatusChips value={view.filter.statuses ?? []} counts={statusCounts}
          onChange={(statuses) => props.onFilter({ ...view.filter, statuses })} />
        {props.statusRowEnd}
      </Group>
    </Stack>
  )
}
