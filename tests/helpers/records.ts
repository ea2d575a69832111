import type { AttractiveJob, ReemploymentRegistration } from '../../src/shared/portal'

/** A valid 매력일자리 record (passes the shared schema and every 2026 rule); override what a test needs. */
export function makeAttractiveJob(overrides: Partial<AttractiveJob> = {}): AttractiveJob {
  return {
    id: 'AJ-2026-000001',
    version: 1,
    updated_at: '2026-11-20T10:12:00+09:00',
    program_year: 2026,
    org: { type: 'district', code: '11680', name: '강남구', department: '일자리정책과' },
    public_type: 'career_building',
    field: 'care',
    title: '어르신 디지털 안내 도우미',
    duties: '주민센터 방문 어르신께 키오스크와 모바일 행정 서비스 이용을 안내합니다.',
    expected_outcome: '디지털 취약계층 행정서비스 접근성 향상',
    target_group: 'middle_aged',
    age_range: { min: 40, max: 64 },
    requirements: '서울시 거주 미취업자',
    preferences: '컴퓨터활용능력 자격 보유자',
    headcount: 12,
    workplace: '서울특별시 강남구 학동로 426',
    period: { start: '2026-03-02', end: '2026-11-30' },
    work_days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    daily_hours: 5,
    weekly_hours: 25,
    hourly_wage: 12121,
    social_insurance: true,
    training: { pre_hours: 40, in_service_hours: 40, plan: '디지털 안내 실무 교육' },
    recruitment: {
      apply_start: '2026-01-05',
      apply_end: '2026-01-09',
      selection: ['document', 'interview'],
      final_selection_on: '2026-02-12'
    },
    budget: {
      total: 98000000,
      labor: 86000000,
      training: 4000000,
      other: 8000000,
      funding: { city: 68600000, district: 29400000, other: 0 }
    },
    contact: { name: '김*수', phone: '010-****-5678', email: 'k***@example.go.kr' },
    attachments: [{ id: 'F-1', name: '사업계획서.pdf', size: 482113 }],
    status: 'submitted',
    submitted_at: '2026-11-02T09:00:00+09:00',
    decision: null,
    revision_count: 0,
    comments: [],
    ...overrides
  }
}

export function makeRegistration(overrides: Partial<ReemploymentRegistration> = {}): ReemploymentRegistration {
  return {
    id: 'RR-2026-000001',
    version: 1,
    updated_at: '2026-11-20T10:12:00+09:00',
    session_id: 'RS-2026-12-01',
    person: { id: 'P-0001873', name: '박*영', birth_year: 1968, phone: '010-****-4821', phone_last4: '4821' },
    career: { last_employer: '서울교통공사', job_field: '회계·경리', years: 27, employment_type: 'regular' },
    expected_retirement: '2026-12-31',
    retirement_reason: 'retirement_age',
    status: 'registered',
    waitlist_rank: null,
    attendance: null,
    registered_at: '2026-11-10T09:00:00+09:00',
    client_ref: null,
    ...overrides
  }
}
