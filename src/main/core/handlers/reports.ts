import type { Handlers } from '../dispatch'
import type { CoreContext } from '../context'
import { registeredReports } from '../../domains/registry'
import { createExportService } from '../../reports/exportService'
import { writeReport } from '../../reports/write'

type ReportChannel = Extract<keyof Handlers, `reports:${string}`>

/** 보고서: the catalog, exports, jobs and saved batches (src/main/reports/), over every domain's reports. */
export function reportHandlers(ctx: CoreContext): Pick<Handlers, ReportChannel> {
  // One service per core: its jobs live as long as the core does.
  const service = createExportService({ ctx, reports: registeredReports(), write: writeReport })
  return {
    'reports:catalog': () => service.catalog(),
    'reports:export': (request) => service.exportReport(request),
    'reports:exportBatch': (request) => service.exportBatch(request),
    'reports:job': ({ jobId }) => service.job(jobId),
    'reports:cancel': ({ jobId }) => service.cancel(jobId),
    'reports:openFolder': ({ jobId }) => {
      service.openFolder(jobId)
      return { ok: true as const }
    },
    'reports:batches': () => service.batches(),
    'reports:saveBatch': (batch) => service.saveBatch(batch),
    'reports:deleteBatch': ({ name }) => service.deleteBatch(name)
  }
}
