import type {
  AttractiveJobStatus,
  JobField,
  OrgType,
  PublicType,
  ReviewAction,
  SELECTION_METHODS,
  TargetGroup,
  WEEKDAYS
} from '../../portal'

/** What the decision dialog says the chosen action will do. */
export const REVIEW_ACTION_SENTENCES: Record<ReviewAction, string> = {
  start_review: '검토를 시작합니다.',
  approve: '적정으로 결정합니다.',
  reject: '부적정으로 결정합니다.',
  request_revision: '보완을 요청합니다.'
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
  hourly_wage: '시급',
  program_year: '사업연도',
  org: '기관',
  'org.type': '기관구분',
  'org.code': '기관 코드',
  'org.name': '기관명',
  'org.department': '담당 부서',
  public_type: '공공형 유형',
  field: '직무분야',
  duties: '직무 내용',
  expected_outcome: '기대 효과',
  target_group: '참여 대상',
  age_range: '참여 연령',
  'age_range.min': '참여 연령 — 최소',
  'age_range.max': '참여 연령 — 최대',
  requirements: '자격 요건',
  preferences: '우대 사항',
  workplace: '근무지',
  period: '근무 기간',
  'period.start': '근무 기간 — 시작일',
  'period.end': '근무 기간 — 종료일',
  work_days: '근무 요일',
  daily_hours: '1일 근무시간',
  weekly_hours: '주 근무시간',
  social_insurance: '4대보험',
  training: '교육',
  'training.pre_hours': '사전 교육 시간',
  'training.in_service_hours': '직무 중 교육 시간',
  'training.plan': '교육 계획',
  recruitment: '모집',
  'recruitment.apply_start': '접수 시작일',
  'recruitment.apply_end': '접수 마감일',
  'recruitment.selection': '선발 방법',
  'recruitment.final_selection_on': '최종 선발일',
  budget: '예산',
  'budget.total': '총사업비',
  'budget.labor': '인건비',
  'budget.training': '교육비',
  'budget.other': '기타 사업비',
  'budget.funding': '재원',
  'budget.funding.city': '재원 — 시비',
  'budget.funding.district': '재원 — 구비',
  'budget.funding.other': '재원 — 기타',
  contact: '담당자',
  'contact.name': '담당자 이름',
  'contact.phone': '담당자 연락처',
  'contact.email': '담당자 이메일',
  attachments: '첨부 파일',
  'attachments.id': '첨부 파일 — 번호',
  'attachments.name': '첨부 파일 — 이름',
  'attachments.size': '첨부 파일 — 크기',
  submitted_at: '제출 시각',
  'comments.id': '의견 — 번호',
  'comments.author': '의견 — 작성자',
  'comments.body': '의견 — 내용',
  'comments.created_at': '의견 — 작성 시각'
}

export const ATTRACTIVE_JOB_STATUS_LABELS: Record<AttractiveJobStatus, string> = {
  submitted: '접수',
  in_review: '검토중',
  approved: '적정',
  rejected: '부적정',
  revision_requested: '보완요청',
  withdrawn: '철회'
}

export const ATTRACTIVE_JOB_STATUS_COLORS: Record<AttractiveJobStatus, string> = {
  submitted: 'gray',
  in_review: 'blue',
  approved: 'teal',
  rejected: 'red',
  revision_requested: 'orange',
  withdrawn: 'dark'
}

export const WEEKDAY_LABELS: Record<(typeof WEEKDAYS)[number], string> = {
  mon: '월',
  tue: '화',
  wed: '수',
  thu: '목',
  fri: '금',
  sat: '토',
  sun: '일'
}

/** 매력일자리 recruitment.selection values (the schema keeps them as free strings; unknown ones show as sent). */
export const SELECTION_METHOD_LABELS: Record<(typeof SELECTION_METHODS)[number], string> = {
  document: '서류전형',
  interview: '면접',
  practical: '실기'
}

export const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = {
  start_review: '검토 시작',
  approve: '적정',
  reject: '부적정',
  request_revision: '보완요청'
}

export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  city: '서울시',
  district: '자치구',
  agency: '투자출연기관'
}

export const PUBLIC_TYPE_LABELS: Record<PublicType, string> = {
  career_building: '경력형성형',
  inclusive: '약자동행형'
}

export const JOB_FIELD_LABELS: Record<JobField, string> = {
  management_planning: '경영기획',
  administration: '행정사무',
  culture_arts: '문화·예술경영',
  care: '돌봄',
  education_counseling: '교육·상담',
  ai: 'AI 활용'
}

export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  youth: '청년',
  middle_aged: '중장년',
  any: '무관'
}

/**
 * What "… 수 없습니다" and "…했습니다" hang on, per action: 부적정 처리할 수 없습니다, 보완요청했습니다.
 * The single decision (main's check, the dialog, the buttons) and the bulk preview say the same.
 */
const REVIEW_ACTION_VERBS: Record<ReviewAction, { cannot: string; done: string }> = {
  start_review: { cannot: '검토를 시작할', done: '검토를 시작했습니다' },
  approve: { cannot: '적정 처리할', done: '적정 처리했습니다' },
  reject: { cannot: '부적정 처리할', done: '부적정 처리했습니다' },
  request_revision: { cannot: '보완요청할', done: '보완요청했습니다' }
}

/** "적정 처리할 수 없습니다" — the title where an action is refused. */
export function reviewActionRefusedTitle(action: ReviewAction): string {
  return `${REVIEW_ACTION_VERBS[action].cannot} 수 없습니다`
}

/** "접수 상태에서는 부적정 처리할 수 없습니다." — why a record's state refuses an action (single and bulk alike). */
export function reviewActionRefusal(status: AttractiveJobStatus, action: ReviewAction): string {
  return `${ATTRACTIVE_JOB_STATUS_LABELS[status]} 상태에서는 ${reviewActionRefusedTitle(action)}.`
}

/** What a queued write waits for before it goes to the portal. */
export const QUEUED_LABEL = '포털 전송 대기'

/** "적정 처리했습니다 · 포털 전송 대기" — once a decision is queued. */
export function reviewQueuedTitle(action: ReviewAction): string {
  return `${REVIEW_ACTION_VERBS[action].done} · ${QUEUED_LABEL}`
}

/** "일괄 적정 12건 처리했습니다 · 포털 전송 대기" (the count already formatted). */
export function bulkQueuedTitle(action: ReviewAction, count: string): string {
  return `일괄 ${REVIEW_ACTION_LABELS[action]} ${count}건 처리했습니다 · ${QUEUED_LABEL}`
}

export const COMMENT_QUEUED_TITLE = `의견을 남겼습니다 · ${QUEUED_LABEL}`

/**
 * When a queued write will reach the portal: online the app sends it within seconds (the nudge after
 * a write); offline, when the connection returns; behind a conflict of the same record, only once
 * that is resolved in 확인 필요.
 */
export const SEND_HINTS = {
  soon: '곧 포털로 보냅니다.',
  whenOnline: '연결되면 포털로 보냅니다.',
  behindConflict: '이 자료의 충돌을 먼저 해결해야 보냅니다.'
} as const

/** A bulk result's share that waits behind conflicts (the count already formatted). */
export function bulkBehindConflictHint(count: string): string {
  return `${count}건은 해당 자료의 충돌을 먼저 해결해야 보냅니다.`
}

/** 적정 on a project failing rules: the box to tick (or a reason to give) to approve anyway. */
export const APPROVE_DESPITE_FAILURES = '기준 미충족을 확인하고 적정 처리합니다'
export const APPROVE_DESPITE_FAILURES_MISSING = '기준 미충족을 확인했다고 표시하거나 적정 사유를 입력하세요.'

/** A decision on a record whose earlier write waits in 확인 필요. */
export const NEEDS_ATTENTION_WARNING = '이 자료에 확인 필요 항목이 있습니다. 충돌을 먼저 해결해야 보냅니다'
export const NEEDS_ATTENTION_CONFIRM = '충돌이 해결될 때까지 이 결정이 기다리는 것을 확인했습니다'
export const NEEDS_ATTENTION_MISSING = '확인 필요 항목이 있는 자료입니다. 기다리는 것을 확인했다고 표시하세요.'

/** Why bulk 적정 left a record out when the staff member chose to (the failing rules' names, joined). */
export function bulkRuleFailureSkip(ruleNames: readonly string[]): string {
  return `기준 미충족(${ruleNames.join(', ')})으로 제외했습니다.`
}
export const BULK_NEEDS_ATTENTION_SKIP = '확인 필요 항목이 있어 제외했습니다.'
