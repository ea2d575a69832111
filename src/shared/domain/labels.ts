import type {
  AttractiveJobStatus,
  CollectionName,
  JobField,
  OrgType,
  PublicType,
  ReviewAction,
  SELECTION_METHODS,
  TargetGroup,
  WEEKDAYS
} from '../portal'
import type { AttendanceStatus, RegistrationStatus } from '../portal/reemployment'
import type { SmeStage, SmeStatus } from '../portal/smeApplications'

/** Korean labels for every enum the UI and the reports show. Components never spell these out. */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  'attractive-jobs': '매력일자리',
  'sme-applications': '서울형 강소기업',
  'reemployment-sessions': '재취업 교육·상담 회차',
  'reemployment-registrations': '재취업 신청자'
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

export const SME_STATUS_LABELS: Record<SmeStatus, string> = {
  submitted: '접수',
  screening: '자격검토',
  ineligible: '부적격',
  evaluating: '심사중',
  selected: '선정',
  not_selected: '미선정',
  withdrawn: '철회'
}

export const SME_STAGE_LABELS: Record<SmeStage, string> = {
  document: '서면심사',
  site_visit: '현장실사',
  interview: '면접심사'
}

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  registered: '확정',
  waitlisted: '대기',
  cancelled: '취소'
}

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  present: '출석',
  late: '지각',
  left_early: '조퇴',
  absent: '결석'
}

/** Why a 확인 필요 entry is there: the portal had a newer version, or it refused the change. */
export const INBOX_STATE_LABELS: Record<import('../ipc/outboxViews').InboxItem['state'], string> = {
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

/** Record paths of a 재취업 신청자 that the roster writes touch (see RECORD_FIELD_LABELS). */
export const REEMPLOYMENT_REGISTRATION_FIELD_LABELS: Readonly<Record<string, string>> = {
  attendance: '출석',
  'attendance.status': '출석 — 상태',
  'attendance.checked_at': '출석 — 기록 시각',
  'person.name': '이름',
  'person.phone': '전화번호',
  'person.birth_year': '출생연도'
}
