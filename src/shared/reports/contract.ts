import { z } from 'zod'
import { Empty, IdText, Ok, type ContractPart } from '../ipc/contractParts'
import { BatchExportRequest, BatchName, ExportJobView, ExportRequest, ExportStarted, ReportDescriptor, SavedBatch, SavedBatchView } from './model'

const JobRef = z.object({ jobId: IdText })

/**
 * 보고서: the catalog, one export or a batch, the job's progress, cancel, and the saved batches. Every
 * signed-in staff member may call them; the handlers offer and run only the reports of the caller's
 * roles, and an unmasked export only for a manager.
 */
export const reportsContract = {
  /** The reports the caller may export, grouped by domain in registry order. */
  'reports:catalog': { input: Empty, output: z.array(ReportDescriptor), access: 'signedIn' },
  /** Opens the system save dialog, then writes in the background; `job: null` when the dialog was cancelled. */
  'reports:export': { input: ExportRequest, output: ExportStarted, access: 'signedIn' },
  /** Opens the folder dialog, then writes one file per report and `manifest.json`. */
  'reports:exportBatch': { input: BatchExportRequest, output: ExportStarted, access: 'signedIn' },
  'reports:job': { input: JobRef, output: ExportJobView, access: 'signedIn' },
  /** Stops a running job; what it had begun writing is removed (finished files of a batch stay, listed in the manifest). */
  'reports:cancel': { input: JobRef, output: ExportJobView, access: 'signedIn' },
  /** Shows the job's file (or folder) in Explorer. */
  'reports:openFolder': { input: JobRef, output: Ok, access: 'signedIn' },
  'reports:batches': { input: Empty, output: z.array(SavedBatchView), access: 'signedIn' },
  'reports:saveBatch': { input: SavedBatch, output: z.array(SavedBatchView), access: 'signedIn' },
  'reports:deleteBatch': { input: z.object({ name: BatchName }), output: z.array(SavedBatchView), access: 'signedIn' }
} as const satisfies ContractPart
