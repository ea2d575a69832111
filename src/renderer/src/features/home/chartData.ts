/** What a home chart shows: its series (the stacked or side-by-side bars) and its rows (the bar groups). */
export interface ChartSeries {
  key: string
  label: string
  /** A theme colour name (the theme keeps its text and fills at AA contrast). */
  color: string
}

export interface ChartRow {
  label: string
  values: Record<string, number>
}
