import { useMemo, useState, type RefObject } from 'react'
import { ActionIcon, Group, Stack, Text, Title, Tooltip } from '@mantine/core'
import { IconKeyboard } from '@tabler/icons-react'
import { SEARCH_LIMIT_MESSAGE, SEARCH_MAX_LENGTH } from '../../../../shared/domains/attractive-jobs/views'
import { SME_STATUS_LABELS } from '../../../../shared/domains/sme/labels'
import { SME_LIST_COLUMN_LABELS, SME_SEARCH_PLACEHOLDER, SME_STATUS_COLORS, SME_TITLE } from '../../../../shared/domains/sme/viewLabels'
import type { SmeFilter, SmeListColumn, SmeViewDefinition } from '../../../../shared/domains/sme/views'
import { SME_STATUSES } from '../../../../shared/portal'
import { ColumnPicker } from '../../components/ColumnPicker'
import { ExportButton } from '../../components/ExportButton'
import { FilterChips } from '../../components/FilterChips'
import { SavedViewsBar } from '../../components/SavedViewsBar'
import { SearchBox } from '../../components/SearchBox'
import { StatusChips } from '../../components/StatusChips'
import { formatCount } from '../../lib/format'
import type { StoredView } from '../../lib/savedViews'
import { withoutFilterValue } from '../../lib/listView'
import { PATHS } from '../../router'
import { useDistricts } from '../reference/useDistricts'
import { SmeFilterBar } from './SmeFilterBar'
import { SmeTabs } from './SmeTabs'
import { useSmeDashboard, useSmeIndustries } from './useSme'
import { useSmeSavedViews } from './useSmeViews'
import { SME_COLUMN_ORDER, SME_REQUIRED_COLUMNS, activeSmeBarFilters, chosenSmeFilterValues, sameSmeView } from './viewState'

export interface SmeListHeaderProps {
  view: SmeViewDefinition
  definition: SmeViewDefinition
  total: number | null
  statusCounts: Record<string, number>
  search: string
  searchRefusal: string | null
  searchRef: RefObject<HTMLInputElement | null>
  activeViewId: number | null
  onSearch: (value: string) => void
  onFilter: (filter: SmeFilter) => void
  onColumns: (columns: SmeListColumn[]) => void
  onPickView: (view: StoredView<SmeViewDefinition>) => void
  onActiveViewChange: (id: number | null) => void
  onHelp: () => void
}

/**
 * Title with the work area's tabs, the total and the columns on one line; search, the filter chips
 * and the saved views on the next (the full filter bar only while opened); the status chips on the
 * third — the same layout as 매력일자리's, which leaves the table room at 1366×768.
 */
export function SmeListHeader(props: SmeListHeaderProps) {
  const { view, total, statusCounts } = props
  const [filtersOpen, setFiltersOpen] = useState(false)
  const views = useSmeSavedViews()
  const districts = useDistricts()
  const industries = useSmeIndustries()
  const dashboard = useSmeDashboard()
  const names = useMemo(
    () => ({
      districts: new Map((districts.data ?? []).map((d) => [d.code, d.name])),
      industries: new Map(industries.options.map((i) => [i.code, i.name]))
    }),
    [districts.data, industries.options]
  )
  return (
    <Stack gap={8} data-testid="sme-list-header">
      {/* Rows wrap (never the page scrolling sideways) when Windows' scaling leaves the window narrower than 1366. */}
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="md" wrap="wrap">
          <Title order={2} size="h3" style={{ whiteSpace: 'nowrap' }}>
            {SME_TITLE}
          </Title>
          <SmeTabs current={PATHS.sme} />
        </Group>
        <Group gap="md" wrap="wrap">
          {total !== null && (
            <Text fw={700} data-testid="sme-total" data-total={total} style={{ whiteSpace: 'nowrap' }}>
              총 {formatCount(total)}건
            </Text>
          )}
          <ColumnPicker value={view.columns} onChange={props.onColumns} order={SME_COLUMN_ORDER} required={SME_REQUIRED_COLUMNS}
            labels={SME_LIST_COLUMN_LABELS} />
          {/* The 강소기업 reports take a round (not the list's other conditions): the one the list is narrowed to, if one. */}
          <ExportButton reportId="sme.screening"
            params={{ filter: view.filter.rounds?.length === 1 ? { round: view.filter.rounds[0] } : {} }} />
          <Tooltip label="키보드 단축키 (?)">
            <ActionIcon variant="default" aria-label="키보드 단축키" onClick={props.onHelp}>
              <IconKeyboard size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>

      <Group gap="xs" wrap="wrap" align="center">
        <SearchBox value={props.search} refusal={props.searchRefusal} inputRef={props.searchRef} onChange={props.onSearch}
          placeholder={SME_SEARCH_PLACEHOLDER} maxLength={SEARCH_MAX_LENGTH} limitMessage={SEARCH_LIMIT_MESSAGE} testIdPrefix="sme" width={300} />
        <FilterChips chosen={chosenSmeFilterValues(view.filter, names)} activeCount={activeSmeBarFilters(view.filter).length}
          expanded={filtersOpen} onToggle={() => setFiltersOpen((open) => !open)}
          onRemove={({ key, value }) => props.onFilter(withoutFilterValue(view.filter, key, value))} testIdPrefix="sme" />
        <SavedViewsBar store={views} same={sameSmeView} current={props.definition} activeId={props.activeViewId}
          onPick={props.onPickView} onActiveChange={props.onActiveViewChange} />
      </Group>

      {filtersOpen && (
        <SmeFilterBar filter={view.filter} rounds={dashboard.data?.rounds ?? []} districts={districts.data ?? []}
          industries={industries.options} onChange={props.onFilter}
          onReset={() => props.onFilter(view.filter.statuses ? { statuses: view.filter.statuses } : {})} />
      )}

      <StatusChips value={view.filter.statuses ?? []} counts={statusCounts} statuses={SME_STATUSES} labels={SME_STATUS_LABELS}
        colors={SME_STATUS_COLORS} testId="sme-status-filter" onChange={(statuses) => props.onFilter({ ...view.filter, statuses })} />
    </Stack>
  )
}
