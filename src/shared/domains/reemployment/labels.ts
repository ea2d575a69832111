import type {
  AttendanceStatus,
  EMPLOYMENT_TYPES,
  RegistrationStatus,
  RETIREMENT_REASONS,
  SERVICE_TYPES,
  SESSION_KINDS,
  SESSION_STATUSES
} from '../../portal/reemployment'
import type { AttendanceFilter, HintCode, MatchKind } from './views'
import type { ROSTER_SORTS } from './sessionViews'

/** 재취업's Korean labels. */

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

export const ATTENDANCE_FILTER_LABELS: Record<AttendanceFilter, string> = { ...ATTENDANCE_STATUS_LABELS, unchecked: '미확인' }

export const SESSION_KIND_LABELS: Record<(typeof SESSION_KINDS)[number], string> = {
  education: '집합교육',
  consultation: '1:1 상담'
}

export const SERVICE_TYPE_LABELS: Record<(typeof SERVICE_TYPES)[number], string> = {
  career_design: '경력·적성 진단, 진로설계',
  job_placement: '취업알선',
  education: '재취업·창업 교육'
}

export const SESSION_STATUS_LABELS: Record<(typeof SESSION_STATUSES)[number], string> = {
  open: '접수 중',
  closed: '마감',
  cancelled: '취소',
  completed: '종료'
}

export const RETIREMENT_REASON_LABELS: Record<(typeof RETIREMENT_REASONS)[number], string> = {
  retirement_age: '정년',
  contract_end: '계약만료',
  voluntary_early: '희망퇴직',
  business_reasons: '경영상 사유',
  other: '기타'
}

export const EMPLOYMENT_TYPE_LABELS: Record<(typeof EMPLOYMENT_TYPES)[number], string> = {
  regular: '정규직',
  fixed_term: '계약직',
  other: '기타'
}

export const HINT_LABELS: Record<HintCode, string> = {
  age_under_minimum: '나이 기준 미달',
  retirement_outside_window: '퇴직 시기 범위 밖',
  retirement_passed: '퇴직 예정일 지남',
  tenure_short: '근속 기간 부족',
  data_missing: '정보 없음'
}

export const MATCH_KIND_LABELS: Record<MatchKind, string> = {
  name: '이름',
  name_prefix: '이름 일부',
  choseong: '초성',
  phone_last4: '전화 뒤 4자리',
  birth_year: '출생연도'
}

/** Record paths of a 재취업 신청자 that the roster writes touch (see RECORD_FIELD_LABELS). */
export const REEMPLOYMENT_REGISTRATION_FIELD_LABELS: Readonly<Record<string, string>> = {
  attendance: '출석',
  'attendance.status': '출석 — 상태',
  'attendance.checked_at': '출석 — 기록 시각',
  'person.name': '이름',
  'person.phone': '전화번호',
  'person.birth_year': '출생연도',
  session_id: '회차',
  person: '신청자',
  'person.id': '회원 번호',
  'person.phone_last4': '전화번호 뒤 4자리',
  career: '경력',
  'career.last_employer': '최근 직장',
  'career.job_field': '직무 분야',
  'career.years': '경력 연수',
  'career.employment_type': '고용 형태',
  expected_retirement: '퇴직 예정일',
  retirement_reason: '퇴직 사유',
  waitlist_rank: '대기 순번',
  'attendance.checked_by': '출석 — 기록한 직원',
  registered_at: '신청 시각',
  client_ref: '현장 접수 번호'
}

/** Record paths of a 재취업 교육·상담 회차 (see RECORD_FIELD_LABELS). */
export const REEMPLOYMENT_SESSION_FIELD_LABELS: Readonly<Record<string, string>> = {
  kind: '회차 유형',
  service_type: '서비스 구분',
  title: '회차명',
  starts_at: '시작 시각',
  ends_at: '종료 시각',
  hours: '교육 시간',
  venue: '장소',
  instructor: '강사',
  capacity: '정원',
  status: '회차 상태',
  course: '과정',
  'course.id': '과정 번호',
  'course.title': '과정명',
  'course.day': '과정 일차',
  'course.days': '과정 일수'
}

/** 현장 접수 (a walk-in), as the roster and the check-in screen mark it. */
export const WALK_IN_LABEL = '현장'

export type RosterSort = (typeof ROSTER_SORTS)[number]

export const ROSTER_SORT_LABELS: Record<RosterSort, string> = {
  status: '상태순',
  name: '이름순',
  birth_year: '출생연도순',
  registered_at: '신청순',
  checked_at: '출석 기록순'
}
