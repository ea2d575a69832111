/** 서울형 강소기업 vocabulary and the criteria reference the simulator serves. */
import type { SmeCriteria } from '../../../shared/portal/smeApplications'

export const COMPANY_PREFIXES = ['한강', '북악', '남산', '인왕', '청계', '세빛', '누리', '다온', '한빛', '새솔', '미래', '서울', '가온', '온새미로', '마루', '하늘', '푸른', '바른', '으뜸', '한울']
export const COMPANY_SUFFIXES = ['소프트', '테크', '바이오', '랩스', '에너지', '모빌리티', '푸드', '디자인', '로보틱스', '헬스케어', '시스템즈', '네트웍스', '컨설팅', '정밀', '에듀', '미디어']

export const INDUSTRIES: readonly { code: string; suffixes: readonly string[] }[] = [
  { code: 'J58221', suffixes: ['소프트', '시스템즈', '랩스'] },
  { code: 'J62010', suffixes: ['테크', '네트웍스', '시스템즈'] },
  { code: 'M70113', suffixes: ['바이오', '헬스케어'] },
  { code: 'C26211', suffixes: ['정밀', '테크'] },
  { code: 'C10797', suffixes: ['푸드'] },
  { code: 'M73201', suffixes: ['디자인', '미디어'] },
  { code: 'P85661', suffixes: ['에듀'] },
  { code: 'M71531', suffixes: ['컨설팅'] },
  { code: 'C29280', suffixes: ['로보틱스', '모빌리티'] },
  { code: 'D35114', suffixes: ['에너지'] }
]

export const CERTIFICATIONS = ['서울경제진흥원 하이서울기업', '중소벤처기업부 벤처기업', '중소벤처기업부 이노비즈', '고용노동부 청년친화강소기업', '여성가족부 가족친화인증', '중소벤처기업부 메인비즈']

export const WORK_LIFE_BENEFITS = ['flexible_hours', 'parental_leave', 'remote_work', 'childcare_support', 'long_service_leave', 'refresh_leave', 'family_day', 'education_support']

export const DOCUMENT_KINDS = ['business_registration', 'insurance_roster', 'financial_statements', 'certification_copy', 'tax_clearance']

export function smeCriteria(round: string): SmeCriteria {
  return {
    round,
    eligibility: [
      { code: 'seoul_hq', label: '서울 소재 본사', kind: 'boolean', params: {} },
      { code: 'sme', label: '중소기업 해당', kind: 'boolean', params: {} },
      { code: 'public_certification_valid', label: '공공기관 인증 보유(유효기간 내)', kind: 'certification', params: {} },
      { code: 'no_wage_arrears', label: '임금체불 명단 미등재', kind: 'boolean', params: {} },
      { code: 'no_fatal_accident', label: '최근 3년 산재 사망사고 없음', kind: 'boolean', params: { years: 3 } },
      { code: 'no_tax_delinquency', label: '국세·지방세 체납 없음', kind: 'boolean', params: {} },
      { code: 'min_insured_employees', label: '고용보험 피보험자 수', kind: 'min_count', params: { min: 10 } },
      { code: 'min_years_in_business', label: '업력', kind: 'min_years', params: { min: 3 } }
    ],
    scoring: [
      { code: 'regular_ratio', label: '정규직 비율', stage: 'document', max: 20 },
      { code: 'living_wage_ratio', label: '생활임금 지급비율', stage: 'document', max: 15 },
      { code: 'parental_leave_ratio', label: '육아휴직 사용비율', stage: 'document', max: 10 },
      { code: 'job_quality', label: '일자리 질', stage: 'site_visit', max: 20 },
      { code: 'work_life_balance', label: '일·생활균형', stage: 'site_visit', max: 15 },
      { code: 'competitiveness', label: '기업 경쟁력', stage: 'interview', max: 10 },
      { code: 'ceo_leadership', label: 'CEO 리더십', stage: 'interview', max: 10 }
    ]
  }
}

/** Rounds the simulator knows; others get 404. */
export const SME_ROUNDS = ['2025-1', '2026-1']
