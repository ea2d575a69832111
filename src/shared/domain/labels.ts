import type { InboxItem } from '../ipc/outboxViews'
import type { CollectionName } from '../portal'

/**
 * Korean labels every screen shares; each domain's own are in src/shared/domains/<name>/labels.ts.
 * Components never spell these out.
 */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  'attractive-jobs': '매력일자리',
  'sme-applications': '서울형 강소기업',
  'reemployment-sessions': '재취업 교육·상담 회차',
  'reemployment-registrations': '재취업 신청자'
}

/** Why a 확인 필요 entry is there: the portal had a newer version, or it refused the change. */
export const INBOX_STATE_LABELS: Record<InboxItem['state'], string> = {
  conflict: '충돌',
  rejected: '거절'
}

/**
 * Record paths every collection has, as the 확인 필요 comparison names them. Each domain adds its own
 * (ATTRACTIVE_JOB_FIELD_LABELS in src/shared/domains/attractive-jobs/labels.ts); unknown paths show as sent.
 */
export const RECORD_FIELD_LABELS: Readonly<Record<string, string>> = {
  status: '상태'
}

