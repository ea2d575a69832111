import { basename, dirname } from 'node:path'
import type { z } from 'zod'
import type { Staff } from '../../shared/portal'
import type {
  BatchExportRequest,
  ExportJobView,
  ExportRequest,
  ExportStarted,
  ReportDescriptor,
  SavedBatch,
  SavedBatchView
} from '../../shared/reports/model'
import type { CoreContext } from '../core/context'
import { AppError } from '../core/errors'
import { batchManifest, writeBatchFiles, writeManifest, type BatchItem } from './batch'
import { allowedReport, catalogFor, unknownReport } from './catalog'
import { defaultFileName, fileFilters, uniqueFileNames } from './files'
import { finishJob, JobStore, newJobView, snapshot, waitingFile, type ExportJob } from './jobs'
import { checkUnmaskAllowed, prepareReport } from './prepare'
import { deleteBatch, findBatch, listBatches, saveBatch } from './savedBatches'
import { reportTitle } from './summary'
import type { ReportSpec } from './types'
import { failureSentence, writeReportFile, type ExportRun } from './writeFile'
import type { WriteReport } from './write/types'

export interface ExportServiceOptions {
  ctx: CoreContext
  /** The reports it offers, in catalog order (the registry's; a test's own). */
  reports: readonly ReportSpec[]
  /** The file writer (ExcelJS / CSV; a test may bring its own). */
  write: WriteReport
}

type ExportInput = z.output<typeof ExportRequest>
type BatchInput = z.output<typeof BatchExportRequest>

/** The export service behind the `reports:*` channels. */
export interface ExportService {
  catalog(): ReportDescriptor[]
  /** Builds the report, asks where to save it, and writes it in the background; `job: null` when the dialog was cancelled. */
  exportReport(request: ExportInput): Promise<ExportStarted>
  exportBatch(request: BatchInput): Promise<ExportStarted>
  job(jobId: string): ExportJobView
  /** Stops the job and resolves once what it had begun writing is removed. */
  cancel(jobId: string): Promise<ExportJobView>
  openFolder(jobId: string): void
  /** Resolves with the job's view once it has ended (tests; the app polls `job`). */
  settled(jobId: string): Promise<ExportJobView>
  batches(): SavedBatchView[]
  saveBatch(batch: SavedBatch): SavedBatchView[]
  deleteBatch(name: string): SavedBatchView[]
}

function failUnknown(id: string): never {
  throw unknownReport(id)
}

const BATCH_FOLDER_TITLE = '보고서 묶음을 저장할 폴더를 고르세요'

export function createExportService({ ctx, reports, write }: ExportServiceOptions): ExportService {
  const jobs = new JobStore()
  const staff = () => ctx.session.requireStaff()

  function runOf(request: ExportInput | BatchInput, who: Staff, signal: AbortSignal): ExportRun {
    return {
      ctx,
      write,
      staff: who,
      format: request.format,
      moneyUnit: request.moneyUnit,
      reason: request.reason,
      unmasked: request.unmasked,
      approvalBox: request.approvalBox,
      signal
    }
  }

  /** Starts `work` in the background; the job ends when it returns (a throw there fails the job with its reason). */
  function start(view: ExportJobView, who: Staff, shownPath: string, controller: AbortController, work: () => Promise<ExportJobView['state']>): ExportJob {
    const job: ExportJob = { view, staffId: who.id, controller, shownPath, finished: Promise.resolve() }
    job.finished = work().then(
      (state) => finishJob(view, state, ctx.now().toISOString()),
      (error: unknown) => {
        const running = view.files.find((file) => file.state === 'running' || file.state === 'waiting')
        if (running) {
          running.state = 'failed'
          running.error = failureSentence({ ctx }, error, 'export job')
        }
        finishJob(view, controller.signal.aborted ? 'cancelled' : 'failed', ctx.now().toISOString())
      }
    )
    jobs.add(job)
    return job
  }

  return {
    catalog: () => catalogFor(reports, staff().roles),

    async exportReport(request) {
      const who = staff()
      const spec = allowedReport(reports, request.reportId, who)
      if (request.unmasked) checkUnmaskAllowed(ctx, who)
      const prepared = await prepareReport(ctx, spec, request.params, request.unmasked)
      const chosen = await ctx.dialogs.chooseSaveFile({
        title: `${reportTitle(spec.descriptor)} 저장`,
        defaultName: defaultFileName(spec.descriptor, request.format, ctx.now()),
        filters: fileFilters(request.format)
      })
      if (!chosen) return { job: null }
      const file = waitingFile(spec.descriptor.id, spec.descriptor.title, basename(chosen))
      const view = newJobView('single', dirname(chosen), [file], prepared.personal, ctx.now().toISOString())
      const controller = new AbortController()
      const run = runOf(request, who, controller.signal)
      start(view, who, chosen, controller, () => writeReportFile(run, prepared, file, chosen))
      return { job: snapshot(view) }
    },

    async exportBatch(request) {
      const who = staff()
      const batch = request.batchName ? findBatch(ctx.db, reports, who, request.batchName) : null
      const ids = batch?.reportIds ?? request.reportIds ?? []
      // A report the roles do not cover is refused in its own line of the batch; the others are still written.
      const specs = ids.map((id) => reports.find((spec) => spec.descriptor.id === id) ?? failUnknown(id))
      if (specs.length === 0) throw new AppError('validation_failed', '묶음에 보고서가 없습니다. 보고서를 하나 이상 고르세요.')
      if (request.unmasked) checkUnmaskAllowed(ctx, who)
      const folder = await ctx.dialogs.chooseFolder({ title: BATCH_FOLDER_TITLE })
      if (!folder) return { job: null }
      const names = uniqueFileNames(specs.map((spec) => defaultFileName(spec.descriptor, request.format, ctx.now())))
      const items: BatchItem[] = specs.map((spec, i) => ({ spec, file: waitingFile(spec.descriptor.id, spec.descriptor.title, names[i]!) }))
      const personal = specs.some((spec) => spec.descriptor.columns.some((column) => column.personal === 'required' || (request.unmasked && column.personal)))
      const view = newJobView(
        'batch',
        folder,
        items.map((item) => item.file),
        personal,
        ctx.now().toISOString()
      )
      const controller = new AbortController()
      const run = runOf(request, who, controller.signal)
      const params = { ...batch?.params, ...request.params }
      start(view, who, folder, controller, async () => {
        const collections = await writeBatchFiles(run, items, folder, params)
        // Written for what was finished, cancelled or not: the folder says what it holds.
        await writeManifest(folder, batchManifest(run, items, collections))
        if (controller.signal.aborted) return 'cancelled'
        return items.some((item) => item.file.state === 'done') ? 'done' : 'failed'
      })
      return { job: snapshot(view) }
    },

    job: (jobId) => snapshot(jobs.get(jobId, staff().id).view),

    async cancel(jobId) {
      const job = jobs.get(jobId, staff().id)
      if (job.view.state === 'running') job.controller.abort()
      await job.finished
      return snapshot(job.view)
    },

    openFolder(jobId) {
      const job = jobs.get(jobId, staff().id)
      // A single file not written (cancelled, failed): its folder instead.
      const unwritten = job.view.kind === 'single' && job.view.files[0]?.state !== 'done'
      ctx.dialogs.showInFolder(unwritten ? dirname(job.shownPath) : job.shownPath)
    },

    async settled(jobId) {
      const job = jobs.get(jobId, staff().id)
      await job.finished
      return snapshot(job.view)
    },

    batches: () => listBatches(ctx.db, reports, staff()),
    saveBatch: (batch) => saveBatch(ctx.db, reports, staff(), batch),
    deleteBatch: (name) => deleteBatch(ctx.db, reports, staff(), name)
  }
}
