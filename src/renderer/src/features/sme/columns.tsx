import { Box, Group, Text } from '@mantine/core'
import type { DataTableColumn } from 'mantine-datatable'
import { SME_STAGE_LABELS } from '../../../../shared/domains/sme/labels'
import { SME_LIST_COLUMN_LABELS, SME_ROW_TEXT } from '../../../../shared/domains/sme/viewLabels'
import type { SmeListColumn, SmeRow } from '../../../../shared/domains/sme/views'
import { MarkedText } from '../../components/MarkedText'
import { RowMarkers } from '../../components/RowMarkers'
import { SharedTooltip } from '../../components/SharedTooltip'
import { formatCount, formatDate } from '../../lib/format'
import { BusinessNo, EligibilityBadge, SmeStatusBadge } from './SmeBadges'
import { SME_SORT_COLUMN_OF } from './viewState'

const RIGHT: ReadonlySet<SmeListColumn> = new Set(['employees', 'insured_employees', 'documents_missing'])
/**
 * Every column but 기업명 and 업종 is as wide as its content on one line; 업종 is capped and cut (its
 * code and full name in a tooltip); 기업명 takes the rest (never less than NAME_MIN_WIDTH — with many
 * columns the table scrolls sideways instead of squeezing the name).
 */
const NAME_MIN_WIDTH = 200
const INDUSTRY_MAX_WIDTH = 170
const STATUS_WIDTH = 88

export interface SmeColumnContext {
  districtName: (code: string) => string
  /** A criterion's name in the row's round (its tooltip lists the criteria not met). */
  eligibilityLabel: (round: string, code: string) => string
}

function NameCell({ row }: { row: SmeRow }) {
  return (
    <Box style={{ contain: 'inline-size', minWidth: NAME_MIN_WIDTH }}>
      <Box style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', alignItems: 'center', columnGap: 6 }}>
        <SharedTooltip label={row.company_name} openDelay={400} maxWidth={420}>
          <Text size="sm" fw={500} truncate="end" data-testid="sme-company">
            <MarkedText text={row.company_name} ranges={row.match?.company_name} testId="sme-mark" />
          </Text>
        </SharedTooltip>
        <Group gap={4} wrap="nowrap">
          <RowMarkers pendingWrites={row.pending_writes} needsAttention={row.needs_attention} testIdPrefix="sme" />
        </Group>
      </Box>
    </Box>
  )
}

function IndustryCell({ row }: { row: SmeRow }) {
  const text = row.industry_name ? `${row.industry_code} ${row.industry_name}` : row.industry_code
  return (
    <SharedTooltip label={text} openDelay={400} maxWidth={360}>
      <Text size="sm" truncate="end" data-testid="sme-industry">
        {row.industry_name ?? row.industry_code}
      </Text>
    </SharedTooltip>
  )
}

function render(column: SmeListColumn, row: SmeRow, context: SmeColumnContext): React.ReactNode {
  switch (column) {
    case 'id':
      return (
        <Text size="xs" ff="monospace">
          {row.id}
        </Text>
      )
    case 'company_name':
      return <NameCell row={row} />
    case 'business_no':
      return <BusinessNo digits={row.business_no} valid={row.business_no_valid} />
    case 'round':
      return row.round
    case 'status':
      return <SmeStatusBadge status={row.status} />
    case 'stage':
      return row.stage ? SME_STAGE_LABELS[row.stage] : '—'
    case 'district_code':
      return context.districtName(row.district_code)
    case 'industry':
      return <IndustryCell row={row} />
    case 'employees':
      return `${formatCount(row.employees)}명`
    case 'insured_employees':
      return `${formatCount(row.insured_employees)}명`
    case 'founded_on':
      return formatDate(row.founded_on)
    case 'eligibility':
      return (
        <EligibilityBadge
          failures={row.eligibility_failures}
          manual={row.eligibility_manual}
          labelOf={(code) => context.eligibilityLabel(row.round, code)}
        />
      )
    case 'documents_missing':
      return row.documents_missing > 0 ? (
        <Text span size="sm" c="red" fw={600}>
          {SME_ROW_TEXT.documentsMissing(row.documents_missing)}
        </Text>
      ) : (
        <Text span size="sm" c="dimmed">
          {SME_ROW_TEXT.documentsComplete}
        </Text>
      )
    case 'updated_at':
      return formatDate(row.updated_at)
  }
}

function columnStyle(column: SmeListColumn): Pick<DataTableColumn<SmeRow>, 'width' | 'titleStyle' | 'cellsStyle'> {
  if (column === 'company_name') return { width: '100%' }
  if (column === 'status') return { width: STATUS_WIDTH }
  if (column === 'industry') return { titleStyle: { maxWidth: INDUSTRY_MAX_WIDTH }, cellsStyle: () => ({ maxWidth: INDUSTRY_MAX_WIDTH }) }
  return {}
}

export function buildSmeColumns(columns: readonly SmeListColumn[], context: SmeColumnContext): DataTableColumn<SmeRow>[] {
  return columns.map((column) => ({
    accessor: column,
    title: SME_LIST_COLUMN_LABELS[column],
    sortable: SME_SORT_COLUMN_OF[column] !== undefined,
    textAlign: RIGHT.has(column) ? 'right' : 'left',
    noWrap: true,
    ...columnStyle(column),
    render: (row: SmeRow) => render(column, row, context)
  }))
}
