import type { z } from 'zod'
import type { ReportColumn, ReportDescriptor } from '../../shared/reports/model'
import type { CoreContext } from '../core/context'

/**
 * A report as a domain declares it (src/main/domains/<name>/reports.ts): its descriptor (shared, so the
 * catalog and the CLI list it), the schema of the parameters it reads, and how it builds its sheets.
 * The export service (src/main/reports/) writes every report the same way and never names one.
 */
export interface ReportSpec<P = unknown> {
  descriptor: ReportDescriptor
  /** Reads the generic ReportParams (filter, columns, view, session) into what this report needs. */
  params: z.ZodType<P>
  /** Throws AppError with a Korean message when the parameters name nothing (no such session, no such view). */
  build(ctx: CoreContext, params: P): ReportContent | Promise<ReportContent>
}

/** A cell's value as a report produces it: see ColumnKind for what each kind expects. */
export type CellValue = string | number | boolean | null

export type ReportRow = Readonly<Record<string, CellValue>>

export interface ReportContent {
  /** The filters and choices used, in the order 요약 lists them (label → value, in Korean). */
  filters: readonly { label: string; value: string }[]
  /** The collections the rows come from: 요약's as-of time is their last sync. */
  collections: readonly string[]
  sheets: readonly ReportSheet[]
  /** Lines for 요약 under the title, e.g. how a mean was computed (the ranking's definitions). */
  notes?: readonly string[]
}

export interface ReportSheet {
  /** In Korean, at most 31 characters, without \ / ? * [ ] : (Excel's rules; the writer checks). */
  name: string
  /** Column order in the file. Personal columns are dropped by the service unless the export may carry them. */
  columns: readonly ReportColumn[]
  /**
   * The rows, read when the writer reaches this sheet. Long ones are read a chunk at a time
   * (db/rowsInOrder), so a million rows are never in memory at once — and never through a statement
   * left open between rows: the writer yields to the event loop there, and better-sqlite3 refuses the
   * app's other statements on the connection while one is being iterated.
   */
  rows(): Iterable<ReportRow> | AsyncIterable<ReportRow>
  /** For the progress bar when cheap to know. */
  count?: number
  /**
   * For an unmasked export: the row with its personal columns in full, fetched from the portal
   * through the contact look-up (which audits each one with the reason).
   */
  unmask?(row: ReportRow, reason: string): Promise<ReportRow>
}
