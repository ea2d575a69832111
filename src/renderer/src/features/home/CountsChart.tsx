import { Skeleton, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { lazy, Suspense, useState } from 'react'
import { HOME_CHART_TEXT } from '../../../../shared/domain/homeChartLabels'
import { formatCount } from '../../lib/format'
import type { ChartRow, ChartSeries } from './chartData'

const CountsBarChart = lazy(() => import('./CountsBarChart'))
const CHART_HEIGHT = 200

/**
 * One of the home dashboard's charts, with its numbers as a table a screen reader (or anyone who wants the
 * figures) reads instead: the same rows and series either way, chosen with 차트 / 표.
 */
export function CountsChart({ title, rows, series, stacked, testId }: { title: string; rows: ChartRow[]; series: ChartSeries[]; stacked: boolean; testId: string }) {
  const [shown, setShown] = useState<'chart' | 'table'>('chart')
  const data = rows.map((row) => ({ label: row.label, ...Object.fromEntries(series.map((s) => [s.label, row.values[s.key] ?? 0])) }))
  return (
    <Stack gap={6} data-testid={testId} data-shown={shown}>
      <SegmentedControl
        size="xs"
        w={140}
        value={shown}
        onChange={(value) => setShown(value === 'table' ? 'table' : 'chart')}
        aria-label={HOME_CHART_TEXT.toggle(title)}
        data={[
          { value: 'chart', label: HOME_CHART_TEXT.chart },
          { value: 'table', label: HOME_CHART_TEXT.table }
        ]}
      />
      {shown === 'chart' ? (
        <figure style={{ margin: 0 }} aria-label={HOME_CHART_TEXT.figure(title)}>
          <Suspense fallback={<Skeleton h={CHART_HEIGHT} />}>
            <CountsBarChart data={data} series={series} stacked={stacked} height={CHART_HEIGHT} />
          </Suspense>
        </figure>
      ) : (
        <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={4} data-testid={`${testId}-table`}>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{HOME_CHART_TEXT.rowHeader}</Table.Th>
              {series.map((s) => (
                <Table.Th key={s.key} scope="col" ta="right">
                  {s.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th scope="row" fw={500}>
                  {row.label}
                </Table.Th>
                {series.map((s) => (
                  <Table.Td key={s.key} ta="right" data-series={s.key}>
                    {formatCount(row.values[s.key] ?? 0)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {HOME_CHART_TEXT.empty}
        </Text>
      )}
    </Stack>
  )
}
