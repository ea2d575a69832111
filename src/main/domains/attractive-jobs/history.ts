import type { Db } from '../../db/types'
import { ATTRACTIVE_JOB_STATUS_LABELS } from '../../../shared/domains/attractive-jobs/labels'
import type { HistoryEntry } from '../../../shared/domains/attractive-jobs/views'
import type { AttractiveJob, AttractiveJobStatus } from '../../../shared/portal'
import { listAuditForRecord } from '../../db/repositories/auditLog'
import { listRecordVersions } from '../../db/repositories/recordVersions'
import { attractiveJobOps, reviewOp } from './ops'

const AUDIT_KIND: Record<string, HistoryEntry['kind']> = {
  queued: 'queued',
  synced: 'synced',
  conflict: 'conflict',
  rejected: 'rejected',
  reapplied: 'reapplied',
  discarded: 'discarded',
  contact: 'contact'
}

const AUDIT_VERB: Record<string, string> = {
  queued: '포털 전송 대기',
  synced: '포털 반영',
  conflict: '충돌(확인 필요)',
  rejected: '포털 거절(확인 필요)',
  reapplied: '다시 적용',
  discarded: '내 변경 버림'
}

/**
 * One time line per record: the versions this PC has seen, local actions with the device time
 * they were made and the time the portal confirmed them, decisions and comments.
 */
export function attractiveJobHistory(db: Db, job: AttractiveJob): HistoryEntry[] {
  const entries: HistoryEntry[] = []
  for (const v of listRecordVersions(db, 'attractive-jobs', job.id)) {
    const status = v.status ? ATTRACTIVE_JOB_STATUS_LABELS[v.status as AttractiveJobStatus] ?? v.status : ''
    entries.push({ kind: 'version', summary: `버전 ${v.version} 수신 (${status})`, actor: null, deviceTime: null, syncTime: v.seen_at, version: v.version })
  }
  for (const row of listAuditForRecord(db, 'attractive-jobs', job.id)) {
    const [prefix, op = ''] = row.action.split(':')
    const kind = AUDIT_KIND[prefix ?? '']
    if (!kind) continue
    const detail = row.detail ? (JSON.parse(row.detail) as { version?: number }) : {}
    const label = attractiveJobOps.find((candidate) => candidate.name === op)?.label ?? op
    entries.push({
      kind,
      summary: kind === 'contact' ? `연락처 열람 — 사유: ${row.reason ?? ''}` : `${label} ${AUDIT_VERB[prefix!] ?? prefix}${row.reason ? ` — 사유: ${row.reason}` : ''}`,
      actor: row.actor_id,
      deviceTime: row.device_time ?? row.at,
      syncTime: row.synced_at,
      version: detail.version ?? null
    })
  }
  // A decision made here and not yet sent carries this PC's time, as its queued entry does; any other is the portal's.
  const queuedReviewTimes = new Set(
    listAuditForRecord(db, 'attractive-jobs', job.id)
      .filter((row) => row.action === `queued:${reviewOp.name}`)
      .map((row) => row.device_time ?? row.at)
  )
  if (job.decision) {
    entries.push({
      clock: queuedReviewTimes.has(job.decision.decided_at) ? 'device' : 'portal',
      kind: 'decision',
      summary: reviewOp.intent({ action: job.decision.outcome === 'approved' ? 'approve' : job.decision.outcome === 'rejected' ? 'reject' : 'request_revision', ...(job.decision.reason ? { reason: job.decision.reason } : {}) }),
      actor: job.decision.decided_by,
      deviceTime: job.decision.decided_at,
      syncTime: null,
      version: null
    })
  }
  for (const comment of job.comments) {
    const local = comment.id.startsWith('local-')
    entries.push({ kind: 'comment', summary: `의견: ${comment.body}`, actor: comment.author, deviceTime: comment.created_at, clock: local ? 'device' : 'portal', syncTime: local ? null : comment.created_at, version: null })
  }
  const when = (e: HistoryEntry) => e.deviceTime ?? e.syncTime ?? ''
  return entries.sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0))
}
