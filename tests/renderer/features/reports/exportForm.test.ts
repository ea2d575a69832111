import { describe, expect, it } from 'vitest'
import {
  COMPLETIONS_REPORT,
  PERFORMANCE_REPORT,
  PerformanceReportParams,
  ROSTER_REPORT,
  RosterReportParams,
  SessionOrMonthsReportParams
} from '../../../../src/shared/domains/reemployment/reports'
import { SME_SCREENING_REPORT, SmeReportParams } from '../../../../src/shared/domains/sme/reports'
import { REPORTS_TEXT } from '../../../../src/shared/reports/labels'
import { ExportRequest, ReportParams, type ExportFileView, type ExportJobView, type ReportDescriptor } from '../../../../src/shared/reports/model'
import {
  batchProgress,
  buildParams,
  carriesPersonalData,
  emptyDraft,
  failureOf,
  filePercent,
  groupCatalog,
  paramsPlan,
  paramsProblem,
  reasonProblem
} from '../../../../src/renderer/src/features/reports/exportForm'

/** A list report as a domain declares one: the list's conditions, a contact column only when unmasked. */
const LIST_REPORT: ReportDescriptor = {
  id: 'sample.list',
  group: '견본',
  title: '견본 목록',
  description: '목록의 조건대로 모든 행을 담습니다.',
  columns: [
    { key: 'id', label: '번호', kind: 'text' },
    { key: 'contact', label: '담당자', kind: 'text', personal: 'optional' }
  ],
  params: ['listView'],
  roles: ['attractive_jobs_reviewer'],
  hasMoney: true,
  wide: true
}

const THIS_MONTH = '2026-12'

function file(state: ExportFileView['state'], rowsWritten: number, totalRows: number | null, error: string | null = null): ExportFileView {
  return { reportId: `r.${state}`, title: state, fileName: `${state}.xlsx`, state, rowsWritten, totalRows, sha256: null, error }
}

function job(files: ExportFileView[], state: ExportJobView['state'] = 'running'): ExportJobView {
  return { jobId: 'j', kind: 'batch', state, folder: 'C:\\보고서', files, personal: false, startedAt: '2026-12-03T01:00:00.000Z', finishedAt: null }
}

describe('the catalog', () => {
  it('groups reports by domain in the order main lists them', () => {
    const groups = groupCatalog([LIST_REPORT, ROSTER_REPORT, SME_SCREENING_REPORT, PERFORMANCE_REPORT])
    expect(groups.map((g) => [g.group, g.reports.map((r) => r.id)])).toEqual([
      ['견본', ['sample.list']],
      ['재취업', ['reemployment.roster', 'reemployment.performance']],
      ['강소기업', ['sme.screening']]
    ])
  })

  it('says a file holds personal data when a report is about people, or a manager unmasks its contact columns', () => {
    expect(carriesPersonalData([ROSTER_REPORT], false)).toBe(true)
    expect(carriesPersonalData([LIST_REPORT], false)).toBe(false)
    expect(carriesPersonalData([LIST_REPORT], true)).toBe(true)
    expect(carriesPersonalData([PERFORMANCE_REPORT], true)).toBe(false)
  })
})

describe('the parameters a report asks for', () => {
  it('asks a roster for its session, and a performance report for a 기간', () => {
    expect(paramsPlan([ROSTER_REPORT], 'session')).toMatchObject({ session: true, months: false, scopeChoice: false })
    expect(paramsPlan([PERFORMANCE_REPORT], 'session')).toMatchObject({ session: false, months: true, scopeChoice: false })
  })

  it('lets the staff member choose a session or a 기간 for a report that takes either', () => {
    expect(paramsPlan([COMPLETIONS_REPORT], 'session')).toMatchObject({ scopeChoice: true, session: true, months: false })
    expect(paramsPlan([COMPLETIONS_REPORT], 'months')).toMatchObject({ scopeChoice: true, session: false, months: true })
  })

  it('asks a batch for everything its reports need together', () => {
    // The roster needs a session: the 수료자 명단 then takes it too, and 실적 still needs its 기간.
    expect(paramsPlan([ROSTER_REPORT, COMPLETIONS_REPORT, PERFORMANCE_REPORT], 'months')).toMatchObject({ scopeChoice: false, session: true, months: true })
    expect(paramsPlan([COMPLETIONS_REPORT, PERFORMANCE_REPORT], 'session')).toMatchObject({ scopeChoice: true, session: true, months: true })
  })

  it('sends a roster only its session, though the roster screen handed over its filter too', () => {
    const draft = emptyDraft({ session: 'RS-1', filter: { statuses: ['registered'] }, sort: { column: 'name', direction: 'asc' } }, THIS_MONTH)
    const params = buildParams(paramsPlan([ROSTER_REPORT], draft.scope), draft)
    expect(params).toEqual({ session: 'RS-1' })
    expect(RosterReportParams.parse(params)).toMatchObject({ sessionId: 'RS-1' })
  })

  it('sends a list report the list’s filter, sort and columns, or a saved view by name from the catalog', () => {
    const fromList = { filter: { statuses: ['in_review'], search: '돌봄' }, sort: { column: 'title', direction: 'asc' as const }, columns: ['id', 'title'] }
    const listDraft = emptyDraft(fromList, THIS_MONTH)
    expect(buildParams(paramsPlan([LIST_REPORT], listDraft.scope), listDraft)).toEqual(fromList)
    const catalogDraft = { ...emptyDraft(null, THIS_MONTH), view: '검토 대기' }
    expect(buildParams(paramsPlan([LIST_REPORT], catalogDraft.scope), catalogDraft)).toEqual({ view: '검토 대기' })
  })

  it('sends a 기간 as the reports read it, this year so far by default', () => {
    const draft = { ...emptyDraft(null, THIS_MONTH), scope: 'months' as const, session: 'RS-9' }
    const params = buildParams(paramsPlan([COMPLETIONS_REPORT], draft.scope), draft)
    expect(params).toEqual({ filter: { from: '2026-01', to: '2026-12' } })
    expect(SessionOrMonthsReportParams.parse(params)).toEqual({ sessionId: null, from: '2026-01', to: '2026-12' })
    expect(PerformanceReportParams.parse(params)).toEqual({ from: '2026-01', to: '2026-12' })
  })

  it('sends a round and a stage when chosen, and nothing for the newest round', () => {
    const plan = paramsPlan([SME_SCREENING_REPORT], 'session')
    const draft = { ...emptyDraft(null, THIS_MONTH), smeRound: { round: '2026-1', stage: 'document' } }
    expect(buildParams(plan, draft)).toEqual({ filter: { round: '2026-1', stage: 'document' } })
    expect(SmeReportParams.parse(buildParams(plan, draft))).toEqual({ round: '2026-1', stage: 'document' })
    const latest = emptyDraft(null, THIS_MONTH)
    expect(buildParams(plan, latest)).toEqual({})
    expect(SmeReportParams.parse(buildParams(plan, latest))).toEqual({ round: null, stage: null })
    expect(paramsProblem(plan, latest)).toBeNull()
  })

  it('opens on the round or the months a list is narrowed to', () => {
    expect(emptyDraft({ filter: { round: '2026-2' } }, THIS_MONTH).smeRound).toEqual({ round: '2026-2', stage: null })
    const months = emptyDraft({ filter: { from: '2026-03' } }, THIS_MONTH)
    expect([months.scope, months.months]).toEqual(['months', { from: '2026-03', to: '2026-03' }])
  })

  it('builds parameters the contract accepts', () => {
    const draft = emptyDraft({ filter: { statuses: ['in_review'] }, columns: ['id'] }, THIS_MONTH)
    const params = buildParams(paramsPlan([LIST_REPORT, PERFORMANCE_REPORT], draft.scope), draft)
    expect(ReportParams.parse(params)).toEqual(params)
    expect(ExportRequest.safeParse({ reportId: 'sample.list', params, reason: '주간 업무 보고' }).success).toBe(true)
  })

  it('says in Korean what is missing before anything is sent', () => {
    const draft = emptyDraft(null, THIS_MONTH)
    expect(paramsProblem(paramsPlan([ROSTER_REPORT], draft.scope), draft)).toBe(REPORTS_TEXT.sessionMissing)
    expect(paramsProblem(paramsPlan([ROSTER_REPORT], draft.scope), { ...draft, session: 'RS-1' })).toBeNull()
    const inverted = { ...draft, months: { from: '2026-10', to: '2026-03' } }
    expect(paramsProblem(paramsPlan([PERFORMANCE_REPORT], draft.scope), inverted)).toBe(REPORTS_TEXT.monthsInvalid)
  })
})

describe('the reason', () => {
  it('asks for five characters at least, not counting the spaces around them, as main does', () => {
    expect(reasonProblem('보고용')).toBe('내보내는 이유를 5자 이상 입력하세요.')
    expect(reasonProblem('  보고용  ')).toBe('내보내는 이유를 5자 이상 입력하세요.')
    expect(reasonProblem('주간 업무 보고')).toBeNull()
    expect(reasonProblem('가'.repeat(201))).toBe('이유는 200자까지 입력할 수 있습니다.')
  })
})

describe('a job’s progress', () => {
  it('gives a file’s share of its known total, and none while the total is unknown', () => {
    expect(filePercent(file('running', 250, 1000))).toBe(25)
    expect(filePercent(file('running', 250, null))).toBeNull()
    expect(filePercent(file('done', 1000, null))).toBe(100)
    expect(filePercent(file('waiting', 0, 0))).toBe(0)
  })

  it('counts a batch’s finished files, failed ones included, of all', () => {
    const progress = batchProgress(job([file('done', 10, 10), file('failed', 0, null, '회차를 지정하세요.'), file('running', 3, 9), file('waiting', 0, null)]))
    expect(progress).toEqual({ finished: 2, done: 1, failed: 1, total: 4, percent: 50 })
  })

  it('tells why an export failed in the file’s own words', () => {
    expect(failureOf(job([file('failed', 0, null, '회차를 지정하세요.')], 'failed'))).toBe('회차를 지정하세요.')
    expect(failureOf(job([file('failed', 0, null)], 'failed'))).toBe(REPORTS_TEXT.failedFallback)
  })
})
