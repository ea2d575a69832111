import { Box, Checkbox, Group, Text } from '@mantine/core'
import type { DataTableColumn } from 'mantine-datatable'
import {
  ATTRACTIVE_JOB_FIELD_LABELS,
  JOB_FIELD_LABELS,
  ORG_TYPE_LABELS,
  PUBLIC_TYPE_LABELS,
  TARGET_GROUP_LABELS
} from '../../../../shared/domains/attractive-jobs/labels'
import { LIST_COLUMN_LABELS } from '../../../../shared/domains/attractive-jobs/viewLabels'
import type { AttractiveJobRow } from '../../../../shared/domains/attractive-jobs/views'
import { AttractiveJobStatusBadge } from '../../components/AttractiveJobStatusBadge'
import { RowMarkers } from '../../components/RowMarkers'
import { RuleCheckBadge } from '../../components/RuleCheckBadge'
import { SharedTooltip } from '../../components/SharedTooltip'
import { formatCount, formatDate, formatWon } from '../../lib/format'
import { MarkedText } from '../../components/MarkedText'
import { SORT_COLUMN_OF, type ListColumn } from './viewState'

export interface SelectionProps {
  isSelected: (id: string) => boolean
  onToggle: (row: AttractiveJobRow) => void
  /** Page-level header checkbox state. */
  pageState: 'none' | 'some' | 'all'
  onTogglePage: () => void
  /** Every record of the filter is selected (checkboxes shown checked and locked). */
  allMatching: boolean
}

const RIGHT: ReadonlySet<ListColumn> = new Set(['headcount', 'hourly_wage', 'program_year'])
/**
 * Every column but 사업명 and 기관 is as wide as its content on one line (numbers, dates and short
 * labels never wrap); 기관 is capped and cut; 사업명 takes the rest (never less than TITLE_MIN_WIDTH —
 * with many columns the table scrolls sideways instead of squeezing the title).
 */
const TITLE_MIN_WIDTH = 220
const STATUS_WIDTH = 116
const ORG_MAX_WIDTH = 170

const stop = (e: React.SyntheticEvent) => e.stopPropagation()

const MATCH_FIELD_LABELS = {
  duties: ATTRACTIVE_JOB_FIELD_LABELS.duties ?? '직무',
  org_department: ATTRACTIVE_JOB_FIELD_LABELS['org.department'] ?? '부서'
} as const

/** Where a searched row's words were found when 사업명 and 기관 do not show them (a piece of 직무, the 부서). */
function MatchElsewhere({ row }: { row: AttractiveJobRow }) {
  const elsewhere = row.match?.elsewhere
  if (!elsewhere) return null
  return (
    <Text size="xs" c="dimmed" truncate="end" data-testid="aj-match-elsewhere" data-field={elsewhere.field}>
      {MATCH_FIELD_LABELS[elsewhere.field]}: <MarkedText text={elsewhere.text} ranges={elsewhere.ranges} testId="aj-mark" />
    </Text>
  )
}

/**
 * 사업명 takes the width the other columns leave and is cut with an ellipsis, the whole title in a
 * tooltip. `contain: inline-size` keeps a long title (or 직무 piece) from widening the table: the cell
 * asks for TITLE_MIN_WIDTH and gets whatever more there is.
 */
function TitleCell({ row }: { row: AttractiveJobRow }) {
  return (
    <Box style={{ contain: 'inline-size', minWidth: TITLE_MIN_WIDTH }}>
      <Box style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', alignItems: 'center', columnGap: 6 }}>
        <SharedTooltip label={row.title} openDelay={400} maxWidth={480}>
          <Text size="sm" fw={500} truncate="end" data-testid="aj-title">
            <MarkedText text={row.title} ranges={row.match?.title} testId="aj-mark" />
          </Text>
        </SharedTooltip>
        <Group gap={4} wrap="nowrap">
          <RowMarkers pendingWrites={row.pending_writes} needsAttention={row.needs_attention} testIdPrefix="aj" />
        </Group>
      </Box>
      <MatchElsewhere row={row} />
    </Box>
  )
}

function OrgCell({ row }: { row: AttractiveJobRow }) {
  return (
    <SharedTooltip label={row.org_department ? `${row.org_name} · ${row.org_department}` : row.org_name} openDelay={400}>
      <Text size="sm" truncate="end" data-testid="aj-org">
        <MarkedText text={row.org_name} ranges={row.match?.org_name} testId="aj-mark" />
      </Text>
    </SharedTooltip>
  )
}

function render(column: ListColumn, row: AttractiveJobRow): React.ReactNode {
  switch (column) {
    case 'id':
      return <Text size="xs" ff="monospace">{row.id}</Text>
    case 'title':
      return <TitleCell row={row} />
    case 'org_name':
      return <OrgCell row={row} />
    case 'org_type':
      return ORG_TYPE_LABELS[row.org_type]
    case 'field':
      return JOB_FIELD_LABELS[row.field]
    case 'public_type':
      return PUBLIC_TYPE_LABELS[row.public_type]
    case 'target_group':
      return TARGET_GROUP_LABELS[row.target_group]
    case 'headcount':
      return `${formatCount(row.headcount)}명`
    case 'hourly_wage':
      return formatWon(row.hourly_wage)
    case 'status':
      return <AttractiveJobStatusBadge status={row.status} />
    case 'rule_failures':
      return <RuleCheckBadge failures={row.rule_failures} />
    case 'program_year':
      return `${row.program_year}`
    case 'submitted_at':
      return formatDate(row.submitted_at)
    case 'updated_at':
      return formatDate(row.updated_at)
  }
}

function columnStyle(column: ListColumn): Pick<DataTableColumn<AttractiveJobRow>, 'width' | 'titleStyle' | 'cellsStyle'> {
  if (column === 'title') return { width: '100%' }
  if (column === 'org_name') return { titleStyle: { maxWidth: ORG_MAX_WIDTH }, cellsStyle: () => ({ maxWidth: ORG_MAX_WIDTH }) }
  return {}
}

/**
 * The status column carries the row checkbox (so the first cell still reads as the status), which keeps
 * selection in the workspace's hands: hand-picked ids across pages, or "all matching the filter".
 */
function statusColumn(selection: SelectionProps): DataTableColumn<AttractiveJobRow> {
  return {
    accessor: 'status',
    // The page's select-all lives in the bulk bar: a checkbox inside this sortable header would nest two controls.
    title: LIST_COLUMN_LABELS.status,
    sortable: true,
    noWrap: true,
    // Wide enough for the checkbox and the longest status (보완요청): the flexible title never squeezes it.
    width: STATUS_WIDTH,
    render: (row) => (
      <Group gap={8} wrap="nowrap">
        <Checkbox
          size="xs"
          aria-label={`${row.title} 선택`}
          checked={selection.allMatching || selection.isSelected(row.id)}
          disabled={selection.allMatching}
          onChange={() => selection.onToggle(row)}
          onClick={stop}
        />
        <AttractiveJobStatusBadge status={row.status} style={{ flexShrink: 0 }} />
      </Group>
    )
  }
}

export function buildColumns(columns: readonly ListColumn[], selection: SelectionProps): DataTableColumn<AttractiveJobRow>[] {
  return columns.map((column) =>
    column === 'status'
      ? statusColumn(selection)
      : {
          accessor: column,
          title: LIST_COLUMN_LABELS[column],
          sortable: SORT_COLUMN_OF[column] !== undefined,
          textAlign: RIGHT.has(column) ? 'right' : 'left',
          noWrap: true,
          ...columnStyle(column),
          render: (row: AttractiveJobRow) => render(column, row)
        }
  )
}
