import { basename } from 'node:path'
import type { Staff } from '../../shared/portal'
import type { ExportFileView, MoneyUnit, ReportFormat } from '../../shared/reports/model'
import type { CoreContext } from '../core/context'
import { explainFailure } from '../core/failures'
import { appendAudit } from '../db/repositories/auditLog'
import { fileFailureMessage, moveIntoPlace, removeQuietly, sha256OfFile, temporaryPathFor } from './files'
import { countRows, type PreparedReport } from './prepare'
import { buildSummary, dataAsOf } from './summary'
import type { WriteReport } from './write/types'

/** What every file of one export shares. */
export interface ExportRun {
  ctx: CoreContext
  write: WriteReport
  staff: Staff
  format: ReportFormat
  moneyUnit: MoneyUnit
  reason: string
  unmasked: boolean
  approvalBox: boolean
  signal: AbortSignal
}

export type FileOutcome = 'done' | 'cancelled' | 'failed'

export const CANCELLED_MESSAGE = '내보내기를 취소했습니다.'

/** Why a file could not be written, as one Korean sentence (the technical part goes to the log). */
export function failureSentence(run: Pick<ExportRun, 'ctx'>, error: unknown, what: string): string {
  const fileProblem = fileFailureMessage(error)
  if (fileProblem) return fileProblem
  const { message, detail, unexpected } = explainFailure(error)
  if (unexpected) run.ctx.log('error', `export of ${what} failed`, error)
  else if (detail) run.ctx.log('warn', `export of ${what}: ${message} (${detail})`)
  return message
}

/**
 * The 접속기록's entry of one file (안전성 확보조치 기준 §8: 다운로드): which report, how many rows, the
 * file's name without its folder, whether masked, and how it ended, with the reason given.
 */
export function auditExport(run: ExportRun, file: Pick<ExportFileView, 'reportId' | 'fileName' | 'rowsWritten'>, outcome: FileOutcome): void {
  const at = run.ctx.now().toISOString()
  appendAudit(run.ctx.db, {
    at,
    actorId: run.staff.id,
    action: 'export',
    reason: run.reason,
    detail: { reportId: file.reportId, format: run.format, rows: file.rowsWritten, fileName: file.fileName, unmasked: run.unmasked, outcome },
    deviceTime: at
  })
}

/**
 * Writes one prepared report to `finalPath`: under a temporary name in the same folder, hashed, then
 * renamed onto the path — an existing file there is replaced only by a whole new one. Cancelled or
 * failed, the temporary file is removed and the target left as it was. `file` follows along (the
 * job's view); the outcome is audited either way.
 */
export async function writeReportFile(run: ExportRun, prepared: PreparedReport, file: ExportFileView, finalPath: string): Promise<FileOutcome> {
  const temporaryPath = temporaryPathFor(finalPath)
  file.state = 'running'
  file.fileName = basename(finalPath)
  let outcome: FileOutcome
  try {
    const counts = await countRows(prepared.sheets, run.signal)
    file.totalRows = counts.reduce((sum, n) => sum + n, 0)
    const { descriptor } = prepared.spec
    const summary = buildSummary({
      descriptor,
      content: prepared.content,
      sheetRows: prepared.sheets.map((sheet, i) => ({ name: sheet.name, rows: counts[i] ?? 0 })),
      droppedColumns: prepared.droppedColumns,
      staff: run.staff,
      reason: run.reason,
      moneyUnit: run.moneyUnit,
      unmasked: run.unmasked,
      approvalBox: run.approvalBox,
      asOf: dataAsOf(run.ctx.db, prepared.content.collections, run.ctx.session.current().portalUrl),
      now: run.ctx.now()
    })
    const result = await run.write(
      temporaryPath,
      { summary, sheets: prepared.sheets, moneyUnit: run.moneyUnit, wide: descriptor.wide, unmasked: run.unmasked },
      {
        format: run.format,
        reason: run.reason,
        signal: run.signal,
        onProgress: (rows) => {
          file.rowsWritten = rows
        }
      }
    )
    run.signal.throwIfAborted()
    const sha256 = await sha256OfFile(temporaryPath)
    run.signal.throwIfAborted()
    await moveIntoPlace(temporaryPath, finalPath)
    file.rowsWritten = result.rows
    file.sha256 = sha256
    outcome = 'done'
  } catch (error) {
    await removeQuietly(temporaryPath).catch((removeError: unknown) => run.ctx.log('warn', `could not remove ${temporaryPath}: ${String(removeError)}`))
    outcome = run.signal.aborted ? 'cancelled' : 'failed'
    file.error = outcome === 'cancelled' ? CANCELLED_MESSAGE : failureSentence(run, error, prepared.spec.descriptor.id)
  }
  file.state = outcome
  auditExport(run, file, outcome)
  return outcome
}
