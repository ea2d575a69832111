import { useMemo, useState } from 'react'
import { Badge, Group, Menu, Text, Tooltip, UnstyledButton } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { SharedTooltip } from '../../../components/SharedTooltip'
import { DataTable, type DataTableColumn } from 'mantine-datatable'
import { formatDecimal } from '../../../../../shared/domains/sme/company'
import { COMMITTEE_TEXT } from '../../../../../shared/domains/sme/viewLabels'
import type { CommitteeView } from '../../../../../shared/domains/sme/views'
import { formatCount } from '../../../lib/format'
import { SheetStateBadge, SmeStatusBadge } from '../SmeBadges'
import { formatScore, type CutoffVerdict } from './cutoff'

type Row = CommitteeView['rows'][number]
type Evaluator = CommitteeView['evaluators'][number]

export type CellAction = 'openSheet' | 'challenge' | 'exclusion'

export interface CommitteeMatrixProps {
  view: CommitteeView
  verdict: ReadonlyMap<string, CutoffVerdict>
  onCell: (row: Row, evaluator: Evaluator, action: CellAction) => void
}

const PAGE_SIZE = 100
const CELL_WIDTH = 72
const VERDICT_COLORS: Record<CutoffVerdict, string> = { advance: 'teal', stop: 'red', not_candidate: 'gray' }
const VERDICT_LABELS: Record<CutoffVerdict, string> = {
  advance: COMMITTEE_TEXT.advances,
  stop: COMMITTEE_TEXT.stops,
  not_candidate: COMMITTEE_TEXT.notCandidate
}

const SCROLL_AREA_PROPS = { viewportProps: { style: {}, 'data-testid': 'sme-committee-scroll' } } as const

const ABSTAINED = new Set(['recusal', 'challenge', 'exclusion'])

/** One evaluator's sheet of one application: its state (and total), a menu to open it or record 기피·제척. */
function Cell({ row, evaluator, onCell }: { row: Row; evaluator: Evaluator; onCell: CommitteeMatrixProps['onCell'] }) {
  const cell = row.cells[evaluator.id]
  if (!cell) {
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    )
  }
  const abstained = ABSTAINED.has(cell.state)
  return (
    <Menu position="bottom" withinPortal shadow="md">
      <Menu.Target>
        <UnstyledButton
          aria-label={`${row.company} · ${COMMITTEE_TEXT.evaluator(evaluator.letter)}`}
          data-testid="sme-cell"
          data-evaluator={evaluator.letter}
          data-state={cell.state}
          onClick={(e) => e.stopPropagation()}
        >
          <SheetStateBadge state={cell.state} total={cell.total !== null ? formatDecimal(cell.total) : null} size="xs" style={{ cursor: 'pointer', flexShrink: 0 }} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {COMMITTEE_TEXT.evaluator(evaluator.letter)} · {evaluator.id}
        </Menu.Label>
        <Menu.Item onClick={() => onCell(row, evaluator, 'openSheet')}>{COMMITTEE_TEXT.cellMenu.openSheet}</Menu.Item>
        <Menu.Item color="orange" disabled={abstained} onClick={() => onCell(row, evaluator, 'challenge')}>
          {COMMITTEE_TEXT.cellMenu.challenge}
        </Menu.Item>
        <Menu.Item color="red" disabled={abstained} onClick={() => onCell(row, evaluator, 'exclusion')}>
          {COMMITTEE_TEXT.cellMenu.exclusion}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}

const num = (value: number | null, digits = 2) => (
  <Text span size="sm" ff="monospace">
    {formatScore(value, digits)}
  </Text>
)

/**
 * Applications (by rank) with their aggregates and the cut-off's verdict, then × evaluators (위원 A, B, …;
 * the id only in a tooltip and the cell's menu) with each sheet's state. Paged on the client: a stage of a
 * few hundred applications reads as one table, ten thousand still renders a page at a time.
 */
export function CommitteeMatrix({ view, verdict, onCell }: CommitteeMatrixProps) {
  const [page, setPage] = useState(1)
  const pageCount = Math.max(1, Math.ceil(view.rows.length / PAGE_SIZE))
  const effectivePage = Math.min(page, pageCount)
  const records = view.rows.slice((effectivePage - 1) * PAGE_SIZE, effectivePage * PAGE_SIZE)
  const threshold = formatDecimal(view.max_evaluator_total * 0.2)

  const columns = useMemo((): DataTableColumn<Row>[] => {
    const c = COMMITTEE_TEXT.columns
    return [
      { accessor: 'rank', title: c.rank, textAlign: 'right', width: 52, render: (r) => (r.rank === null ? '—' : r.rank) },
      {
        accessor: 'company',
        title: c.company,
        width: 220,
        render: (r) => (
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} truncate="end" maw={210} title={r.company}>
              {r.company}
            </Text>
            <Group gap={4} wrap="nowrap">
              <Text size="xs" c="dimmed" ff="monospace">
                {r.id}
              </Text>
              {r.status !== 'evaluating' || r.current_stage !== view.stage ? <SmeStatusBadge status={r.status} size="xs" /> : null}
            </Group>
          </div>
        )
      },
      { accessor: 'computed', title: c.computed, textAlign: 'right', render: (r) => num(r.computed) },
      { accessor: 'mean', title: c.mean, textAlign: 'right', render: (r) => num(r.mean) },
      { accessor: 'trimmed_mean', title: c.trimmedMean, textAlign: 'right', render: (r) => num(r.trimmed_mean) },
      {
        accessor: 'score',
        title: c.score,
        textAlign: 'right',
        render: (r) => (
          <Text span size="sm" ff="monospace" fw={700} data-testid="sme-stage-score">
            {formatScore(r.score)}
          </Text>
        )
      },
      { accessor: 'normalized', title: c.normalized, textAlign: 'right', render: (r) => <Text span size="xs" c="dimmed" ff="monospace">{formatScore(r.normalized, 3)}</Text> },
      { accessor: 'spread', title: c.spread, textAlign: 'right', render: (r) => num(r.spread) },
      {
        accessor: 'disagreement',
        title: c.disagreement,
        textAlign: 'center',
        width: 100,
        render: (r) =>
          r.disagreement ? (
            <SharedTooltip label={COMMITTEE_TEXT.disagreementHint(threshold)}>
              <Badge color="orange" variant="light" size="sm" leftSection={<IconAlertTriangle size={12} />} data-testid="sme-disagreement">
                {COMMITTEE_TEXT.disagreement}
              </Badge>
            </SharedTooltip>
          ) : null
      },
      {
        accessor: 'verdict',
        title: c.cutoff,
        textAlign: 'center',
        width: 84,
        render: (r) => {
          const v = verdict.get(r.id) ?? 'not_candidate'
          return (
            <Badge color={VERDICT_COLORS[v]} variant={v === 'advance' ? 'filled' : 'light'} size="sm" data-testid="sme-verdict" data-verdict={v}>
              {VERDICT_LABELS[v]}
            </Badge>
          )
        }
      },
      ...view.evaluators.map(
        (e): DataTableColumn<Row> => ({
          accessor: `cell:${e.id}`,
          title: (
            <Tooltip label={COMMITTEE_TEXT.evaluatorTooltip(e.id)}>
              <span data-testid="sme-evaluator-head" data-evaluator-id={e.id}>
                {COMMITTEE_TEXT.evaluator(e.letter)}
              </span>
            </Tooltip>
          ),
          textAlign: 'center',
          // Wide enough for the longest state with its total (완료 32.5): a cell never cuts its badge.
          width: CELL_WIDTH,
          render: (r) => <Cell row={r} evaluator={e} onCell={onCell} />
        })
      )
    ]
  }, [view, verdict, onCell, threshold])

  return (
    <DataTable<Row>
      withTableBorder
      borderRadius="sm"
      striped
      highlightOnHover
      height="100%"
      minHeight={240}
      verticalSpacing={4}
      horizontalSpacing={8}
      fz="sm"
      pinFirstColumn
      // Numbers, badges and letters stay on one line; the table scrolls sideways instead.
      style={{ whiteSpace: 'nowrap' }}
      idAccessor="id"
      records={records}
      columns={columns}
      noRecordsText={COMMITTEE_TEXT.noRows}
      totalRecords={view.rows.length}
      recordsPerPage={PAGE_SIZE}
      page={effectivePage}
      onPageChange={setPage}
      paginationText={({ from, to, totalRecords }) => `${formatCount(from)}–${formatCount(to)} / 총 ${formatCount(totalRecords)}건`}
      scrollAreaProps={SCROLL_AREA_PROPS}
      customRowAttributes={(r) => ({ 'data-row-id': r.id, 'data-rank': r.rank ?? '', 'data-status': r.status })}
    />
  )
}
