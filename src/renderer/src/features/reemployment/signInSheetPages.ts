/** One printed page of the 출석부: its rows and where it sits in the whole sheet. */
export interface SheetPage<Row> {
  /** 1-based. */
  number: number
  rows: Row[]
}

/**
 * Splits the 출석부 into pages of `rowsPerPage` rows (main says how many fit on A4 with the header),
 * so every page break falls between two rows, never inside one. An empty sheet is still one page:
 * the header and the empty table are printed.
 */
export function paginateSheet<Row>(rows: readonly Row[], rowsPerPage: number): SheetPage<Row>[] {
  const size = Math.max(1, Math.floor(rowsPerPage))
  if (rows.length === 0) return [{ number: 1, rows: [] }]
  const pages: SheetPage<Row>[] = []
  for (let start = 0; start < rows.length; start += size) {
    pages.push({ number: pages.length + 1, rows: rows.slice(start, start + size) })
  }
  return pages
}
