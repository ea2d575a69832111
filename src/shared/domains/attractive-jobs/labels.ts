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
  hourly_wage: '시급'
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
