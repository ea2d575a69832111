import type { MoneyUnit, ReportFormat } from '../../../shared/reports/model'
import type { ReportSheet } from '../types'

/** The first sheet of an .xlsx (요약): what the file is, as of when, by whom, why, and how it was filtered. */
export interface SummaryContent {
  title: string
  /** "2026. 12. 3. 기준" and where from, e.g. "마지막 동기화 2026. 12. 3. 09:12 · https://…" */
  asOf: string
  /** Label → value lines in order: 작성부서 · 작성자, 자료 출처, 내보낸 이유, 행 수, 조건, 금액 단위, 개인정보… */
  entries: readonly { label: string; value: string }[]
  /** Free lines under the entries (definitions, the rounding rule). */
  notes: readonly string[]
  /** 결재란: 담당 · 팀장 · 과장 boxes to sign on paper. */
  approvalBox: boolean
}

/** What the writers take: the 요약 and the data sheets, already without the columns this export may not carry. */
export interface ReportDocument {
  summary: SummaryContent
  sheets: readonly ReportSheet[]
  moneyUnit: MoneyUnit
  /** Landscape print setup. */
  wide: boolean
  /** Personal columns hold full values (요약 says so; the writer changes nothing else). */
  unmasked: boolean
}

export interface WriteOptions {
  format: ReportFormat
  /** Rows written so far across the data sheets, called every few hundred rows and at the end. */
  onProgress?(rowsWritten: number): void
  /** When aborted, the writer stops between rows and rejects with an AbortError; the caller removes the file. */
  signal?: AbortSignal
  /** Reason passed to unmask(row, reason) when the document is unmasked. */
  reason: string
}

export interface WriteResult {
  /** Data rows written (all sheets, 요약 not counted). */
  rows: number
  /** Per data sheet, in order. */
  sheetRows: number[]
}

/** Writes `document` to `path` (the caller's temporary name) in the format asked. */
export type WriteReport = (path: string, document: ReportDocument, options: WriteOptions) => Promise<WriteResult>
