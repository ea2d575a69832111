import type { HistoryEntry, LIST_COLUMNS } from './views'

/** 매력일자리 labels of the review screen's views: the list's column headers and the history kinds. */

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
