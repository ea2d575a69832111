import type { AttendanceStatus, RegistrationStatus } from '../../portal/reemployment'

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
  course: '과정',
  'course.id': '과정 번호',
  'course.title': '과정명',
  'course.day': '과정 일차',
  'course.days': '과정 일수'
}
