import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { paramsForReport, type BatchManifest, type ExportFileView, type ReportParams } from '../../shared/reports/model'
import { AppError } from '../core/errors'
import { moveIntoPlace, removeQuietly, temporaryPathFor } from './files'
import { forbiddenReport, mayExport } from './catalog'
import { prepareReport } from './prepare'
import { dataAsOf } from './summary'
import type { ReportSpec } from './types'
import { auditExport, CANCELLED_MESSAGE, failureSentence, writeReportFile, type ExportRun } from './writeFile'

export const MANIFEST_FILE_NAME = 'manifest.json'

/** One report of a batch: its spec and its line of the job's view (its file name already chosen). */
export interface BatchItem {
  spec: ReportSpec
  file: ExportFileView
}

/**
 * Writes the batch's reports into `folder` one after another. A report that cannot be built (no
 * session given, a refused role) or written is recorded with its reason and the next one goes on;
 * cancel stops the running file (removed) and marks the rest cancelled. Returns the collections the
 * built reports read, for the manifest's as-of time.
 */
export async function writeBatchFiles(run: ExportRun, items: readonly BatchItem[], folder: string, params: ReportParams): Promise<string[]> {
  const collections = new Set<string>()
  for (const { spec, file } of items) {
    if (run.signal.aborted) {
      file.state = 'cancelled'
      file.error = CANCELLED_MESSAGE
      continue
    }
    file.state = 'running'
    let prepared
    try {
      if (!mayExport(spec, run.staff.roles)) throw forbiddenReport(spec)
      prepared = await prepareReport(run.ctx, spec, paramsForReport(spec.descriptor, params), run.unmasked)
      run.signal.throwIfAborted()
    } catch (error) {
      const cancelled = run.signal.aborted
      file.state = cancelled ? 'cancelled' : 'failed'
      file.error = cancelled ? CANCELLED_MESSAGE : failureSentence(run, error, spec.descriptor.id)
      auditExport(run, file, cancelled ? 'cancelled' : 'failed')
      continue
    }
    for (const collection of prepared.content.collections) collections.add(collection)
    await writeReportFile(run, prepared, file, join(folder, file.fileName))
  }
  return [...collections]
}

/** The manifest of what a batch wrote: each file with its rows and SHA-256, or why it is missing. */
export function batchManifest(run: ExportRun, items: readonly BatchItem[], collections: readonly string[]): BatchManifest {
  const portal = run.ctx.session.current().portalUrl
  const asOf = collections.length > 0 ? dataAsOf(run.ctx.db, collections, portal).lastSyncAt : null
  return {
    generatedAt: run.ctx.now().toISOString(),
    asOf,
    portal,
    staff: { id: run.staff.id, name: run.staff.name, department: run.staff.department },
    reason: run.reason,
    format: run.format,
    unmasked: run.unmasked,
    files: items.map(({ file }) => {
      const done = file.state === 'done'
      return {
        reportId: file.reportId,
        title: file.title,
        file: done ? file.fileName : null,
        rows: done ? file.rowsWritten : 0,
        sha256: done ? file.sha256 : null,
        error: done ? null : (file.error ?? CANCELLED_MESSAGE)
      }
    })
  }
}

/** `manifest.json` as UTF-8 JSON with a 2-space indent, put in place whole like the reports. */
export async function writeManifest(folder: string, manifest: BatchManifest): Promise<string> {
  const finalPath = join(folder, MANIFEST_FILE_NAME)
  const temporaryPath = temporaryPathFor(finalPath)
  try {
    await writeFile(temporaryPath, `${JSON.stringify(manifest, null, 2)}\n`, 'utf8')
    await moveIntoPlace(temporaryPath, finalPath)
  } catch (error) {
    await removeQuietly(temporaryPath)
    if (error instanceof AppError) throw error
    throw new AppError('internal', `${MANIFEST_FILE_NAME} 파일을 쓰지 못했습니다. 폴더를 확인하고 다시 내보내세요.`, undefined, String(error))
  }
  return finalPath
}
