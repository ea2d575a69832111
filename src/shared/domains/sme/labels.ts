import type { SmeStage, SmeStatus } from '../../portal/smeApplications'

/** 서울형 강소기업's Korean labels. */

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

/** Record paths of a 강소기업 신청 (see RECORD_FIELD_LABELS). */
export const SME_APPLICATION_FIELD_LABELS: Readonly<Record<string, string>> = {
  round: '차수',
  company: '기업',
  'company.name': '기업명',
  'company.business_no': '사업자등록번호',
  'company.ceo_name': '대표자',
  'company.industry_name': '업종명',
  'company.industry_code': '업종 코드',
  'company.sme_confirmed': '중소기업확인서',
  'company.district_code': '자치구',
  'company.address': '주소',
  'company.headquarters_in_seoul': '서울 본사 여부',
  'company.founded_on': '설립일',
  'company.employees': '근로자 수',
  'company.insured_employees': '고용보험 가입자 수',
  'company.regular_ratio': '정규직 비율',
  'company.youth_employees': '청년 근로자 수',
  'company.avg_monthly_wage': '월평균 임금',
  'company.living_wage_ratio': '생활임금 지급 비율',
  'company.parental_leave_users': '육아휴직 사용자 수',
  'company.revenue': '매출액',
  'company.public_certifications': '공공 인증',
  'company.public_certifications.name': '공공 인증 — 이름',
  'company.public_certifications.valid_until': '공공 인증 — 유효기간',
  'company.wage_arrears': '임금체불 여부',
  'company.industrial_accident_deaths': '산업재해 사망자 수',
  'company.tax_delinquent': '세금 체납 여부',
  'company.work_life_benefits': '일·생활 균형 제도',
  documents: '제출 서류',
  'documents.kind': '제출 서류 — 종류',
  'documents.received': '제출 서류 — 접수 여부',
  stage: '심사 단계',
  screening: '자격검토',
  'screening.result': '자격검토 — 결과',
  'screening.failed_criteria': '자격검토 — 미충족 요건',
  'screening.note': '자격검토 — 의견',
  'screening.by': '자격검토 — 검토자',
  'screening.at': '자격검토 — 검토 시각',
  scores: '심사 점수',
  'scores.evaluator_id': '심사 점수 — 평가위원',
  'scores.stage': '심사 점수 — 단계',
  'scores.criterion': '심사 점수 — 평가 항목',
  'scores.score': '심사 점수 — 점수',
  'scores.scored_at': '심사 점수 — 채점 시각',
  assignments: '평가위원 배정',
  abstentions: '회피·기피·제척',
  selection: '최종 선정',
  'selection.selected': '최종 선정 — 선정 여부',
  'selection.note': '최종 선정 — 의견',
  'selection.by': '최종 선정 — 결정자',
  'selection.at': '최종 선정 — 결정 시각'
}
