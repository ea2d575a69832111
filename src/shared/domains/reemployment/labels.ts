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
  'person.birth_year': '출생연도'
}
