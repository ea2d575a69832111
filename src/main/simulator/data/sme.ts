/** 서울형 강소기업 vocabulary, the criteria reference the simulator serves and the evaluation panels of each round. */
import type { EligibilityCriterion, ScoringItem, SmeAssignment, SmeCriteria, SmeStage } from '../../../shared/portal/smeApplications'

export const COMPANY_PREFIXES = ['한강', '북악', '남산', '인왕', '청계', '세빛', '누리', '다온', '한빛', '새솔', '미래', '서울', '가온', '온새미로', '마루', '하늘', '푸른', '바른', '으뜸', '한울']
export const COMPANY_SUFFIXES = ['소프트', '테크', '바이오', '랩스', '에너지', '모빌리티', '푸드', '디자인', '로보틱스', '헬스케어', '시스템즈', '네트웍스', '컨설팅', '정밀', '에듀', '미디어']

/** 한국표준산업분류(KSIC) 제10차 세세분류 labels of the codes the seed uses. */
export const KSIC_LABELS: Readonly<Record<string, string>> = {
  J58221: '시스템 소프트웨어 개발 및 공급업',
  J58222: '응용 소프트웨어 개발 및 공급업',
  J62010: '컴퓨터 프로그래밍 서비스업',
  M70113: '의학 및 약학 연구개발업',
  C26211: '액정 표시장치 제조업',
  C10797: '건강기능식품 제조업',
  M73203: '시각 디자인업',
  P85669: '기타 기술 및 직업훈련학원',
  M71531: '경영 컨설팅업',
  C29280: '산업용 로봇 제조업',
  D35114: '태양력 발전업'
}

/** Industries with the name endings that suit them. */
export const INDUSTRIES: readonly { code: string; suffixes: readonly string[] }[] = [
  { code: 'J58222', suffixes: ['소프트', '랩스', '에듀'] },
  { code: 'J58221', suffixes: ['시스템즈', '소프트'] },
  { code: 'J62010', suffixes: ['테크', '네트웍스', '시스템즈'] },
  { code: 'M70113', suffixes: ['바이오', '헬스케어'] },
  { code: 'C26211', suffixes: ['정밀', '테크'] },
  { code: 'C10797', suffixes: ['푸드', '헬스케어'] },
  { code: 'M73203', suffixes: ['디자인', '미디어'] },
  { code: 'P85669', suffixes: ['에듀'] },
  { code: 'M71531', suffixes: ['컨설팅'] },
  { code: 'C29280', suffixes: ['로보틱스', '모빌리티'] },
  { code: 'D35114', suffixes: ['에너지'] }
]

export const CERTIFICATIONS = ['서울경제진흥원 하이서울기업', '중소벤처기업부 벤처기업', '중소벤처기업부 이노비즈', '고용노동부 청년친화강소기업', '여성가족부 가족친화인증', '중소벤처기업부 메인비즈']

export const WORK_LIFE_BENEFITS = ['flexible_hours', 'parental_leave', 'remote_work', 'childcare_support', 'long_service_leave', 'refresh_leave', 'family_day', 'education_support']

export const DOCUMENT_KINDS = ['business_registration', 'insurance_roster', 'financial_statements', 'certification_copy', 'tax_clearance']

/** portal-admin-api.md §6: the codes and kinds the simulator ships, the same for every round it knows. */
const ELIGIBILITY: readonly EligibilityCriterion[] = [
  { code: 'seoul_hq', label: '서울 소재 본사', kind: 'is_true', params: { field: 'headquarters_in_seoul' } },
  { code: 'sme', label: '중소기업 해당(중소기업확인서)', kind: 'is_true', params: { field: 'sme_confirmed' } },
  { code: 'public_certification_valid', label: '공공기관 인증 보유(유효기간 내)', kind: 'certification_valid', params: {} },
  { code: 'no_wage_arrears', label: '임금체불 명단 미등재', kind: 'is_false', params: { field: 'wage_arrears' } },
  { code: 'no_fatal_accident', label: '산업재해 사망사고 없음', kind: 'at_most', params: { field: 'industrial_accident_deaths', max: 0 } },
  { code: 'no_tax_delinquency', label: '국세·지방세 체납 없음', kind: 'is_false', params: { field: 'tax_delinquent' } },
  { code: 'min_insured_employees', label: '고용보험 피보험자 수', kind: 'at_least', params: { field: 'insured_employees', min: 10 } },
  { code: 'min_years_in_business', label: '업력', kind: 'years_since_at_least', params: { field: 'founded_on', min: 3 } }
]

/** 정량지표: points by brackets over a company field, highest `min` first. */
const COMPUTED_ITEMS: readonly ScoringItem[] = [
  {
    code: 'regular_ratio',
    label: '정규직 비율',
    stage: 'document',
    max: 20,
    computed: { field: 'regular_ratio', brackets: [{ min: 0.9, points: 20 }, { min: 0.8, points: 16 }, { min: 0.7, points: 12 }, { min: 0.6, points: 8 }, { min: 0, points: 4 }] }
  },
  {
    code: 'living_wage_ratio',
    label: '생활임금 지급비율',
    stage: 'document',
    max: 15,
    computed: { field: 'living_wage_ratio', brackets: [{ min: 1, points: 15 }, { min: 0.95, points: 10 }, { min: 0.9, points: 5 }] }
  },
  {
    code: 'parental_leave_ratio',
    label: '육아휴직 사용비율',
    stage: 'document',
    max: 10,
    computed: { field: 'parental_leave_ratio', brackets: [{ min: 0.05, points: 10 }, { min: 0.03, points: 7 }, { min: 0.01, points: 4 }] }
  }
]

const SITE_VISIT_ITEMS: readonly ScoringItem[] = [
  { code: 'job_quality', label: '일자리 질', stage: 'site_visit', max: 30 },
  { code: 'work_life_balance', label: '일·생활균형', stage: 'site_visit', max: 20 }
]

const CRITERIA: Readonly<Record<string, SmeCriteria>> = {
  '2025-1': {
    round: '2025-1',
    reference_date: '2025-06-30',
    stages: ['document', 'site_visit', 'interview'],
    eligibility: [...ELIGIBILITY],
    scoring: [
      ...COMPUTED_ITEMS,
      { code: 'competitiveness', label: '기업 경쟁력', stage: 'document', max: 20 },
      { code: 'growth_potential', label: '성장잠재력(워라밸 실천 의지)', stage: 'document', max: 15 },
      ...SITE_VISIT_ITEMS,
      { code: 'ceo_leadership', label: 'CEO 리더십', stage: 'interview', max: 20 }
    ],
    tie_break: ['regular_ratio', 'competitiveness', 'job_quality', 'ceo_leadership']
  },
  '2026-1': {
    round: '2026-1',
    reference_date: '2026-06-30',
    stages: ['document', 'site_visit'],
    eligibility: [...ELIGIBILITY],
    scoring: [
      ...COMPUTED_ITEMS,
      { code: 'competitiveness', label: '기업 경쟁력', stage: 'document', max: 20 },
      { code: 'growth_potential', label: '성장잠재력(CEO 리더십·워라밸 실천 의지)', stage: 'document', max: 15 },
      ...SITE_VISIT_ITEMS
    ],
    tie_break: ['regular_ratio', 'competitiveness', 'job_quality']
  }
}

/** Rounds the simulator knows, oldest first; others get 404. */
export const SME_ROUNDS = Object.keys(CRITERIA).sort()

/** The round's criteria (a fresh copy), or undefined for a round the simulator does not know. */
export function smeCriteria(round: string): SmeCriteria | undefined {
  const criteria = CRITERIA[round]
  return criteria ? structuredClone(criteria) : undefined
}

/**
 * Who scores which stage: the 서면심사 committee (all of it scores every application, and for 2025-1
 * also the 면접), and the 현장실사 teams of three (전문가 2 · 청년 1, the last member), each visiting its
 * own share of companies. The demo evaluator S-0031 sits on the committee and in the first team.
 */
interface RoundPanels {
  committee: readonly string[]
  committeeStages: readonly SmeStage[]
  teams: readonly (readonly [string, string, string])[]
}

const SITE_TEAMS: RoundPanels['teams'] = [
  ['S-0031', 'S-0051', 'S-0052'],
  ['S-0053', 'S-0054', 'S-0055'],
  ['S-0056', 'S-0057', 'S-0058'],
  ['S-0059', 'S-0060', 'S-0061']
]

const PANELS: Readonly<Record<string, RoundPanels>> = {
  '2025-1': { committee: ['S-0031', 'S-0032', 'S-0033', 'S-0034', 'S-0035', 'S-0036'], committeeStages: ['document', 'interview'], teams: SITE_TEAMS },
  '2026-1': { committee: ['S-0031', 'S-0032', 'S-0033', 'S-0034', 'S-0035', 'S-0036', 'S-0037'], committeeStages: ['document'], teams: SITE_TEAMS }
}

function panelsOf(round: string): RoundPanels {
  const panels = PANELS[round]
  if (!panels) throw new Error(`no panels for round ${round}`)
  return panels
}

export function isCommitteeStage(round: string, stage: SmeStage): boolean {
  return panelsOf(round).committeeStages.includes(stage)
}

/** The team that visits an application: by the serial number of its id, so the teams get equal shares. */
export function siteTeamFor(round: string, applicationId: string): readonly string[] {
  const teams = panelsOf(round).teams
  const serial = Number(/(\d+)$/.exec(applicationId)?.[1] ?? '0')
  const team = teams[serial % teams.length]
  if (!team) throw new Error('a round without site-visit teams')
  return team
}

/** Every assignment of an application, stage by stage in the round's order. */
export function assignmentsFor(round: string, applicationId: string, stages: readonly SmeStage[]): SmeAssignment[] {
  const panels = panelsOf(round)
  const out: SmeAssignment[] = []
  for (const stage of stages) {
    const members = panels.committeeStages.includes(stage) ? panels.committee : stage === 'site_visit' ? siteTeamFor(round, applicationId) : []
    for (const evaluator_id of members) out.push({ evaluator_id, stage })
  }
  return out
}

/** 회피 · 기피 · 제척 reasons as committees write them. */
export const ABSTENTION_REASONS = {
  recusal: [
    '신청기업 대표와 최근 3년 내 공동연구 수행',
    '신청기업의 경영 자문위원으로 활동 중',
    '신청기업 임원과 친족 관계',
    '최근 2년 내 신청기업과 용역 계약 체결',
    '신청기업 발행 주식 보유',
    '신청기업 대표와 같은 협회 임원으로 함께 활동'
  ],
  challenge: [
    '신청기업이 경쟁사 자문 이력을 이유로 기피 신청',
    '신청기업이 과거 분쟁 관계를 이유로 기피 신청',
    '신청기업 요청: 동종업계 경쟁사 재직 이력'
  ],
  exclusion: [
    '평가위원이 최근 3년 내 신청기업에 재직(제척 사유)',
    '평가위원의 배우자가 신청기업 임원으로 확인됨',
    '신청기업과 현재 계약 관계에 있음(제척 사유)'
  ]
} as const

/** 평가의견 phrases by stage and by how well the sheet scored. */
export const SHEET_COMMENTS: Readonly<Record<SmeStage, { high: readonly string[]; mid: readonly string[]; low: readonly string[] }>> = {
  document: {
    high: ['기술 경쟁력과 매출 성장세가 뚜렷함', '유연근무·육아지원 제도가 실제로 운영되고 있음', '청년 채용 계획이 구체적이고 실현 가능함', '대표의 조직문화 개선 의지가 분명함'],
    mid: ['경쟁력은 양호하나 성장 전략 보완이 필요함', '제도는 갖추었으나 이용 실적 자료가 부족함', '주력 제품의 시장 확장 계획이 다소 추상적임'],
    low: ['사업계획의 구체성이 부족함', '일·생활균형 제도의 운영 실적이 미흡함', '재무 안정성 자료 보완이 필요함']
  },
  site_visit: {
    high: ['근무공간이 쾌적하고 휴게시설이 충분함', '직원 면담에서 조직 만족도가 높게 나타남', '유연근무 실사용 기록이 확인됨'],
    mid: ['근무환경은 양호하나 장시간 근로 관행 개선이 필요함', '복지제도 안내가 직원에게 충분히 전달되지 않음'],
    low: ['현장 확인 결과 제출 자료와 차이가 있음', '휴게공간이 부족하고 초과근무 관리가 미흡함']
  },
  interview: {
    high: ['대표의 고용 철학과 비전이 명확함', '청년 인재 육성 계획이 설득력 있음'],
    mid: ['비전은 명확하나 실행 계획 보완이 필요함'],
    low: ['질의에 대한 답변이 구체적이지 않음']
  }
}

export const SELECTION_NOTES = {
  selected: ['강소기업지원위원회 심의 결과 선정', '위원회 심의 결과 선정(일자리 질 우수)'],
  notSelected: ['위원회 심의 결과 선정 기준 점수 미달', '위원회 심의 결과 미선정(현장실사 점수 미흡)']
} as const
