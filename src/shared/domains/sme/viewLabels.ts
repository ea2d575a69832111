import type { SmeStatus } from '../../portal/smeApplications'
import type { EligibilityOutcome, SheetState, SmeFilter, SmeListColumn } from './views'

/**
 * 서울형 강소기업 labels of the screens (list, company card, screening, score sheets, committee, home
 * tile) that are not plain enum names: those stay in labels.ts. Components never spell these out.
 */

export const SME_TITLE = '서울형 강소기업'

/** The screens of the 강소기업 work area (the tabs over each). */
export const SME_SCREEN_LABELS = {
  list: '신청 목록',
  sheets: '내 평가표',
  committee: '심사위원회'
} as const

/** Headers of the list's columns (also the column picker's labels). */
export const SME_LIST_COLUMN_LABELS: Record<SmeListColumn, string> = {
  id: '신청번호',
  company_name: '기업명',
  business_no: '사업자등록번호',
  round: '차수',
  status: '상태',
  stage: '심사 단계',
  district_code: '자치구',
  industry: '업종',
  employees: '근로자',
  insured_employees: '고용보험',
  founded_on: '설립일',
  eligibility: '자격요건',
  documents_missing: '서류',
  updated_at: '수정일'
}

/** The list filters' names (the filter bar's labels and the chips of the chosen values). */
export const SME_FILTER_LABELS = {
  rounds: '차수',
  statuses: '상태',
  stages: '심사 단계',
  districtCodes: '자치구',
  industryCodes: '업종',
  eligibility: '자격요건',
  businessNoInvalid: '사업자등록번호 오류만',
  documentsMissing: '서류 미비만',
  search: '검색'
} as const satisfies Record<keyof SmeFilter, string>

export const SME_ELIGIBILITY_FILTER_LABELS: Record<NonNullable<SmeFilter['eligibility']>, string> = {
  all_pass: '모두 충족',
  has_failures: '미충족 있음',
  manual: '직접 확인'
}

export const SME_SEARCH_PLACEHOLDER = '기업명(초성 가능) 또는 사업자등록번호 검색'

/** Mantine colors of the statuses (badges, chips, the home tile's bar). */
export const SME_STATUS_COLORS: Record<SmeStatus, string> = {
  submitted: 'gray',
  screening: 'blue',
  ineligible: 'red',
  evaluating: 'indigo',
  selected: 'teal',
  not_selected: 'orange',
  withdrawn: 'dark'
}

export const SHEET_STATE_COLORS: Record<SheetState, string> = {
  complete: 'teal',
  partial: 'yellow',
  missing: 'gray',
  recusal: 'grape',
  challenge: 'orange',
  exclusion: 'red'
}

export const ELIGIBILITY_OUTCOME_COLORS: Record<EligibilityOutcome, string> = {
  pass: 'teal',
  fail: 'red',
  missing: 'orange',
  manual: 'yellow'
}

/** The list's eligibility badge and the card's check-digit badge. */
export const SME_ROW_TEXT = {
  businessNoValid: '유효',
  businessNoInvalid: '오류',
  businessNoInvalidHint: '사업자등록번호의 검증번호(마지막 자리)가 맞지 않습니다. 자료는 그대로 보관합니다.',
  eligibilityNoCriteria: '기준 없음',
  eligibilityNoCriteriaHint: '이 차수의 심사 기준이 아직 캐시에 없습니다 (온라인에서 동기화하세요).',
  eligibilityPass: '모두 충족',
  eligibilityFails: (n: number) => `미충족 ${n}`,
  eligibilityManual: (n: number) => `직접 확인 ${n}`,
  documentsComplete: '완비',
  documentsMissing: (n: number) => `미비 ${n}`,
  noRecords: '조건에 맞는 강소기업 신청이 없습니다.'
} as const

/** The company card's sections and the facts it names beside the record's own field labels. */
export const SME_CARD_TEXT = {
  drawerTitle: '강소기업 신청 상세',
  company: '기업 정보',
  workforce: '고용·근로 조건',
  certifications: '공공 인증',
  noCertifications: '공공 인증이 없습니다.',
  certificationValid: '유효',
  certificationExpired: '만료',
  certificationUnknown: '기준일 미확인',
  documents: '제출 서류',
  documentReceived: '접수',
  documentMissing: '미제출',
  yearsInBusiness: '업력',
  years: (n: number) => `${n}년`,
  ceoMasked: '대표자 (가림 처리)',
  district: '자치구',
  industry: '업종',
  freshness: '캐시 받은 시각',
  screeningDone: '자격검토 결과',
  selectionDone: '최종 선정',
  version: (n: number) => `버전 ${n}`,
  pendingWrites: (n: number) => `전송 대기 ${n}건`,
  needsAttention: (n: number) => `확인 필요 ${n}건`,
  freshnessHint: '이 PC의 캐시가 포털에서 이 자료를 받은 시각입니다.',
  validUntil: (date: string) => `${date}까지`,
  computedColumns: { stage: '단계', item: '항목', evidence: '근거', points: '점수' },
  points: (points: string, max: string) => `${points} / ${max}점`,
  computed: '정량지표 (기업 자료로 산정)',
  noComputed: '이 차수의 정량지표가 없거나 심사 기준이 캐시에 없습니다.'
} as const

/** The eligibility checklist and the screening decision. */
export const SCREENING_TEXT = {
  checklist: '자격요건 점검',
  noCriteria: '이 차수의 심사 기준이 아직 캐시에 없습니다. 온라인에서 한 번 동기화하면 자격요건을 점검할 수 있습니다.',
  decision: '자격검토 결정',
  eligible: '적격',
  ineligible: '부적격',
  failedCriteria: '미충족으로 기록할 요건',
  failedCriteriaHint: '점검 결과 미충족·자료 없음인 요건을 미리 체크했습니다. 판단이 다르면 고치고 의견을 적으세요.',
  eligibleClearsCriteria: '적격으로 기록하면 미충족 요건은 비워 둡니다.',
  note: '검토 의견',
  noteRequiredIneligible: '부적격으로 기록하려면 검토 의견을 적어야 합니다.',
  noteRequiredOverride: '점검 결과와 다르게 판단하려면 검토 의견을 적어야 합니다.',
  overridden: '점검 결과와 다르게 판단합니다',
  manualPending: (n: number) => `직접 확인할 요건이 ${n}개 있습니다. 증빙을 확인하고 결정하세요.`,
  submit: '자격검토 저장',
  submitHint: '검토 의견 칸에서 Ctrl+Enter로도 저장합니다.',
  needsCriteria: '심사 기준이 캐시에 있어야 자격검토를 기록할 수 있습니다.',
  queued: (result: string) => `자격검토(${result})를 저장했습니다`,
  failed: '자격검토를 저장하지 못했습니다'
} as const

/** 청렴·이해충돌 확인: the pledge an evaluator confirms once per round before the first sheet. */
export const INTEGRITY_PLEDGE = {
  title: '청렴·이해충돌 확인',
  intro: (round: string) => `${round} 차수 평가를 시작하기 전에 다음을 확인해 주세요.`,
  lines: [
    '평가 대상 기업과 사적 이해관계가 있거나 그 사실을 알게 되면, 「공직자의 이해충돌 방지법」에 따라 안 날부터 14일 이내에 신고하고 그 신청의 평가를 회피하겠습니다.',
    '평가 과정에서 알게 된 기업 정보와 평가 내용을 외부에 알리거나 평가 외의 목적으로 쓰지 않겠습니다.',
    '외부의 부당한 청탁이나 압력 없이, 평가 기준에 따라 공정하게 채점하겠습니다.'
  ],
  checkbox: '위 내용을 읽었으며 지키겠습니다.',
  confirm: '확인',
  confirmed: (at: string) => `청렴·이해충돌 확인 완료 (${at})`,
  failed: '청렴·이해충돌 확인을 저장하지 못했습니다',
  required: '이 차수의 청렴·이해충돌 확인을 먼저 해 주세요.'
} as const

/** The evaluator's score sheets. */
export const SHEET_TEXT = {
  round: '평가 차수',
  stage: '단계',
  allStages: '전체',
  noRounds: '배정된 평가가 없습니다. 평가위원으로 배정되면 여기에 표시됩니다 (배정은 동기화로 받습니다).',
  noRows: '이 조건에 배정된 신청이 없습니다.',
  workList: '평가 목록',
  remaining: (n: number) => `남은 평가표 ${n}건`,
  pickOne: '왼쪽 목록에서 평가할 신청을 고르세요.',
  evaluatorItems: '평가위원 채점 항목',
  computedItems: '정량지표 (자동 산정, 수정 불가)',
  itemLabel: (label: string, max: string) => `${label} (배점 ${max}점)`,
  total: '합계',
  totalOf: (total: string, max: string) => `${total} / ${max}점`,
  knownOn: (date: string) => `안 날: ${date}`,
  computedBeside: (points: string) => `(정량 ${points}점 별도)`,
  allScored: '모든 항목 채점',
  scoredOf: (scored: number, items: number) => `${scored}/${items} 항목`,
  pending: '전송 대기',
  comment: '평가의견',
  commentHint: 'Enter는 줄바꿈, Ctrl+Enter는 저장 후 다음 건입니다.',
  save: '저장',
  saveAndNext: '저장 후 다음 건',
  keys: 'Tab·Shift+Tab 항목 이동 · Enter 저장 후 다음 미작성 건',
  invalidBlocks: '점수를 확인하세요: 배점 범위를 벗어난 값이 있습니다.',
  queued: '평가표를 저장했습니다',
  failed: '평가표를 저장하지 못했습니다',
  noNext: '다음 미작성 평가표가 없습니다',
  noNextMessage: '이 목록의 평가표를 모두 작성했습니다.',
  abstain: '회피',
  abstainHint: '이 신청과 이해관계가 있으면 평가하지 않고 회피를 신고합니다.',
  managerView: (evaluator: string) => `평가위원 ${evaluator}의 평가표 (관리자 보기)`
} as const

/** 회피 (by the evaluator) and 기피·제척 (recorded by a manager for an evaluator). */
export const ABSTAIN_TEXT = {
  title: (kind: string) => `${kind} 기록`,
  reason: '사유',
  reasonHint: '5자 이상 적어 주세요. 평가위원회 기록에 남습니다.',
  reasonTooShort: (min: number, length: number) => `${min}자 이상 적어 주세요 (지금 ${length}자).`,
  knownOn: '이해관계를 안 날',
  knownOnHint: '「공직자의 이해충돌 방지법」은 사적 이해관계를 안 날부터 14일 이내에 신고하도록 정하고 있습니다.',
  late: (days: number) => `안 날부터 ${days}일이 지났습니다. 늦어진 까닭을 사유에 함께 적어 주세요.`,
  future: '안 날은 오늘 이후일 수 없습니다.',
  kind: '구분',
  evaluator: '평가위원',
  submit: (kind: string) => `${kind} 저장`,
  consequence: '저장하면 이 평가위원의 이 단계 점수와 의견은 지워지고, 이후 이 단계에서는 채점할 수 없습니다.',
  /** `kind` with its object particle (회피를, 제척을). */
  queued: (kindWithParticle: string) => `${kindWithParticle} 기록했습니다`,
  failed: (kindWithParticle: string) => `${kindWithParticle} 기록하지 못했습니다`
} as const

/** The committee view (manager). */
export const COMMITTEE_TEXT = {
  round: '차수',
  stage: '심사 단계',
  help: '점수 산정 방법',
  evaluator: (letter: string) => `위원 ${letter}`,
  evaluatorTooltip: (id: string) => `직원 번호 ${id}`,
  columns: {
    rank: '순위',
    company: '기업',
    status: '상태',
    computed: '정량',
    mean: '평균',
    trimmedMean: '절사평균',
    score: '단계 점수',
    normalized: '표준화(참고)',
    spread: '점수 차',
    disagreement: '의견 차이',
    cutoff: '판정'
  },
  disagreement: '의견 차이',
  disagreementHint: (threshold: string) => `점수 차가 ${threshold}점(평가위원 항목 배점 합계의 20%)을 넘습니다.`,
  sheets: (complete: number, incomplete: number, abstentions: number) =>
    `완료 ${complete} · 작성 중 ${incomplete} · 회피·기피·제척 ${abstentions}`,
  noRows: '이 단계에서 심사한 신청이 없습니다.',
  noCriteria: '이 차수의 심사 기준이 아직 캐시에 없습니다. 온라인에서 한 번 동기화하세요.',
  cellHint: '위원 칸을 누르면 평가표를 열거나 기피·제척을 기록합니다.',
  cellMenu: {
    openSheet: '평가표 열기',
    challenge: '기피 기록',
    exclusion: '제척 기록'
  },
  cutoff: '선정 기준',
  cutoffTopN: '상위 N건',
  cutoffMinScore: '단계 점수 이상',
  cutoffN: '통과 건수',
  cutoffScore: '최저 단계 점수',
  advances: '통과',
  stops: '탈락',
  notCandidate: '대상 아님',
  preview: (advance: number, stop: number) => `통과 ${advance}건 · 탈락 ${stop}건`,
  notCandidateHint: '이 단계에서 심사 중인 신청만 통과·탈락을 정합니다. 순위가 없는(완료된 평가표가 없는) 신청은 탈락으로 셉니다.',
  /** `next` with its particle (현장실사로, 면접심사로). */
  advanceButton: (nextWithParticle: string, n: number) => `통과 ${n}건을 ${nextWithParticle} 이동`,
  selectButton: (n: number) => `최종 선정 기록 (선정 ${n}건)`,
  selectNote: '강소기업지원위원회 의견',
  selectNoteHint: '선정·미선정 결정마다 함께 기록됩니다.',
  previewTitleAdvance: (next: string) => `다음 단계(${next})로 이동 — 확인`,
  previewTitleSelect: '최종 선정 기록 — 확인',
  summary: (change: string, skipped: string) => `${change}건 처리 · ${skipped}건 제외`,
  listed: (count: string) => `(${count}건)`,
  firstShown: (shown: string, all: string) => `처음 ${shown}건만 표시했습니다 (모두 ${all}건).`,
  willChange: '처리할 신청',
  skipped: '제외되는 신청',
  confirm: '확정',
  advanceQueued: (n: number) => `${n}건을 다음 단계로 옮기도록 저장했습니다`,
  selectQueued: (n: number) => `${n}건의 최종 선정 결과를 저장했습니다`,
  batchNothing: '처리한 건이 없습니다',
  batchSkipped: (n: number) => `${n}건 제외`,
  batchFailed: '일괄 처리를 저장하지 못했습니다',
  selected: '선정',
  notSelected: '미선정'
} as const

/** The home tile. */
export const SME_TILE_TEXT = {
  title: '강소기업 심사 현황',
  subtitle: (rounds: string) => (rounds ? `차수 ${rounds} · 이 컴퓨터의 캐시 기준` : '이 컴퓨터의 캐시 기준'),
  total: (n: string) => `총 ${n}건`,
  openList: '목록 열기',
  openSheets: '내 평가표 열기',
  empty: '캐시에 강소기업 신청 자료가 없습니다. 동기화를 실행하세요.',
  byStatus: '상태별',
  byStage: '심사 중 (단계별)',
  applications: '신청 수',
  missingSheets: '평가위원별 미작성 평가표',
  noMissingSheets: '미작성 평가표가 없습니다.',
  mySheets: '내 미작성 평가표',
  countLink: (label: string, n: string) => `${label} ${n}건 — 목록에서 보기`
} as const

/** The list's keyboard keys (the ? help). */
export const SME_LIST_SHORTCUTS = [
  { keys: [['J'], ['↓']], description: '다음 행으로 이동 (상세가 열려 있으면 다음 건을 엽니다)' },
  { keys: [['K'], ['↑']], description: '이전 행으로 이동' },
  { keys: [['Enter']], description: '선택한 행의 상세 열기' },
  { keys: [['/']], description: '검색창으로 이동' },
  { keys: [['?']], description: '이 도움말 열기' },
  { keys: [['Esc']], description: '상세 닫기' }
] as const
