/**
 * Korean labels of the 접속기록's kinds (안전성 확보조치 기준 §8: 접속·조회·변경·출력·다운로드). A kind is
 * either one of AUDIT_KIND_LABELS or `<stage>:<op>` — a write at a stage of its way to the portal,
 * labelled with the op's own label (e.g. "적정 결정 · 포털 전송 대기").
 */
export const AUDIT_KIND_LABELS: Readonly<Record<string, string>> = {
  sign_in: '로그인',
  sign_in_failed: '로그인 실패',
  sign_out: '로그아웃',
  offline_unlock: '오프라인으로 계속 (비밀번호 확인)',
  offline_unlock_failed: '오프라인 비밀번호 틀림',
  lock: '화면 잠금',
  unlock: '잠금 해제',
  unlock_failed: '잠금 해제 비밀번호 틀림',
  contact_lookup: '연락처 열람',
  export: '내려받기',
  import: '명단 가져오기',
  printout: '출력',
  view: '개인정보 화면 조회',
  settings_change: '설정 변경',
  sme_pledge_confirmed: '청렴·이해충돌 확인',
  purge_outside_roles: '권한 밖 자료 캐시에서 삭제',
  retention_purge: '보유기간 지난 자료 파기',
  diagnostics_export: '진단 정보 저장',
  data_dir_move: '데이터 폴더 옮김',
  data_dir_move_failed: '데이터 폴더 옮기기 실패'
}

/** The stages of a write (`queued:<op>` …), as the kind filter offers them. */
export const AUDIT_STAGE_LABELS: Readonly<Record<string, string>> = {
  queued: '포털 전송 대기',
  synced: '포털 반영',
  conflict: '충돌 (확인 필요)',
  rejected: '포털 거절 (확인 필요)',
  rebased: '포털 새 버전에 맞춰 다시 보냄',
  reapplied: '다시 적용',
  discarded: '내 변경 버림',
  undone: '되돌림 (보내기 전)',
  refusal_shown: '거절 안내 후 정리'
}

/** What the manager reviews every month: every download, printout and contact look-up with its reason. */
export const MONTHLY_REVIEW_KINDS = ['export', 'printout', 'contact_lookup'] as const

/** A kind in Korean; `opLabel` names a write op (the registry's label), unknown kinds show as stored. */
export function auditKindLabel(kind: string, opLabel: (op: string) => string = (op) => op): string {
  const known = AUDIT_KIND_LABELS[kind]
  if (known) return known
  const colon = kind.indexOf(':')
  if (colon > 0) {
    const stage = AUDIT_STAGE_LABELS[kind.slice(0, colon)]
    if (stage) return `${opLabel(kind.slice(colon + 1))} · ${stage}`
  }
  return kind
}

/** The kind filter's choices: each kind, and each write stage as a group of every op. */
export const AUDIT_KIND_FILTERS: readonly { value: string; label: string }[] = [
  ...Object.entries(AUDIT_KIND_LABELS).map(([value, label]) => ({ value, label })),
  ...Object.entries(AUDIT_STAGE_LABELS).map(([value, label]) => ({ value, label: `결정·점수·출석 등: ${label}` }))
]

/** Column headers of the 감사 기록 table. */
export const AUDIT_COLUMN_LABELS = {
  seq: '번호',
  at: 'PC 시각',
  staff: '직원',
  kind: '구분',
  record: '대상 자료',
  reason: '사유',
  detail: '내용',
  host: 'PC',
  portalConfirmedAt: '포털 확인',
  reviewed: '점검'
} as const

/** Keys of an entry's detail as the screens name them (a key not listed shows as stored). */
export const AUDIT_DETAIL_LABELS: Readonly<Record<string, string>> = {
  document: '문서',
  report: '보고서',
  rows: '행 수',
  masked: '가림 처리',
  screen: '화면',
  contact: '연락처',
  portal: '포털',
  username: '아이디',
  reason: '사유',
  failures: '틀린 횟수',
  removed: '삭제',
  round: '차수',
  key: '설정',
  value: '값',
  seq: '전송 순번',
  status: '포털 응답',
  version: '버전',
  base_version: '기준 버전',
  already_applied: '이미 반영됨',
  reportId: '보고서',
  format: '파일 형식',
  fileName: '파일 이름',
  unmasked: '마스킹 해제',
  outcome: '결과',
  queued: '전송 대기에 넣음',
  skipped: '제외한 행'
}

/** Values of an entry's detail that have a Korean name. */
export const AUDIT_DETAIL_VALUE_LABELS: Readonly<Record<string, string>> = {
  sign_in_sheet: '출석부',
  roster: '명단',
  attractive_job_detail: '매력일자리 상세',
  sme_company_card: '강소기업 기업 정보',
  masked: '가림',
  idle: '자리 비움',
  user: '직접 잠금',
  done: '완료',
  cancelled: '취소됨',
  failed: '실패'
}
