import type { AbstentionKind, SmeStage, SmeStatus } from '../../portal/smeApplications'
import type { EligibilityOutcome, SheetState } from './views'

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
  'company.parental_leave_ratio': '육아휴직 사용비율',
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
  sheet_comments: '평가의견',
  'sheet_comments.evaluator_id': '평가의견 — 평가위원',
  'sheet_comments.stage': '평가의견 — 단계',
  'sheet_comments.comment': '평가의견 — 내용',
  'sheet_comments.at': '평가의견 — 작성 시각',
  selection: '최종 선정',
  'selection.selected': '최종 선정 — 선정 여부',
  'selection.note': '최종 선정 — 의견',
  'selection.by': '최종 선정 — 결정자',
  'selection.at': '최종 선정 — 결정 시각'
}

/** How the company card and the checklist evidence show each company field (keys without `company.`). */
export type SmeCompanyFieldFormat = 'count' | 'percent' | 'won' | 'eok' | 'date' | 'boolean' | 'text' | 'benefits'

export const SME_COMPANY_FIELD_FORMATS: Readonly<Record<string, SmeCompanyFieldFormat>> = {
  name: 'text',
  business_no: 'text',
  ceo_name: 'text',
  industry_name: 'text',
  industry_code: 'text',
  sme_confirmed: 'boolean',
  district_code: 'text',
  address: 'text',
  headquarters_in_seoul: 'boolean',
  founded_on: 'date',
  employees: 'count',
  insured_employees: 'count',
  regular_ratio: 'percent',
  youth_employees: 'count',
  avg_monthly_wage: 'won',
  living_wage_ratio: 'percent',
  parental_leave_users: 'count',
  parental_leave_ratio: 'percent',
  revenue: 'eok',
  public_certifications: 'text',
  wage_arrears: 'boolean',
  industrial_accident_deaths: 'count',
  tax_delinquent: 'boolean',
  work_life_benefits: 'benefits'
}

/** The Korean label of a company field (criteria name fields as data, so an unknown one shows its name). */
export function companyFieldLabel(field: string): string {
  return SME_APPLICATION_FIELD_LABELS[`company.${field}`] ?? field
}

/**
 * What "full years since the date in this field" is called in the checklist ("업력 10년 ≥ 3년");
 * a field without a word of its own is phrased from its label ("인증일 이후 2년").
 */
export const SME_YEARS_SINCE_LABELS: Readonly<Record<string, string>> = {
  founded_on: '업력'
}

export function yearsSinceLabel(field: string): string {
  return SME_YEARS_SINCE_LABELS[field] ?? `${companyFieldLabel(field)} 이후`
}

/** 일·생활 균형 제도 (`company.work_life_benefits`); an unknown code shows as itself. */
export const WORK_LIFE_BENEFIT_LABELS: Readonly<Record<string, string>> = {
  flexible_hours: '유연근무제',
  parental_leave: '육아휴직',
  remote_work: '재택근무',
  childcare_support: '보육 지원',
  long_service_leave: '장기근속 휴가',
  refresh_leave: '리프레시 휴가',
  family_day: '가족의 날',
  education_support: '교육 지원'
}

/** 제출 서류 (`documents[].kind`); an unknown kind shows as itself. */
export const DOCUMENT_KIND_LABELS: Readonly<Record<string, string>> = {
  business_registration: '사업자등록증',
  insurance_roster: '4대보험 가입자 명부',
  financial_statements: '재무제표',
  certification_copy: '인증서 사본',
  tax_clearance: '납세증명서'
}

export const ABSTENTION_KIND_LABELS: Record<AbstentionKind, string> = {
  recusal: '회피',
  challenge: '기피',
  exclusion: '제척'
}

/** A cell of the committee matrix and a row of the evaluator's work list. */
export const SHEET_STATE_LABELS: Record<SheetState, string> = {
  complete: '완료',
  partial: '작성 중',
  missing: '미작성',
  recusal: '회피',
  challenge: '기피',
  exclusion: '제척'
}

export const ELIGIBILITY_OUTCOME_LABELS: Record<EligibilityOutcome, string> = {
  pass: '충족',
  fail: '미충족',
  missing: '자료 없음',
  manual: '직접 확인'
}

/** The committee view's help popover: the aggregates exactly as ranking.ts computes them. */
export const SME_SCORE_DEFINITIONS: readonly { term: string; text: string }[] = [
  {
    term: '정량 점수',
    text: '이 단계 정량지표 항목의 점수를 모두 더한 값입니다. 심사 기준의 구간을 기업이 제출한 자료에 적용해 계산하므로 모든 평가위원에게 같습니다.'
  },
  {
    term: '평가표 · 완료',
    text: '평가표는 평가위원 한 명이 한 신청을 한 단계에서 채점한 것입니다. 그 단계의 평가위원 채점 항목을 모두 채점하면 완료입니다. 회피·기피·제척한 위원은 평가표가 없습니다. 작성 중인 평가표는 표시만 하고 집계에는 넣지 않습니다.'
  },
  { term: '합계', text: '완료된 평가표 한 장의 점수를 모두 더한 값입니다.' },
  { term: '평균', text: '완료된 평가표 합계들의 평균입니다.' },
  {
    term: '절사평균 (최고·최저점 제외)',
    text: '완료된 평가표가 5장 이상이면 가장 높은 합계와 가장 낮은 합계를 한 장씩 빼고 낸 평균입니다. 4장 이하이면 평균과 같습니다.'
  },
  { term: '점수 차', text: '완료된 평가표 합계 중 가장 높은 값에서 가장 낮은 값을 뺀 것입니다.' },
  { term: '단계 점수', text: '정량 점수에 절사평균을 더한 값입니다. 순위와 선정은 이 점수로 정합니다.' },
  {
    term: '표준화 점수 (참고)',
    text:
      '평가위원마다 점수를 후하게 또는 엄하게 주는 정도를 비교하기 위한 참고값이며, 선정에는 쓰지 않습니다. ' +
      '위원마다 이 단계에서 완료한 모든 평가표 합계의 평균과 표준편차(모집단)를 구하고, 이 신청에 준 합계가 그 평균에서 ' +
      '표준편차 몇 배만큼 떨어져 있는지(z, 표준편차가 0이면 0)를 구해 위원들의 z를 평균합니다. ' +
      '서로 다른 기업을 방문한 현장실사 조끼리는 이 값으로 비교할 수 없습니다.'
  },
  {
    term: '의견 차이',
    text: '점수 차가 이 단계 평가위원 항목 배점 합계의 20%를 넘으면 표시합니다. 정확히 20%이면 표시하지 않습니다.'
  },
  {
    term: '순위',
    text:
      '단계 점수가 높은 순서입니다. 같으면 심사 기준의 동점 처리 항목 가운데 이 단계 항목을 차례로 비교해 높은 쪽이 앞섭니다' +
      '(정량 항목은 그 점수, 평가위원 항목은 완료된 평가표의 평균). 그래도 같으면 신청 번호 순서입니다. ' +
      '완료된 평가표가 한 장 이상인 신청만 순위를 매깁니다.'
  }
]

/** 위원 A, B, … Z, AA, AB, … for the evaluator at `index` (0-based) of a stage. */
export function evaluatorLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`evaluatorLetter: index must be a whole number ≥ 0 (got ${index})`)
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}
