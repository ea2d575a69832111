import type { AttractiveJobStatus } from '../../portal'
import { ATTRACTIVE_JOB_STATUS_LABELS } from './labels'
import type { AttractiveJobFilter, HistoryEntry, LIST_COLUMNS } from './views'

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

/** The list filters' names (the filter bar's labels and the chips of the chosen values). */
export const FILTER_LABELS = {
  statuses: '상태',
  orgTypes: '기관구분',
  districtCodes: '자치구',
  fields: '직무분야',
  publicTypes: '공공형 유형',
  targetGroups: '대상',
  programYears: '사업연도',
  ruleCheck: '기준 점검',
  failingRules: '위반 기준',
  search: '검색'
} as const satisfies Record<keyof AttractiveJobFilter, string>

/** The 기준 점검 filter's choices. */
export const RULE_CHECK_FILTER_LABELS: Record<NonNullable<AttractiveJobFilter['ruleCheck']>, string> = {
  all_pass: '모두 통과',
  has_failures: '위반 있음'
}

const count = (n: number) => `${new Intl.NumberFormat('ko-KR').format(n)}건`

/** "적정 12건 · 부적정 3건" for the given statuses. */
function breakdown(statuses: readonly AttractiveJobStatus[], byStatus: Record<string, number>): string {
  return statuses.map((s) => `${ATTRACTIVE_JOB_STATUS_LABELS[s]} ${count(byStatus[s] ?? 0)}`).join(' · ')
}

/**
 * The workspace's progress line and its explanation. The counts are those of the list's filter
 * without its 상태 choice: what the status chips count.
 */
export const REVIEW_PROGRESS_TEXT = {
  line: (decided: number, target: number) => `결정 완료 ${count(decided)} / 검토 대상 ${count(target)}`,
  explanation: (p: { decided: number; target: number; remaining: number; withdrawn: number; byStatus: Record<string, number> }) => [
    `지금 필터(상태 선택은 빼고)에 맞는 검토 대상 ${count(p.target)} 중 결정을 마친 건수입니다.`,
    `결정 완료 ${count(p.decided)}: ${breakdown(['approved', 'rejected', 'revision_requested'], p.byStatus)}`,
    `남은 미검토 ${count(p.remaining)}: ${breakdown(['submitted', 'in_review'], p.byStatus)}`,
    ...(p.withdrawn > 0 ? [`${ATTRACTIVE_JOB_STATUS_LABELS.withdrawn} ${count(p.withdrawn)}은 검토 대상에서 뺐습니다.`] : [])
  ]
}

/** The review workspace's keyboard triage keys (its ? help and 도움말 → 단축키). */
export const REVIEW_SHORTCUTS = [
  { keys: [['J'], ['↓']], description: '다음 행으로 이동 (상세가 열려 있으면 다음 건을 엽니다)' },
  { keys: [['K'], ['↑']], description: '이전 행으로 이동' },
  { keys: [['Enter']], description: '선택한 행의 상세 열기' },
  { keys: [['S']], description: '검토 시작' },
  { keys: [['A']], description: '적정 (확인 창)' },
  { keys: [['R']], description: '부적정 (사유 입력 창)' },
  { keys: [['V']], description: '보완요청 (사유 입력 창)' },
  { keys: [['Ctrl', 'Enter']], description: '창에서 결정을 저장하고 다음 미검토 건 열기' },
  { keys: [['/']], description: '검색창으로 이동' },
  { keys: [['?']], description: '이 도움말 열기' },
  { keys: [['Esc']], description: '창·상세 닫기' }
] as const
