import { z } from 'zod'
import { Role } from '../portal'

/**
 * Reports (보고서): what a report is, as the catalog, the export dialog, the CLI and the writers see it.
 * The domains declare their reports (src/shared/domains/<name>/reports.ts: descriptors and parameter
 * schemas; src/main/domains/<name>/reports.ts: the rows); nothing here names a domain or a report.
 */

export const ReportFormat = z.enum(['xlsx', 'csv'])
export type ReportFormat = z.infer<typeof ReportFormat>

/** The unit money columns are shown in; the cells hold the rounded value in that unit. */
export const MoneyUnit = z.enum(['won', 'thousand', 'million', 'hundredMillion'])
export type MoneyUnit = z.infer<typeof MoneyUnit>

export const MONEY_UNITS: Record<MoneyUnit, { label: string; divisor: number }> = {
  won: { label: '원', divisor: 1 },
  thousand: { label: '천원', divisor: 1_000 },
  million: { label: '백만원', divisor: 1_000_000 },
  hundredMillion: { label: '억원', divisor: 100_000_000 }
}

/**
 * How a column's values are written. Values in a row are plain data: text, numbers, `YYYY-MM-DD` for
 * `date`, an ISO instant for `datetime` and `time` (shown in Asia/Seoul), money in 원.
 * `code`: digits that must stay text (사업자등록번호, 자치구 code); `percent`: a ratio 0..1.
 */
export const ColumnKind = z.enum(['text', 'code', 'integer', 'number', 'money', 'percent', 'date', 'datetime', 'time'])
export type ColumnKind = z.infer<typeof ColumnKind>

export const ReportColumn = z.object({
  key: z.string().min(1).max(60),
  label: z.string().min(1).max(60),
  kind: ColumnKind,
  /**
   * A column naming a person (이름, 연락처…). 'required': the report is about people (a roster) and
   * carries it masked — in full only when a manager unmasks; 'optional': left out of the file unless
   * a manager unmasks.
   */
  personal: z.enum(['required', 'optional']).optional()
})
export type ReportColumn = z.infer<typeof ReportColumn>

/** Which inputs a report asks for besides format, unit and reason; the dialog and the CLI offer them. */
export const ReportParamKind = z.enum([
  /** A list's filter and columns (the screen's current state, or a saved view by name: `--view`, `--filter k=v`). */
  'listView',
  /** One 재취업 session (`--session ID`). */
  'session',
  /** A month range, `from` and `to` as YYYY-MM (`--filter from=2026-01`). */
  'months',
  /** A 강소기업 round and stage (`--filter round=… stage=…`). */
  'smeRound'
])
export type ReportParamKind = z.infer<typeof ReportParamKind>

export const ReportDescriptor = z.object({
  /** `<domain>.<name>`, e.g. `reemployment.roster`: the CLI's REPORT argument. */
  id: z.string().regex(/^[a-z-]+\.[a-z-]+$/),
  /** The domain's Korean name, as the catalog groups reports (매력일자리, 강소기업, 재취업). */
  group: z.string().min(1),
  title: z.string().min(1).max(60),
  /** One Korean line: what the report is for. */
  description: z.string().min(1).max(200),
  /** The data sheets' columns as 요약 and the catalog list them (a sheet may carry fewer). */
  columns: z.array(ReportColumn),
  params: z.array(ReportParamKind),
  /** Who may export it (manager always): the roles of the domain's screens. */
  roles: z.array(Role),
  /** Whether a money unit applies. */
  hasMoney: z.boolean(),
  /** Wide tables print landscape. */
  wide: z.boolean()
})
export type ReportDescriptor = z.infer<typeof ReportDescriptor>

/** The dialog's and the CLI's inputs for a report; the report's own schema (main) reads what it needs. */
export const ReportParams = z
  .object({
    /** A list's filter as the screen holds it (the domain's list filter schema checks it), or the CLI's `--filter k=v`. */
    filter: z.record(z.string().max(60), z.unknown()).optional(),
    /** The list's order (the domain's sort schema checks the column). */
    sort: z.object({ column: z.string().max(60), direction: z.enum(['asc', 'desc']) }).optional(),
    /** The list's visible columns, in order (the screen's column picker), by key. */
    columns: z.array(z.string().max(60)).max(60).optional(),
    /** A saved view's name (`--view`). */
    view: z.string().min(1).max(100).optional(),
    /** A 재취업 session id (`--session`). */
    session: z.string().min(1).max(100).optional()
  })
  .strict()
export type ReportParams = z.infer<typeof ReportParams>

export const ExportReason = z.string().trim().min(5, '내보내는 이유를 5자 이상 입력하세요.').max(200, '이유는 200자까지 입력할 수 있습니다.')

/** What every export shares, single or batch. */
export const ExportOptions = z.object({
  format: ReportFormat.default('xlsx'),
  moneyUnit: MoneyUnit.default('won'),
  reason: ExportReason,
  /** 결재란 (담당 · 팀장 · 과장) on the 요약 sheet. */
  approvalBox: z.boolean().default(false),
  /** Personal columns in full, fetched per record from the portal (a manager, online, with the reason). */
  unmasked: z.boolean().default(false)
})
export type ExportOptions = z.input<typeof ExportOptions>

export const ExportRequest = ExportOptions.extend({
  reportId: ReportDescriptor.shape.id,
  params: ReportParams.default({})
})
export type ExportRequest = z.input<typeof ExportRequest>

export const BatchName = z.string().trim().min(1, '묶음 이름을 입력하세요.').max(40, '묶음 이름은 40자까지 입력할 수 있습니다.')

/** A named batch of reports a staff member saved (e.g. "주간 보고 묶음"). */
export const SavedBatch = z.object({
  name: BatchName,
  reportIds: z.array(ReportDescriptor.shape.id).min(1, '보고서를 하나 이상 고르세요.').max(20),
  /** Parameters for all of them (a session for the 재취업 reports…). */
  params: ReportParams.default({})
})
export type SavedBatch = z.infer<typeof SavedBatch>

/** A batch as the screen lists it: the built-in suggestion cannot be deleted (it is not stored). */
export const SavedBatchView = SavedBatch.extend({ builtIn: z.boolean() })
export type SavedBatchView = z.infer<typeof SavedBatchView>

/** The filter keys that belong to a parameter kind other than a list's (a batch hands each report only its own). */
const FILTER_KEYS_OF_KIND: Partial<Record<ReportParamKind, readonly string[]>> = {
  months: ['from', 'to', 'month'],
  smeRound: ['round', 'stage']
}

/**
 * What of a batch's common parameters one report reads, by the kinds it declares: a 재취업 month range
 * is not a 매력일자리 list condition (whose report refuses a key it does not know, as a typo on the CLI
 * should be refused). A single export passes its parameters as given.
 */
export function paramsForReport(descriptor: Pick<ReportDescriptor, 'params'>, params: ReportParams): ReportParams {
  const asks = new Set(descriptor.params)
  const kindOf = (key: string): ReportParamKind =>
    (Object.entries(FILTER_KEYS_OF_KIND).find(([, keys]) => keys.includes(key))?.[0] as ReportParamKind | undefined) ?? 'listView'
  const filter = Object.fromEntries(Object.entries(params.filter ?? {}).filter(([key]) => asks.has(kindOf(key))))
  const list = asks.has('listView')
  return {
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
    ...(list && params.sort ? { sort: params.sort } : {}),
    ...(list && params.columns ? { columns: params.columns } : {}),
    ...(list && params.view ? { view: params.view } : {}),
    ...(asks.has('session') && params.session ? { session: params.session } : {})
  }
}

export const BatchExportRequest = ExportOptions.extend({
  /** A saved batch by name, or the reports picked in the dialog. */
  batchName: BatchName.optional(),
  reportIds: z.array(ReportDescriptor.shape.id).max(20).optional(),
  params: ReportParams.default({})
}).refine((request) => (request.batchName ? 1 : 0) + (request.reportIds?.length ? 1 : 0) === 1, {
  message: '저장된 묶음이나 보고서 목록 중 하나를 주세요.',
  path: ['reportIds']
})
export type BatchExportRequest = z.input<typeof BatchExportRequest>

export const ExportState = z.enum(['running', 'done', 'cancelled', 'failed'])
export type ExportState = z.infer<typeof ExportState>

export const ExportFileView = z.object({
  reportId: z.string(),
  title: z.string(),
  /** The file's name in its folder (no folder: the job's `folder`). */
  fileName: z.string(),
  state: z.union([ExportState, z.literal('waiting')]),
  rowsWritten: z.number().int(),
  /** Known before writing when the report can count cheaply; null otherwise. */
  totalRows: z.number().int().nullable(),
  /** SHA-256 of the written file (hex), once done. */
  sha256: z.string().nullable(),
  /** Why this file failed, one Korean sentence. */
  error: z.string().nullable()
})
export type ExportFileView = z.infer<typeof ExportFileView>

export const ExportJobView = z.object({
  jobId: z.string(),
  kind: z.enum(['single', 'batch']),
  state: ExportState,
  folder: z.string(),
  files: z.array(ExportFileView),
  /** The file holds personal data (names, even masked): the screen reminds the user to handle it so. */
  personal: z.boolean(),
  startedAt: z.string(),
  finishedAt: z.string().nullable()
})
export type ExportJobView = z.infer<typeof ExportJobView>

/** The answer to an export request: no job when the save dialog was cancelled. */
export const ExportStarted = z.object({ job: ExportJobView.nullable() })
export type ExportStarted = z.infer<typeof ExportStarted>

/** The batch manifest written beside the files (`manifest.json`). */
export const BatchManifest = z.object({
  generatedAt: z.string(),
  /** The data's as-of time: the last sync of the reports' collections, and the portal. */
  asOf: z.string().nullable(),
  portal: z.string().nullable(),
  staff: z.object({ id: z.string(), name: z.string(), department: z.string() }),
  reason: z.string(),
  format: ReportFormat,
  unmasked: z.boolean(),
  files: z.array(
    z.object({
      reportId: z.string(),
      title: z.string(),
      file: z.string().nullable(),
      rows: z.number().int(),
      sha256: z.string().nullable(),
      error: z.string().nullable()
    })
  )
})
export type BatchManifest = z.infer<typeof BatchManifest>
