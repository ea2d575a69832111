import { BarChart } from '@mantine/charts'
import { formatCount } from '../../lib/format'
import type { ChartSeries } from './chartData'

/**
 * The bars themselves — the one part of the app that needs recharts (and d3), so it is its own chunk
 * (CountsChart loads it lazily): the window's first paint does not parse a charting library.
 */
export default function CountsBarChart({ data, series, stacked, height }: { data: Record<string, string | number>[]; series: ChartSeries[]; stacked: boolean; height: number }) {
  return (
    <BarChart
      h={height}
      data={data}
      dataKey="label"
      type={stacked ? 'stacked' : 'default'}
      series={series.map((s) => ({ name: s.label, color: s.color }))}
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      tickLine="y"
      valueFormatter={formatCount}
    />
  )
}
