import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rankingRowsForCli } from '../../../../src/main/domains/sme/cli'
import { smeRankingReport, smeReports, smeScoresReport, smeScreeningReport, smeSelectionReport } from '../../../../src/main/domains/sme/reports'
import type { ReportContent, ReportRow, ReportSheet, ReportSpec } from '../../../../src/main/reports/types'
import { sheetRows } from '../../../../src/main/reports/write/rows'
import { maskName, maskPhone } from '../../../../src/shared/domain/masking'
import { SHEET_STATE_LABELS, SME_STAGE_LABELS, SME_STATUS_LABELS } from '../../../../src/shared/domains/sme/labels'
import { evaluatorItems } from '../../../../src/shared/domains/sme/scoring'
import type { CommitteeView, RankingRow, SmeListResult, SmeRow } from '../../../../src/shared/domains/sme/views'
import { SmeApplication, type SmeCriteria, type StaffDirectoryEntry } from '../../../../src/shared/portal'
import { ReportDescriptor } from '../../../../src/shared/reports/model'
import { startHarness, type SimHarness } from '../../../helpers/sim'

const ROUND = '2026-1'
const EARLIER = '2025-1'

async function rowsOf(sheet: ReportSheet): Promise<ReportRow[]> {
  const rows: ReportRow[] = []
  for await (const row of sheet.rows()) rows.push(row)
  return rows
}

function expectDescribed(spec: ReportSpec, content: ReportContent): void {
  expect(content.sheets.length).toBeGreaterThan(0)
  for (const sheet of content.sheets) {
    expect(sheet.name.length).toBeLessThanOrEqual(31)
    for (const column of sheet.columns) expect(spec.descriptor.columns).toContainEqual(column)
  }
}

function thrown(run: () => unknown): { code: string; message: string } | null {
  try {
    run()
    return null
  } catch (error) {
    return error as { code: string; message: string }
  }
}

describe('강소기업 reports (manager, against the live simulator)', () => {
  let h: SimHarness
  let directory: StaffDirectoryEntry[]
  let criteria: SmeCriteria
  beforeAll(async () => {
    h = await startHarness({ scale: 400 })
    await h.sync()
    directory = await h.call<StaffDirectoryEntry[]>('reference:staff', {})
    criteria = (await h.call<SmeCriteria>('sme:criteria', { round: ROUND }))!
  })
  afterAll(async () => h.close())

  const build = <P>(spec: ReportSpec<P>, params: unknown) => spec.build(h.core.context, spec.params.parse(params))
  const portalRecords = new Map<string, SmeApplication>()
  /** The portal's copy of an application (read once: the records do not change in these tests). */
  const portal = (id: string) => {
    if (!portalRecords.has(id)) portalRecords.set(id, SmeApplication.parse(h.sim.control.record('sme-applications', id)))
    return portalRecords.get(id)!
  }

  async function listOfRound(round: string): Promise<SmeRow[]> {
    const rows: SmeRow[] = []
    for (let page = 1; ; page += 1) {
      const result = await h.call<SmeListResult>('sme:list', { page, pageSize: 100, filter: { rounds: [round] }, sort: { column: 'updated_at', direction: 'desc' } })
      rows.push(...result.rows)
      if (rows.length >= result.total || result.rows.length === 0) return rows.sort((a, b) => (a.id < b.id ? -1 : 1))
    }
  }

  it('declares four reports: screening and selection for the 강소기업 staff, scores and ranking for the committee (manager)', async () => {
    expect(smeReports.map((spec) => spec.descriptor.id)).toEqual(['sme.screening', 'sme.scores', 'sme.ranking', 'sme.selection'])
    for (const spec of smeReports) {
      expect(ReportDescriptor.parse(spec.descriptor)).toEqual(spec.descriptor)
      expect(spec.descriptor.params).toEqual(['smeRound'])
      expectDescribed(spec, await build(spec, {}))
    }
    expect(smeScreeningReport.descriptor.roles).toEqual(['sme_screener', 'sme_evaluator'])
    expect(smeSelectionReport.descriptor.roles).toEqual(['sme_screener', 'sme_evaluator'])
    expect(smeScoresReport.descriptor.roles).toEqual(['manager'])
    expect(smeRankingReport.descriptor.roles).toEqual(['manager'])
    for (const spec of [smeScreeningReport, smeSelectionReport]) {
      const personal = spec.descriptor.columns.filter((column) => column.personal)
      expect(personal.map((column) => [column.key, column.personal])).toEqual([
        ['ceo_name', 'optional'],
        ['ceo_phone', 'optional']
      ])
      expect(spec.descriptor.columns.find((column) => column.key === 'business_no')?.kind).toBe('code')
    }
  })

  it('reads round and stage from the CLI’s --filter text (the stage by code or by its Korean name) and ignores a batch’s session', () => {
    expect(smeRankingReport.params.parse({ filter: { round: EARLIER, stage: '면접심사' }, session: 'RS-1' })).toEqual({ round: EARLIER, stage: 'interview' })
    expect(smeRankingReport.params.parse({ filter: { stage: 'site_visit' } })).toEqual({ round: null, stage: 'site_visit' })
    expect(smeRankingReport.params.parse({})).toEqual({ round: null, stage: null })
    const badStage = smeRankingReport.params.safeParse({ filter: { stage: '발표심사' } })
    expect(badStage.error!.issues[0]!.message).toContain('심사 단계는 document(서면심사)')
    const unknown = smeRankingReport.params.safeParse({ filter: { rounds: ROUND } })
    expect(unknown.error!.issues[0]!.message).toContain('강소기업 보고서에 없는 조건입니다: rounds')
  })

  it('fills the 대표자 in full from the portal only when unmasked (audited), leaving every other value as it was', async () => {
    const sheet = (await build(smeScreeningReport, {})).sheets[0]!
    const rows = (await rowsOf(sheet)).slice(0, 2)
    const lookupsBefore = h.sim.control.stats().contactLookups
    for (const row of rows) {
      const unmasked = await sheet.unmask!(row, '선정 기업 대표자 연락 확인')
      const record = portal(String(row.id))
      expect(maskName(unmasked.ceo_name as string)).toBe(record.company.ceo_name)
      expect(unmasked.ceo_name).not.toBe(record.company.ceo_name)
      expect(maskPhone(unmasked.ceo_phone as string)).toMatch(/\*/)
      const { ceo_name: _n, ceo_phone: _p, ...rest } = unmasked
      const { ceo_name: _n0, ceo_phone: _p0, ...before } = row
      expect(rest).toEqual(before)
    }
    expect(h.sim.control.stats().contactLookups).toBe(lookupsBefore + 2)

    // As the file writers take them: each row unmasked while the sheet's rows are still being read.
    const selection = (await build(smeSelectionReport, { filter: { round: EARLIER } })).sheets[0]!
    const written: ReportRow[] = []
    for await (const row of sheetRows(selection, '선정 기업 대표자 연락 확인', undefined)) {
      written.push(row)
      if (written.length === 3) break
    }
    expect(written.map((row) => maskName(row.ceo_name as string))).toEqual(written.map((row) => portal(String(row.id)).company.ceo_name))
    expect(written.every((row) => row.selection === '선정')).toBe(true)
    expect(h.sim.control.stats().contactLookups).toBe(lookupsBefore + 5)
  })

  it('lists every application of the newest round with its checklist and the screening recorded', async () => {
    const list = await listOfRound(ROUND)
    expect(list.length).toBeGreaterThan(50)
    const content = await build(smeScreeningReport, {})
    expect(content.filters).toEqual([{ label: '차수', value: ROUND }])
    const [sheet] = content.sheets
    const rows = await rowsOf(sheet!)
    expect(sheet!.count).toBe(list.length)
    expect(rows.map((row) => row.id)).toEqual(list.map((row) => row.id))
    const nameOf = (id: string) => directory.find((entry) => entry.id === id)?.name ?? id
    const labelOf = (code: string) => criteria.eligibility.find((criterion) => criterion.code === code)?.label ?? code
    const screened = rows.filter((row) => row.screening_result !== '미검토')
    expect(screened.length).toBeGreaterThan(10)
    for (const [index, row] of rows.entries()) {
      const record = portal(String(row.id))
      const listed = list[index]!
      expect(row.business_no).toBe(`${record.company.business_no.slice(0, 3)}-${record.company.business_no.slice(3, 5)}-${record.company.business_no.slice(5)}`)
      expect(row.status).toBe(SME_STATUS_LABELS[record.status])
      expect(row.screening_result).toBe(record.screening === null ? '미검토' : record.screening.result === 'eligible' ? '적격' : '부적격')
      expect(row.screening_note).toBe(record.screening?.note ?? null)
      expect(row.screened_by).toBe(record.screening ? nameOf(record.screening.by) : null)
      expect(row.screened_at).toBe(record.screening?.at ?? null)
      expect(row.failed_criteria).toBe(record.screening?.failed_criteria.length ? record.screening.failed_criteria.map(labelOf).join(', ') : null)
      expect(row.checklist).toBe(
        listed.eligibility_failures!.length === 0 && listed.eligibility_manual.length === 0
          ? '모두 충족'
          : [listed.eligibility_failures!.length ? `미충족 ${listed.eligibility_failures!.length}` : '', listed.eligibility_manual.length ? `직접 확인 ${listed.eligibility_manual.length}` : '']
              .filter(Boolean)
              .join(' · ')
      )
      expect(row.documents_missing).toBe(listed.documents_missing)
      expect(row.ceo_name).toBeNull()
    }
  })

  it('scores each stage per application × 위원 A, B, … × item, in the committee’s letters, without an evaluator’s id or name', async () => {
    const content = await build(smeScoresReport, { filter: { round: ROUND } })
    expect(content.sheets.map((sheet) => sheet.name)).toEqual(criteria.stages.map((stage) => `${SME_STAGE_LABELS[stage]} 점수표`))
    const evaluatorIds = new Set(directory.filter((entry) => /평가|실사/.test(entry.department)).map((entry) => entry.id))
    const forbidden = [...evaluatorIds, ...directory.filter((entry) => evaluatorIds.has(entry.id)).map((entry) => entry.name)]
    expect(forbidden.length).toBeGreaterThan(10)
    for (const [stageIndex, stage] of criteria.stages.entries()) {
      const sheet = content.sheets[stageIndex]!
      const rows = await rowsOf(sheet)
      expect(rows).toHaveLength(sheet.count!)
      const items = evaluatorItems(criteria, stage)
      const committee = await h.call<CommitteeView>('sme:committee', { round: ROUND, stage })
      const committeeById = new Map(committee.rows.map((committeeRow) => [committeeRow.id, committeeRow]))
      const idOf = new Map(committee.evaluators.map((evaluator) => [`위원 ${evaluator.letter}`, evaluator.id]))
      expect(rows.filter((row) => !/^위원 [A-Z]+$/.test(String(row.evaluator)))).toEqual([])
      const values = new Set(rows.flatMap((row) => Object.values(row)))
      expect(forbidden.filter((value) => values.has(value))).toEqual([])
      // Each (application, 위원) of the committee matrix is one group of rows, one per item, in the criteria's order.
      const groups = new Map<string, ReportRow[]>()
      for (const row of rows) groups.set(`${row.id} ${row.evaluator}`, [...(groups.get(`${row.id} ${row.evaluator}`) ?? []), row])
      const cells = committee.rows.flatMap((committeeRow) => Object.entries(committeeRow.cells).map(([evaluatorId, cell]) => ({ id: committeeRow.id, evaluatorId, cell })))
      expect(cells.length).toBeGreaterThan(0)
      expect(groups.size).toBe(cells.length)
      const totals: { state: string; total: number | null; sum: number }[] = []
      for (const [key, group] of groups) {
        const [id, , letter] = key.split(' ')
        const evaluatorId = idOf.get(`위원 ${letter}`)!
        const cell = committeeById.get(id!)!.cells[evaluatorId]!
        expect(group.map((row) => row.item)).toEqual(items.map((item) => item.label))
        expect(group.map((row) => row.max)).toEqual(items.map((item) => item.max))
        expect(group.every((row) => row.sheet_state === SHEET_STATE_LABELS[cell.state])).toBe(true)
        const scores = portal(id!).scores.filter((score) => score.stage === stage && score.evaluator_id === evaluatorId)
        const abstained = ['recusal', 'challenge', 'exclusion'].includes(cell.state)
        expect(group.map((row) => row.score)).toEqual(items.map((item) => (abstained ? null : (scores.find((score) => score.criterion === item.code)?.score ?? null))))
        totals.push({ state: cell.state, total: cell.total, sum: group.reduce((sum, row) => sum + ((row.score as number | null) ?? 0), 0) })
      }
      const completeTotals = totals.filter((entry) => entry.state === 'complete')
      expect(completeTotals.length, stage).toBeGreaterThan(0)
      for (const entry of completeTotals) expect(entry.sum).toBeCloseTo(entry.total!, 9)
    }
  })

  it('ranks each stage exactly as the committee’s ranking, rounded as the CLI prints it', async () => {
    const content = await build(smeRankingReport, {})
    expect(content.filters).toEqual([
      { label: '차수', value: ROUND },
      { label: '심사 단계', value: criteria.stages.map((stage) => SME_STAGE_LABELS[stage]).join(', ') }
    ])
    expect(content.notes!.some((note) => note.startsWith('절사평균 (최고·최저점 제외):'))).toBe(true)
    for (const [index, stage] of criteria.stages.entries()) {
      const expected = await h.call<RankingRow[]>('sme:ranking', { round: ROUND, stage })
      const rounded = rankingRowsForCli(expected)
      const rows = await rowsOf(content.sheets[index]!)
      expect(rows.filter((row) => row.rank !== null).length, stage).toBeGreaterThan(0)
      expect(rows.map((row) => [row.id, row.rank, row.company_name, row.sheets, row.incomplete_sheets, row.abstentions])).toEqual(
        expected.map((row) => [row.id, row.rank, row.company, row.sheets, row.incomplete_sheets, row.abstentions])
      )
      expect(rows.map((row) => [row.computed, row.mean, row.trimmed_mean, row.score, row.normalized, row.spread])).toEqual(
        rounded.map((row) => [row.computed, row.mean, row.trimmed_mean, row.score, row.normalized, row.spread])
      )
      expect(rows.map((row) => row.disagreement)).toEqual(expected.map((row) => (row.disagreement ? '의견 차이' : null)))
    }
    const one = await build(smeRankingReport, { filter: { round: EARLIER, stage: 'interview' } })
    expect(one.sheets.map((sheet) => sheet.name)).toEqual(['면접심사 순위'])
    expect((await rowsOf(one.sheets[0]!)).map((row) => row.id)).toEqual((await h.call<RankingRow[]>('sme:ranking', { round: EARLIER, stage: 'interview' })).map((row) => row.id))
    expect(thrown(() => build(smeRankingReport, { filter: { round: ROUND, stage: 'interview' } }))).toMatchObject({
      code: 'validation_failed',
      message: `${ROUND} 차수에는 면접심사 단계가 없습니다. 이 차수의 단계: 서면심사, 현장실사`
    })
    expect(thrown(() => build(smeRankingReport, { filter: { round: '2019-1' } }))).toMatchObject({ code: 'not_found' })
  })

  it('lists the final selection of a round: the selected first, then the not selected, then the undecided', async () => {
    const earlier = (await h.call<SmeCriteria>('sme:criteria', { round: EARLIER }))!
    const last = earlier.stages.at(-1)!
    const content = await build(smeSelectionReport, { filter: { round: EARLIER } })
    const rows = await rowsOf(content.sheets[0]!)
    const records = (await listOfRound(EARLIER)).map((row) => portal(row.id))
    const expected = records.filter(
      (record) => record.selection !== null || record.status === 'selected' || record.status === 'not_selected' || (record.status === 'evaluating' && record.stage === last)
    )
    const rankOf = (record: SmeApplication) => (record.selection === null ? 2 : record.selection.selected ? 0 : 1)
    expected.sort((a, b) => rankOf(a) - rankOf(b) || (a.id < b.id ? -1 : 1))
    expect(expected.filter((record) => record.selection?.selected).length).toBeGreaterThan(0)
    expect(rows.map((row) => row.id)).toEqual(expected.map((record) => record.id))
    const nameOf = (id: string) => directory.find((entry) => entry.id === id)?.name ?? id
    for (const [index, record] of expected.entries()) {
      expect(rows[index]).toMatchObject({
        company_name: record.company.name,
        status: SME_STATUS_LABELS[record.status],
        selection: record.selection === null ? '미결정' : record.selection.selected ? '선정' : '미선정',
        selection_note: record.selection?.note ?? null,
        selected_by: record.selection ? nameOf(record.selection.by) : null,
        selected_at: record.selection?.at ?? null
      })
    }
  })

  it('gives an evaluator the screening but not every evaluator’s scores or the ranking', async () => {
    await h.core.context.session.signIn('evaluator', 'demo')
    expect((await rowsOf((await build(smeScreeningReport, {})).sheets[0]!)).length).toBeGreaterThan(50)
    expect(thrown(() => build(smeScoresReport, {}))).toMatchObject({ code: 'forbidden' })
    expect(thrown(() => build(smeRankingReport, {}))).toMatchObject({ code: 'forbidden' })
  })
})
