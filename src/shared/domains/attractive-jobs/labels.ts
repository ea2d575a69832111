import type { ReviewAction } from '../../portal'
import type { HistoryEntry, LIST_COLUMNS } from './views'

/**
 * 매력일자리's Korean labels that are not plain enum names (those stay in src/shared/domain/labels.ts
 * next to the other collections'): the list's column headers, the decision sentences, the history
 * kinds and the record fields the 확인 필요 comparison shows. Components never spell these out.
 */

/** Headers of the review list's columns (also the column picker's labels). */
export const LIST_COLUMN_LABELS: Record<(typeof LIST_COLUMNS)[number], string> = {
  id: '사업번호',
  title: '사업명',
  org_name: '기관',
  org_type: '기관구분',
  field: '직무분야',
  public_type: '유형',
  target_group: '대상',
  headcount: '인원',
  hourly_wage: '시급',
  status: '상태',
  rule_failures: '기준 점검',
  program_year: '사업연도',
  submitted_at: '접수일',
  updated_at: '수정일'
}

/** What the decision dialog says the chosen action will do. */
export const REVIEW_ACTION_SENTENCES: Record<ReviewAction, string> = {
  start_review: '검토를 시작합니다.',
  approve: '적정으로 결정합니다.',
  reject: '부적정으로 결정합니다.',
  request_revision: '보완을 요청합니다.'
}

/** The kinds of entry in a record's 이력. */
export const HISTORY_KIND_LABELS: Record<HistoryEntry['kind'], string> = {
  version: '버전 수신',
  queued: '전송 대기',
  synced: '포털 반영',
  conflict: '충돌',
  rejected: '포털 거부',
  reapplied: '다시 적용',
  discarded: '취소함',
  comment: '의견',
  decision: '결정',
  contact: '개인정보 조회'
}

/**
 * Record paths of a 매력일자리 that conflicts usually touch, as the 확인 필요 comparison names them
 * (`status` is named for every collection in RECORD_FIELD_LABELS); other paths show as sent.
 */
export const ATTRACTIVE_JOB_FIELD_LABELS: Readonly<Record<string, string>> = {
  decision: '검토 결정',
  'decision.outcome': '검토 결정 — 결과',
  'decision.reason': '검토 결정 — 사유',
  'decision.decided_by': '검토 결정 — 결정자',
  'decision.decided_at': '검토 결정 — 결정 시각',
  comments: '의견',
  revision_count: '보완요청 횟수',
  title: '사업명',
  headcount: '인원',
  hourly_wage: '시급'
}
