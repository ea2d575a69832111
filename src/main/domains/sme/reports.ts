import { formatBusinessNo } from '../../../shared/domains/sme/company'
import { evaluatorLetter, SHEET_STATE_LABELS, SME_SCORE_DEFINITIONS, SME_STAGE_LABELS, SME_STATUS_LABELS } from '../../../shared/domains/sme/labels'
import {
  RANKING_COLUMNS,
  SCORE_COLUMNS,
  SCREENING_COLUMNS,
  SCREENING_NOT_DONE,
  SELECTION_COLUMNS,
  SELECTION_UNDECIDED,
  SME_RANKING_REPORT,
  SME_SCORES_REPORT,
  SME_SCREENING_REPORT,
  SME_SELECTION_REPORT,
  SmeReportParams
} from '../../../shared/domains/sme/reports'
import { evaluatorItems } from '../../../shared/domains/sme/scoring'
import { COMMITTEE_TEXT, SCREENING_TEXT, SME_ROW_TEXT } from '../../../shared/domains/sme/viewLabels'
import type { SmeCriteria, SmeStage } from '../../../shared/portal'
import { AppError } from '../../core/errors'
import type { ReportContent, ReportRow, ReportSheet, ReportSpec } from '../../reports/types'
import { lookUpContact } from '../contactLookup'
import type { DomainContext } from '../types'
import { rankingRowsForCli } from './cli'
import { cachedCriteria } from './criteriaRepository'
import { ranking } from './handlers/committee'
import { requireCriteria, requireManager } from './handlers/common'
import { applicationCountOfRound, districtNames, screeningRows, selectionRows, staffNames, type CompanyRow } from './reportQueries'
import { roundsInCache, smeApplicationsTable } from './repository'
import { stageCells, stageEvaluators, stageInputs } from './stageData'

const COLLECTION = 'sme-applications'

/** The round asked for, or the newest one in the cache; a round with no cached application is refused. */
function roundOf(ctx: DomainContext, params: SmeReportParams): string {
  const rounds = roundsInCache(ctx.db)
  const round = params.round ?? rounds[0]
  if (round === undefined) throw new AppError('not_found', '이 PC에 강소기업 신청 자료가 없습니다. 온라인에서 동기화한 뒤 다시 내보내세요.')
  if (!rounds.includes(round)) {
    throw new AppError('not_found', `${round} 차수의 강소기업 신청이 이 PC에 없습니다. 이 PC에 있는 차수: ${rounds.join(', ')}`)
  }
  return round
}

/** The stage asked for, or every stage of the round in order. */
function stagesOf(criteria: SmeCriteria, stage: SmeStage | null): readonly SmeStage[] {
  if (stage === null) return criteria.stages
  if (!criteria.stages.includes(stage)) {
    const stages = criteria.stages.map((s) => SME_STAGE_LABELS[s]).join(', ')
    throw new AppError('validation_failed', `${criteria.round} 차수에는 ${SME_STAGE_LABELS[stage]} 단계가 없습니다. 이 차수의 단계: ${stages}`)
  }
  return [stage]
}

function roundLines(round: string, stages?: readonly SmeStage[]): { label: string; value: string }[] {
  return [
    { label: COMMITTEE_TEXT.round, value: round },
    ...(stages ? [{ label: COMMITTEE_TEXT.stage, value: stages.map((stage) => SME_STAGE_LABELS[stage]).join(', ') }] : [])
  ]
}

function companyCells(row: CompanyRow, districts: ReadonlyMap<string, string>): ReportRow {
  return {
    id: row.id,
    company_name: row.company_name,
    business_no: formatBusinessNo(row.business_no),
    district_code: row.district_code,
    district: districts.get(row.district_code) ?? null,
    industry_code: row.industry_code,
    industry: row.industry_name,
    status: SME_STATUS_LABELS[row.status],
    ceo_name: null,
    ceo_phone: null
  }
}

/** The 대표자 of the row's application in full, from the portal (audited per look-up with the reason). */
function unmaskCeo(ctx: DomainContext) {
  return async (row: ReportRow, reason: string): Promise<ReportRow> => {
    const contact = await lookUpContact(ctx, { collection: COLLECTION, table: smeApplicationsTable }, { id: String(row.id), reason })
    return { ...row, ceo_name: contact.name, ceo_phone: contact.phone }
  }
}

const codes = (list: string | null): string[] => (list ? list.split(',').sort() : [])

// ── 자격검토 결과 ───────────────────────────────────────────────────────────────────────────────

export const smeScreeningReport: ReportSpec<SmeReportParams> = {
  descriptor: SME_SCREENING_REPORT,
  params: SmeReportParams,
  build(ctx, params): ReportContent {
    const round = roundOf(ctx, params)
    const criteria = cachedCriteria(ctx.db, round)
    const criterionLabels = new Map((criteria?.eligibility ?? []).map((criterion) => [criterion.code, criterion.label]))
    const named = (list: readonly string[]) => list.map((code) => criterionLabels.get(code) ?? code).join(', ')
    const staff = staffNames(ctx.db)
    const districts = districtNames(ctx.db)
    const sheet: ReportSheet = {
      name: '자격검토 결과',
      columns: SCREENING_COLUMNS,
      count: applicationCountOfRound(ctx.db, round),
      *rows() {
        for (const row of screeningRows(ctx.db, round)) {
          const failures = codes(row.failure_list)
          const manual = codes(row.manual_list)
          const checklist =
            row.eligibility_failure_count === null
              ? SME_ROW_TEXT.eligibilityNoCriteria
              : failures.length === 0 && manual.length === 0
                ? SME_ROW_TEXT.eligibilityPass
                : [failures.length ? SME_ROW_TEXT.eligibilityFails(failures.length) : '', manual.length ? SME_ROW_TEXT.eligibilityManual(manual.length) : '']
                    .filter(Boolean)
                    .join(' · ')
          yield {
            ...companyCells(row, districts),
            business_no_check: row.business_no_valid === null ? null : row.business_no_valid === 1 ? SME_ROW_TEXT.businessNoValid : SME_ROW_TEXT.businessNoInvalid,
            documents_missing: row.documents_missing,
            checklist,
            checklist_failures: [named(failures), manual.length ? `${named(manual)}(직접 확인)` : ''].filter(Boolean).join(', ') || null,
            screening_result: row.result === null ? SCREENING_NOT_DONE : row.result === 'eligible' ? SCREENING_TEXT.eligible : SCREENING_TEXT.ineligible,
            failed_criteria: row.failed_criteria ? named(JSON.parse(row.failed_criteria) as string[]) || null : null,
            screening_note: row.note,
            screened_by: row.screened_by === null ? null : (staff.get(row.screened_by) ?? row.screened_by),
            screened_at: row.screened_at
          }
        }
      },
      unmask: unmaskCeo(ctx)
    }
    return {
      filters: roundLines(round),
      collections: [COLLECTION],
      sheets: [sheet],
      notes: [
        '자격요건 점검은 차수의 심사 기준을 신청 자료에 적용해 이 PC가 계산한 결과이고, 자격검토 결과는 검토자가 기록한 결정입니다.',
        ...(criteria ? [] : [SME_ROW_TEXT.eligibilityNoCriteriaHint])
      ]
    }
  }
}

// ── 평가 점수표 ─────────────────────────────────────────────────────────────────────────────────

/**
 * One stage's sheets as rows: per application (id order), per evaluator of the stage in the committee
 * view's order (위원 A, B, … by staff number — the number itself never leaves), per evaluator item.
 */
function scoreSheet(ctx: DomainContext, criteria: SmeCriteria, stage: SmeStage): ReportSheet {
  const { round } = criteria
  const items = evaluatorItems(criteria, stage)
  const evaluators = stageEvaluators(ctx.db, round, stage).map((id, index) => ({ id, name: COMMITTEE_TEXT.evaluator(evaluatorLetter(index)) }))
  const cells = stageCells(ctx.db, round, stage)
  const inputs = stageInputs(ctx.db, criteria, stage)
  const assigned = (id: string) => evaluators.filter((evaluator) => cells.get(id)?.[evaluator.id] !== undefined)
  return {
    name: `${SME_STAGE_LABELS[stage]} 점수표`,
    columns: SCORE_COLUMNS,
    count: inputs.reduce((sum, app) => sum + assigned(app.id).length * items.length, 0),
    *rows() {
      for (const app of inputs) {
        const sheets = new Map(app.sheets.map((sheet) => [sheet.evaluator_id, sheet.scores]))
        for (const evaluator of assigned(app.id)) {
          const state = cells.get(app.id)![evaluator.id]!.state
          const abstained = state === 'recusal' || state === 'challenge' || state === 'exclusion'
          const scores = abstained ? undefined : sheets.get(evaluator.id)
          for (const item of items) {
            const score = scores?.[item.code]
            yield {
              stage: SME_STAGE_LABELS[stage],
              id: app.id,
              company_name: app.company,
              evaluator: evaluator.name,
              sheet_state: SHEET_STATE_LABELS[state],
              item: item.label,
              max: item.max,
              score: typeof score === 'number' ? score : null
            }
          }
        }
      }
    }
  }
}

export const smeScoresReport: ReportSpec<SmeReportParams> = {
  descriptor: SME_SCORES_REPORT,
  params: SmeReportParams,
  build(ctx, params): ReportContent {
    // Every evaluator's sheets: a non-manager's copy holds only their own (blind scoring).
    requireManager(ctx, '평가 점수표 내보내기')
    const round = roundOf(ctx, params)
    const criteria = requireCriteria(ctx.db, round)
    const stages = stagesOf(criteria, params.stage)
    return {
      filters: roundLines(round, stages),
      collections: [COLLECTION],
      sheets: stages.map((stage) => scoreSheet(ctx, criteria, stage)),
      notes: [
        '평가위원은 단계마다 심사위원회 화면과 같은 순서로 위원 A, B, …로 적었습니다. 위원의 이름과 직원 번호는 담지 않습니다.',
        '회피·기피·제척한 위원은 점수가 없습니다. 작성 중인 평가표는 채점한 항목만 점수가 있습니다. 정량지표 점수는 순위표의 정량 점수에 있습니다.'
      ]
    }
  }
}

// ── 순위표 ──────────────────────────────────────────────────────────────────────────────────────

export const smeRankingReport: ReportSpec<SmeReportParams> = {
  descriptor: SME_RANKING_REPORT,
  params: SmeReportParams,
  build(ctx, params): ReportContent {
    const round = roundOf(ctx, params)
    const criteria = requireCriteria(ctx.db, round)
    const stages = stagesOf(criteria, params.stage)
    const sheets = stages.map((stage): ReportSheet => {
      // The committee's own ranking (rankStage over the side tables), rounded as the CLI prints it.
      const rows = ranking(ctx, { round, stage })
      const rounded = rankingRowsForCli(rows)
      const reportRows = rows.map(
        (row, index): ReportRow => ({
          rank: row.rank,
          id: row.id,
          company_name: row.company,
          status: SME_STATUS_LABELS[row.status],
          current_stage: row.current_stage === null ? null : SME_STAGE_LABELS[row.current_stage],
          sheets: row.sheets,
          incomplete_sheets: row.incomplete_sheets,
          abstentions: row.abstentions,
          computed: rounded[index]!.computed,
          mean: rounded[index]!.mean,
          trimmed_mean: rounded[index]!.trimmed_mean,
          score: rounded[index]!.score,
          normalized: rounded[index]!.normalized,
          spread: rounded[index]!.spread,
          disagreement: row.disagreement ? COMMITTEE_TEXT.disagreement : null
        })
      )
      return { name: `${SME_STAGE_LABELS[stage]} 순위`, columns: RANKING_COLUMNS, count: reportRows.length, rows: () => reportRows }
    })
    return {
      filters: roundLines(round, stages),
      collections: [COLLECTION],
      sheets,
      notes: [
        ...SME_SCORE_DEFINITIONS.map((definition) => `${definition.term}: ${definition.text}`),
        '점수는 소수 셋째 자리에서, 표준화 점수는 넷째 자리에서 반올림했습니다.'
      ]
    }
  }
}

// ── 선정 결과 ───────────────────────────────────────────────────────────────────────────────────

export const smeSelectionReport: ReportSpec<SmeReportParams> = {
  descriptor: SME_SELECTION_REPORT,
  params: SmeReportParams,
  build(ctx, params): ReportContent {
    const round = roundOf(ctx, params)
    const criteria = requireCriteria(ctx.db, round)
    const lastStage = criteria.stages[criteria.stages.length - 1]!
    const staff = staffNames(ctx.db)
    const districts = districtNames(ctx.db)
    const sheet: ReportSheet = {
      name: '선정 결과',
      columns: SELECTION_COLUMNS,
      *rows() {
        for (const row of selectionRows(ctx.db, round, lastStage)) {
          yield {
            ...companyCells(row, districts),
            stage: row.stage === null ? null : SME_STAGE_LABELS[row.stage],
            selection: row.selected === null ? SELECTION_UNDECIDED : row.selected === 1 ? COMMITTEE_TEXT.selected : COMMITTEE_TEXT.notSelected,
            selection_note: row.note,
            selected_by: row.selected_by === null ? null : (staff.get(row.selected_by) ?? row.selected_by),
            selected_at: row.selected_at
          }
        }
      },
      unmask: unmaskCeo(ctx)
    }
    return {
      filters: roundLines(round),
      collections: [COLLECTION],
      sheets: [sheet],
      notes: [`${SME_STAGE_LABELS[lastStage]}(마지막 단계)까지 간 신청과 선정 결과가 기록된 신청을 담습니다. 미결정은 아직 선정 결과가 기록되지 않은 신청입니다.`]
    }
  }
}

export const smeReports = [smeScreeningReport, smeScoresReport, smeRankingReport, smeSelectionReport]
