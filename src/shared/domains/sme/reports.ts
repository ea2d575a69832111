import { z } from 'zod'
import type { Access } from '../../ipc/access'
import { SME_STAGES, type Role, type SmeStage } from '../../portal'
import { ReportParams, type ReportColumn, type ReportDescriptor } from '../../reports/model'
import { smeContract } from './contract'
import { SME_APPLICATION_FIELD_LABELS, SME_STAGE_LABELS } from './labels'
import { COMMITTEE_TEXT, SME_FILTER_LABELS, SME_LIST_COLUMN_LABELS } from './viewLabels'

/**
 * 강소기업's reports (보고서): what the catalog, the export dialog and the CLI show of them, and the
 * parameters each reads. Their rows are built in src/main/domains/sme/reports.ts.
 */

export const SME_REPORT_GROUP = '강소기업'

function rolesOf(access: Access): Role[] {
  return Array.isArray(access) ? [...(access as readonly Role[])] : []
}
/** Screening and selection: whoever works the 강소기업 list. */
const LIST_ROLES = rolesOf(smeContract['sme:list'].access)
/** Every evaluator's scores: only whoever sees the committee (blind scoring — an evaluator's copy holds only their own sheets). */
const COMMITTEE_ROLES = rolesOf(smeContract['sme:committee'].access)

// ── Parameters ──────────────────────────────────────────────────────────────────────────────────

/** `document`, or as staff say it: 서면심사. */
function stageFromText(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const text = value.trim()
  return SME_STAGES.find((stage) => stage === text || SME_STAGE_LABELS[stage] === text) ?? text
}

const STAGE_CHOICES = SME_STAGES.map((stage) => `${stage}(${SME_STAGE_LABELS[stage]})`).join(', ')

/** `--filter round=2026-1 stage=document` (or the dialog's choice): both optional. */
export const SmeRoundFilter = z.strictObject(
  {
    round: z.string().trim().min(1, '차수를 입력하세요.').max(40).optional(),
    stage: z.preprocess(stageFromText, z.enum(SME_STAGES, { error: `심사 단계는 ${STAGE_CHOICES} 중 하나입니다.` })).optional()
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `강소기업 보고서에 없는 조건입니다: ${issue.keys.join(', ')}. 쓸 수 있는 조건: round, stage` : undefined
  }
)

/**
 * What the 강소기업 reports read of the generic parameters: the round and the stage (null: the
 * report's default — the newest round in the cache, every stage of it). The list's view, columns
 * and a 재취업 session given to a batch are not theirs and are left alone.
 */
export const SmeReportParams = ReportParams.extend({ filter: SmeRoundFilter.optional() }).transform((params) => ({
  round: params.filter?.round ?? null,
  stage: (params.filter?.stage ?? null) as SmeStage | null
}))
export type SmeReportParams = z.output<typeof SmeReportParams>

// ── Columns ─────────────────────────────────────────────────────────────────────────────────────

const col = (key: string, label: string, kind: ReportColumn['kind'], personal?: ReportColumn['personal']): ReportColumn =>
  personal ? { key, label, kind, personal } : { key, label, kind }

const fieldLabel = (path: string) => SME_APPLICATION_FIELD_LABELS[path] ?? path

/** Who the application names as 대표자: in the file only when a manager unmasks (fetched from the portal). */
export const CEO_COLUMNS: readonly ReportColumn[] = [
  col('ceo_name', fieldLabel('company.ceo_name'), 'text', 'optional'),
  col('ceo_phone', '대표자 연락처', 'text', 'optional')
]

/** The company as every application report starts: number, name, 사업자등록번호 (text), 자치구, 업종. */
const COMPANY_COLUMNS: readonly ReportColumn[] = [
  col('id', SME_LIST_COLUMN_LABELS.id, 'text'),
  col('company_name', SME_LIST_COLUMN_LABELS.company_name, 'text'),
  col('business_no', SME_LIST_COLUMN_LABELS.business_no, 'code'),
  col('district_code', '자치구 코드', 'code'),
  col('district', SME_FILTER_LABELS.districtCodes, 'text'),
  col('industry_code', fieldLabel('company.industry_code'), 'code'),
  col('industry', SME_LIST_COLUMN_LABELS.industry, 'text'),
  col('status', SME_LIST_COLUMN_LABELS.status, 'text')
]

export const SCREENING_COLUMNS: readonly ReportColumn[] = [
  ...COMPANY_COLUMNS,
  col('business_no_check', '사업자등록번호 검증', 'text'),
  col('documents_missing', '미제출 서류', 'integer'),
  col('checklist', '자격요건 점검', 'text'),
  col('checklist_failures', '점검상 미충족 요건', 'text'),
  col('screening_result', '자격검토 결과', 'text'),
  col('failed_criteria', '미충족으로 기록한 요건', 'text'),
  col('screening_note', fieldLabel('screening.note'), 'text'),
  col('screened_by', fieldLabel('screening.by'), 'text'),
  col('screened_at', fieldLabel('screening.at'), 'datetime'),
  ...CEO_COLUMNS
]

export const SCORE_COLUMNS: readonly ReportColumn[] = [
  col('stage', COMMITTEE_TEXT.stage, 'text'),
  col('id', SME_LIST_COLUMN_LABELS.id, 'text'),
  col('company_name', SME_LIST_COLUMN_LABELS.company_name, 'text'),
  col('evaluator', '평가위원', 'text'),
  col('sheet_state', '평가표 상태', 'text'),
  col('item', '평가 항목', 'text'),
  col('max', '배점', 'number'),
  col('score', '점수', 'number')
]

const C = COMMITTEE_TEXT.columns
export const RANKING_COLUMNS: readonly ReportColumn[] = [
  col('rank', C.rank, 'integer'),
  col('id', SME_LIST_COLUMN_LABELS.id, 'text'),
  col('company_name', SME_LIST_COLUMN_LABELS.company_name, 'text'),
  col('status', C.status, 'text'),
  col('current_stage', '현재 단계', 'text'),
  col('sheets', '완료 평가표', 'integer'),
  col('incomplete_sheets', '작성 중 평가표', 'integer'),
  col('abstentions', '회피·기피·제척', 'integer'),
  col('computed', '정량 점수', 'number'),
  col('mean', C.mean, 'number'),
  col('trimmed_mean', C.trimmedMean, 'number'),
  col('score', C.score, 'number'),
  col('normalized', '표준화 점수(참고)', 'number'),
  col('spread', C.spread, 'number'),
  col('disagreement', C.disagreement, 'text')
]

export const SELECTION_COLUMNS: readonly ReportColumn[] = [
  ...COMPANY_COLUMNS,
  col('stage', fieldLabel('stage'), 'text'),
  col('selection', '선정 결과', 'text'),
  col('selection_note', fieldLabel('selection.note'), 'text'),
  col('selected_by', fieldLabel('selection.by'), 'text'),
  col('selected_at', fieldLabel('selection.at'), 'datetime'),
  ...CEO_COLUMNS
]

/** A selection not decided yet (the application is still in the last stage). */
export const SELECTION_UNDECIDED = '미결정'
/** A screening not recorded yet. */
export const SCREENING_NOT_DONE = '미검토'

// ── Descriptors ─────────────────────────────────────────────────────────────────────────────────

const base = { group: SME_REPORT_GROUP, params: ['smeRound'] as ReportDescriptor['params'], hasMoney: false }

export const SME_SCREENING_REPORT: ReportDescriptor = {
  ...base,
  id: 'sme.screening',
  title: '자격검토 결과',
  description: '차수의 신청마다 자격요건 점검 결과와 자격검토 결정(적격·부적격, 미충족 요건, 의견, 검토자)을 담습니다. 차수를 고르지 않으면 가장 최근 차수입니다.',
  columns: [...SCREENING_COLUMNS],
  roles: LIST_ROLES,
  wide: true
}

export const SME_SCORES_REPORT: ReportDescriptor = {
  ...base,
  id: 'sme.scores',
  title: '평가 점수표',
  description:
    '단계마다 시트 하나: 신청 × 평가위원(위원 A, B, …) × 평가 항목의 점수입니다. 위원의 이름과 번호는 담지 않습니다. 단계를 고르지 않으면 차수의 모든 단계를 담습니다.',
  columns: [...SCORE_COLUMNS],
  roles: COMMITTEE_ROLES,
  wide: false
}

export const SME_RANKING_REPORT: ReportDescriptor = {
  ...base,
  id: 'sme.ranking',
  title: '순위표',
  description:
    '단계마다 시트 하나: 심사위원회 화면의 순위(정량 점수, 평균, 절사평균, 단계 점수, 표준화 점수, 순위)입니다. 단계를 고르지 않으면 차수의 모든 단계를 담습니다.',
  columns: [...RANKING_COLUMNS],
  roles: COMMITTEE_ROLES,
  wide: true
}

export const SME_SELECTION_REPORT: ReportDescriptor = {
  ...base,
  id: 'sme.selection',
  title: '선정 결과',
  description: '차수의 마지막 단계까지 간 신청의 최종 선정 결과(선정·미선정·미결정)와 의견, 결정자입니다. 선정된 기업부터 적습니다. 순위와 점수는 순위표에 있습니다.',
  columns: [...SELECTION_COLUMNS],
  roles: LIST_ROLES,
  wide: true
}
