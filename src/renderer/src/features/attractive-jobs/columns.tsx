import { Badge, Checkbox, Group, Text, Tooltip } from '@mantine/core'
import type { DataTableColumn } from 'mantine-datatable'
import { JOB_FIELD_LABELS, ORG_TYPE_LABELS, PUBLIC_TYPE_LABELS, TARGET_GROUP_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import { LIST_COLUMN_LABELS } from '../../../../shared/domains/attractive-jobs/viewLabels'
import type { AttractiveJobRow } from '../../../../shared/domains/attractive-jobs/views'
import { AttractiveJobStatusBadge } from '../../components/AttractiveJobStatusBadge'
import { RuleCheckBadge } from '../../components/RuleCheckBadge'
import { formatCount, formatDate, formatWon } from '../../lib/format'
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

const stop = (e: React.SyntheticEvent) => e.stopPropagation()

function RowMarkers({ row }: { row: AttractiveJobRow }) {
  return (
    <>
      {row.pending_writes > 0 && (
        <Tooltip label="포털로 아직 보내지 않은 변경이 있습니다 (다음 동기화 때 전송)">
          <Badge size="xs" color="orange" variant="dot" data-testid="aj-pending">
            전송 대기
          </Badge>
        </Tooltip>
      )}
      {row.needs_attention > 0 && (
        <Tooltip label="포털이 받지 않은 변경이 있습니다 — 확인 필요 화면에서 처리하세요">
          <Badge size="xs" color="red" variant="filled" data-testid="aj-attention">
            확인 필요
          </Badge>
        </Tooltip>
      )}
    </>
  )
}

function render(column: ListColumn, row: AttractiveJobRow): React.ReactNode {
  switch (column) {
    case 'id':
      return <Text size="xs" ff="monospace">{row.id}</Text>
    case 'title':
      return (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={500} data-testid="aj-title" lineClamp={1}>
            {row.title}
          </Text>
          <RowMarkers row={row} />
        </Group>
      )
    case 'org_name':
      return (
        <Text size="sm" data-testid="aj-org" lineClamp={1}>
          {row.org_name}
        </Text>
      )
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

const RIGHT: ReadonlySet<ListColumn> = new Set(['headcount', 'hourly_wage', 'program_year'])
const WIDTH: Partial<Record<ListColumn, number>> = { status: 110, rule_failures: 96, headcount: 72, program_year: 84 }

/**
 * The status column carries the row checkbox (so the first cell still reads as the status), which keeps
 * selection in the workspace's hands: hand-picked ids across pages, or "all matching the filter".
 */
function statusColumn(selection: SelectionProps): DataTableColumn<AttractiveJobRow> {
  return {
    accessor: 'status',
    title: (
      <Group gap={8} wrap="nowrap">
        <Checkbox
          size="xs"
          aria-label="이 쪽 전체 선택"
          checked={selection.allMatching || selection.pageState === 'all'}
          indeterminate={!selection.allMatching && selection.pageState === 'some'}
          disabled={selection.allMatching}
          onChange={selection.onTogglePage}
          onClick={stop}
        />
        <span>{LIST_COLUMN_LABELS.status}</span>
      </Group>
    ),
    sortable: true,
    width: WIDTH.status,
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
        <AttractiveJobStatusBadge status={row.status} />
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
          width: WIDTH[column],
          render: (row: AttractiveJobRow) => render(column, row)
        }
  )
}
