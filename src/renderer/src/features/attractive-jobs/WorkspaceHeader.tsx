import type { RefObject } from 'react'
import { ActionIcon, CloseButton, Group, Kbd, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core'
import { IconKeyboard, IconSearch } from '@tabler/icons-react'
import type { AttractiveJobFilter, SavedView, ViewDefinition } from '../../../../shared/domains/attractive-jobs/views'
import { ReviewProgress } from '../../components/ReviewProgress'
import { formatCount } from '../../lib/format'
import { ColumnPicker } from './ColumnPicker'
import { FilterBar } from './FilterBar'
import { SavedViewsBar } from './SavedViewsBar'
import { StatusChips } from './StatusChips'
import { reviewProgress, type ListColumn } from './viewState'

export interface WorkspaceHeaderProps {
  view: ViewDefinition
  definition: ViewDefinition
  total: number | null
  statusCounts: Record<string, number>
  search: string
  searchRef: RefObject<HTMLInputElement | null>
  activeViewId: number | null
  onSearch: (value: string) => void
  onFilter: (filter: AttractiveJobFilter) => void
  onColumns: (columns: ListColumn[]) => void
  onPickView: (view: SavedView) => void
  onActiveViewChange: (id: number | null) => void
  onHelp: () => void
}

/** Title, progress, saved views, columns, status chips, search and filters. */
export function WorkspaceHeader(props: WorkspaceHeaderProps) {
  const { view, total, statusCounts, search } = props
  const progress = reviewProgress(statusCounts)
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>매력일자리</Title>
          <Text c="dimmed" size="sm">
            공공형 매력일자리 사업 신청 검토 (이 컴퓨터의 캐시)
          </Text>
        </div>
        <Group gap="lg">
          <ReviewProgress decided={progress.decided} total={progress.total} />
          {total !== null && (
            <Text fw={600} data-testid="aj-total" data-total={total}>
              총 {formatCount(total)}건
            </Text>
          )}
          <Tooltip label="키보드 단축키 (?)">
            <ActionIcon variant="default" aria-label="키보드 단축키" onClick={props.onHelp}>
              <IconKeyboard size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>

      <Group justify="space-between" gap="xs">
        <SavedViewsBar current={props.definition} activeId={props.activeViewId} onPick={props.onPickView}
          onActiveChange={props.onActiveViewChange} />
        <ColumnPicker value={view.columns} onChange={props.onColumns} />
      </Group>

      <StatusChips value={view.filter.statuses ?? []} counts={statusCounts}
        onChange={(statuses) => props.onFilter({ ...view.filter, statuses })} />

      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          ref={props.searchRef}
          aria-label="검색"
          size="xs"
          label="검색"
          placeholder="사업명·기관·직무 검색 (초성 가능: ㄷㅈㅌ)"
          leftSection={<IconSearch size={14} />}
          value={search}
          onChange={(e) => props.onSearch(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') e.currentTarget.blur()
          }}
          rightSection={
            search ? <CloseButton size="sm" aria-label="검색어 지우기" onClick={() => props.onSearch('')} /> : <Kbd size="xs">/</Kbd>
          }
          w={300}
        />
        <FilterBar filter={view.filter} onChange={props.onFilter}
          onReset={() => props.onFilter(view.filter.statuses ? { statuses: view.filter.statuses } : {})} />
      </Group>
    </Stack>
  )
}
