import { randomUUID } from 'node:crypto'
import type { ExportFileView, ExportJobView, ExportState } from '../../shared/reports/model'
import { AppError } from '../core/errors'

/** How many jobs a core remembers: the running ones always, and the newest finished ones up to this. */
export const KEPT_JOBS = 20

/** One export in the background: its view (updated as it runs), how to stop it, and when it ends. */
export interface ExportJob {
  view: ExportJobView
  /** Who started it: another staff member signed in later does not see it. */
  staffId: string
  controller: AbortController
  /** What 폴더 열기 shows once the job ended: the file of a single export, the folder of a batch. */
  shownPath: string
  /** Resolves when the job has ended and nothing of it is left half-written. */
  finished: Promise<void>
}

export function waitingFile(reportId: string, title: string, fileName: string): ExportFileView {
  return { reportId, title, fileName, state: 'waiting', rowsWritten: 0, totalRows: null, sha256: null, error: null }
}

export function newJobView(kind: ExportJobView['kind'], folder: string, files: ExportFileView[], personal: boolean, startedAt: string): ExportJobView {
  return { jobId: randomUUID(), kind, state: 'running', folder, files, personal, startedAt, finishedAt: null }
}

export function finishJob(view: ExportJobView, state: ExportState, at: string): void {
  view.state = state
  view.finishedAt = at
}

/** The jobs of one core's life, in memory: a restart forgets them (the files and the audit trail stay). */
export class JobStore {
  private readonly jobs = new Map<string, ExportJob>()

  add(job: ExportJob): void {
    this.jobs.set(job.view.jobId, job)
    const finished = [...this.jobs.values()].filter((candidate) => candidate.view.state !== 'running')
    for (const old of finished.slice(0, Math.max(0, this.jobs.size - KEPT_JOBS))) this.jobs.delete(old.view.jobId)
  }

  get(jobId: string, staffId: string): ExportJob {
    const job = this.jobs.get(jobId)
    if (!job || job.staffId !== staffId) {
      throw new AppError('not_found', '내보내기 작업을 찾을 수 없습니다. 앱을 다시 시작했다면 보고서를 다시 내보내세요.')
    }
    return job
  }
}

/** A copy of the view as it is now (the job keeps changing its own). */
export function snapshot(view: ExportJobView): ExportJobView {
  return structuredClone(view)
}
