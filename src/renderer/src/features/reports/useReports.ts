import { useEffect, useRef } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '../../api'
import type { ChannelInput } from '../../../../shared/ipc/contract'
import { REPORTS_TEXT as T } from '../../../../shared/reports/labels'
import type { ExportJobView, ExportStarted, SavedBatch } from '../../../../shared/reports/model'
import { notify } from '../../lib/notify'
import { useMayCall } from '../auth/useAccess'
import { useSession } from '../auth/useSession'
import { announceBatch, announceSingle } from './exportNotice'
import { reportKeys } from './queryKeys'

/** How often a running job is asked for its progress (main's memory only: cheap). */
export const JOB_POLL_MS = 400

/** The reports the signed-in staff member may export, grouped by domain in main's order. */
export function useReportCatalog() {
  const allowed = useMayCall('reports:catalog')
  return useQuery({ queryKey: reportKeys.catalog, queryFn: () => call('reports:catalog', {}), enabled: allowed, staleTime: 5 * 60_000 })
}

/** One report's descriptor, by id (undefined while the catalog loads, or when the caller may not export it). */
export function useReportDescriptor(reportId: string) {
  const catalog = useReportCatalog()
  return catalog.data?.find((d) => d.id === reportId)
}

export function useSavedBatches() {
  const allowed = useMayCall('reports:batches')
  return useQuery({ queryKey: reportKeys.batches, queryFn: () => call('reports:batches', {}), enabled: allowed })
}

export function useSaveBatch() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (batch: SavedBatch) => call('reports:saveBatch', batch),
    onSuccess: (batches, batch) => {
      client.setQueryData(reportKeys.batches, batches)
      notify.success({ topic: 'report-batches', title: T.savedBatchTitle, message: `「${batch.name}」` })
    },
    onError: (error) => notify.failure({ topic: 'report-batches', title: T.saveBatchFailed, error })
  })
}

export function useDeleteBatch() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (name: string) => call('reports:deleteBatch', { name }),
    onSuccess: (batches, name) => {
      client.setQueryData(reportKeys.batches, batches)
      notify.info({ topic: 'report-batches', title: T.deletedBatchTitle, message: `「${name}」` })
    },
    onError: (error) => notify.failure({ topic: 'report-batches', title: T.deleteBatchFailed, error })
  })
}

function useStarted() {
  const client = useQueryClient()
  return ({ job }: ExportStarted) => {
    if (job) client.setQueryData(reportKeys.job(job.jobId), job)
  }
}

/** Asks main to open the save dialog and write the file; `job: null` when the user cancelled the dialog. */
export function useStartExport() {
  const started = useStarted()
  return useMutation({ mutationFn: (request: ChannelInput<'reports:export'>) => call('reports:export', request), onSuccess: started })
}

/** Asks main to open the folder dialog and write one file per report and manifest.json. */
export function useStartBatchExport() {
  const started = useStarted()
  return useMutation({ mutationFn: (request: ChannelInput<'reports:exportBatch'>) => call('reports:exportBatch', request), onSuccess: started })
}

/** A job's progress, asked again every JOB_POLL_MS while it runs; null id: no job yet. */
export function useExportJob(jobId: string | null) {
  return useQuery({
    queryKey: reportKeys.job(jobId ?? ''),
    queryFn: () => call('reports:job', { jobId: jobId ?? '' }),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.state === 'running' ? JOB_POLL_MS : false),
    // A job that has ended does not change again.
    staleTime: (query) => (query.state.data && query.state.data.state !== 'running' ? Infinity : 0)
  })
}

export function useCancelExport() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (jobId: string) => call('reports:cancel', { jobId }),
    onSuccess: (job) => client.setQueryData(reportKeys.job(job.jobId), job),
    onError: (error) => notify.failure({ topic: 'report-cancel', title: '취소하지 못했습니다', error })
  })
}

/**
 * 폴더 열기: shows the job's file in Explorer. A plain function rather than a mutation, because the
 * notice that offers it outlives the dialog that started the export.
 */
export function openJobFolder(jobId: string): void {
  call('reports:openFolder', { jobId }).catch((error: unknown) => notify.failure({ topic: 'report-open-folder', title: T.openFolderFailed, error }))
}

/**
 * Calls `onEnd` once when the job leaves `running` (done, cancelled or failed), and tells the staff
 * member how it ended (the notice with 폴더 열기, or the reason it failed).
 */
export function useJobEnd(job: ExportJobView | undefined, onEnd?: (job: ExportJobView) => void): void {
  const ended = useRef<string | null>(null)
  const latest = useRef(onEnd)
  useEffect(() => {
    latest.current = onEnd
  }, [onEnd])
  useEffect(() => {
    if (!job || job.state === 'running' || ended.current === job.jobId) return
    ended.current = job.jobId
    const openFolder = () => openJobFolder(job.jobId)
    if (job.kind === 'batch') announceBatch(job, openFolder)
    else announceSingle(job, openFolder)
    latest.current?.(job)
  }, [job])
}

export interface UnmaskAllowance {
  /** Only a manager is offered the option. */
  offered: boolean
  /** Why it cannot be chosen now (offline: the full values come from the portal), or null. */
  disabledReason: string | null
}

/** Whether the signed-in staff member may export personal columns in full. */
export function useUnmaskAllowance(): UnmaskAllowance {
  const session = useSession().data
  const offered = session?.staff?.roles.includes('manager') ?? false
  return { offered, disabledReason: offered && !session?.online ? T.unmaskedOffline : null }
}
