import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  attractiveJobsDecisionsReport,
  attractiveJobsListReport,
  attractiveJobsReports,
  attractiveJobsRuleFailuresReport,
  attractiveJobsSummaryReport
} from '../../../../src/main/domains/attractive-jobs/reports'
import type { ReportContent, ReportRow, ReportSheet, ReportSpec } from '../../../../src/main/reports/types'
import { sheetRows } from '../../../../src/main/reports/write/rows'
import { ATTRACTIVE_JOB_STATUS_LABELS, JOB_FIELD_LABELS, ORG_TYPE_LABELS } from '../../../../src/shared/domains/attractive-jobs/labels'
import { RULE_CODES, RULE_LABELS } from '../../../../src/shared/domains/attractive-jobs/rules'
import type { AttractiveJobFilter, AttractiveJobListResult, AttractiveJobRow, AttractiveJobSort, ViewDefinition } from '../../../../src/shared/domains/attractive-jobs/views'
import { maskEmail, maskName, maskPhone } from '../../../../src/shared/domain/masking'
import { ATTRACTIVE_JOB_STATUSES, JOB_FIELDS, ORG_TYPES, type AttractiveJob, type StaffDirectoryEntry } from '../../../../src/shared/portal'
import { ReportDescriptor } from '../../../../src/shared/reports/model'
import { startHarness, type SimHarness } from '../../../helpers/sim'

const seoulDay = (instant: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date(instant))

async function rowsOf(sheet: ReportSheet): Promise<ReportRow[]> {
  const rows: ReportRow[] = []
  for await (const row of sheet.rows()) rows.push(row)
  return rows
}

/** Every sheet column is one the descriptor lists (same label, kind and personal mark); names fit Excel. */
function expectDescribed(spec: ReportSpec, content: ReportContent): void {
  expect(content.sheets.length).toBeGreaterThan(0)
  for (const sheet of content.sheets) {
    expect(sheet.name.length).toBeLessThanOrEqual(31)
    expect(sheet.name).not.toMatch(/[\\/?*[\]:]/)
    for (const column of sheet.columns) expect(spec.descriptor.columns).toContainEqual(column)
  }
}

describe('매력일자리 reports (core, against the live simulator)', () => {
  let h: SimHarness
  beforeAll(async () => {
    h = await startHarness({ scale: 300 })
    await h.sync()
  })
  afterAll(async () => h.close())

  const build = <P>(spec: ReportSpec<P>, params: unknown) => spec.build(h.core.context, spec.params.parse(params))

  /** What the list screen shows for a filter and sort, page after page. */
  async function listPages(filter: AttractiveJobFilter, sort: AttractiveJobSort): Promise<AttractiveJobRow[]> {
    const rows: AttractiveJobRow[] = []
    for (let page = 1; ; page += 1) {
      const result = await h.call<AttractiveJobListResult>('attractiveJobs:list', { page, pageSize: 20, filter, sort })
      rows.push(...result.rows)
      if (rows.length >= result.total || result.rows.length === 0) {
        expect(rows).toHaveLength(result.total)
        return rows
      }
    }
  }

  /** A list row as the file should hold it, worked out here from the list's own row. */
  const asFileRow = (row: AttractiveJobRow) => ({
    id: row.id,
    title: row.title,
    org_code: row.org_code,
    org_name: row.org_name,
    org_type: ORG_TYPE_LABELS[row.org_type],
    headcount: row.headcount,
    hourly_wage: row.hourly_wage,
    status: ATTRACTIVE_JOB_STATUS_LABELS[row.status],
    program_year: String(row.program_year),
    submitted_at: seoulDay(row.submitted_at),
    updated_at: seoulDay(row.updated_at),
    rule_failures: row.rule_failures === null ? '점검 전(사업연도 기준 없음)' : row.rule_failures.length === 0 ? '통과' : row.rule_failures.map((r) => RULE_LABELS[r]).join(', ')
  })
  const FILE_KEYS = ['id', 'title', 'org_code', 'org_name', 'org_type', 'headcount', 'hourly_wage', 'status', 'program_year', 'submitted_at', 'updated_at', 'rule_failures']
  const pick = (row: ReportRow) => Object.fromEntries(FILE_KEYS.map((key) => [key, row[key]]))

  it('declares four reports with valid descriptors, the reviewers’ role and their sheets’ columns', async () => {
    expect(attractiveJobsReports.map((spec) => spec.descriptor.id)).toEqual([
      'attractive-jobs.summary',
      'attractive-jobs.list',
      'attractive-jobs.rule-failures',
      'attractive-jobs.decisions'
    ])
    for (const spec of attractiveJobsReports) {
      expect(ReportDescriptor.parse(spec.descriptor)).toEqual(spec.descriptor)
      expect(spec.descriptor.roles).toEqual(['attractive_jobs_reviewer'])
      expectDescribed(spec, await build(spec, {}))
    }
    const personal = attractiveJobsListReport.descriptor.columns.filter((column) => column.personal)
    expect(personal.map((column) => [column.key, column.personal])).toEqual([
      ['contact_name', 'optional'],
      ['contact_phone', 'optional'],
      ['contact_email', 'optional']
    ])
  })

  it('lists every row the list channel pages through for the same filter and sort, in its order, with the chosen columns', async () => {
    const cases: { filter: AttractiveJobFilter; sort: AttractiveJobSort }[] = [
      { filter: { statuses: ['submitted', 'in_review', 'approved'], programYears: [2026] }, sort: { column: 'hourly_wage', direction: 'asc' } },
      { filter: { search: '청년' }, sort: { column: 'updated_at', direction: 'desc' } },
      { filter: {}, sort: { column: 'rule_failure_count', direction: 'desc' } }
    ]
    for (const { filter, sort } of cases) {
      const expected = await listPages(filter, sort)
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(20)
      const content = await build(attractiveJobsListReport, { filter, sort, columns: ['status', 'title', 'org_name', 'hourly_wage'] })
      const [sheet] = content.sheets
      expect(sheet!.count).toBe(expected.length)
      expect(sheet!.columns.map((column) => column.key)).toEqual(['status', 'title', 'org_code', 'org_name', 'hourly_wage', 'contact_name', 'contact_phone', 'contact_email'])
      expect(sheet!.columns.find((column) => column.key === 'org_code')?.kind).toBe('code')
      expect(sheet!.columns.find((column) => column.key === 'hourly_wage')?.kind).toBe('money')
      expect((await rowsOf(sheet!)).map(pick)).toEqual(expected.map(asFileRow))
    }
    const searched = await build(attractiveJobsListReport, { filter: { search: '청년', statuses: ['in_review'] } })
    expect(searched.filters).toEqual([
      { label: '상태', value: '검토중' },
      { label: '검색', value: '"청년"' },
      { label: '정렬', value: '수정일 내림차순' }
    ])
    expect(searched.sheets[0]!.columns.filter((column) => !column.personal)).toHaveLength(15)
  })

  it('exports a saved view of the signed-in staff member by name, and refuses a name that is not saved', async () => {
    const definition: ViewDefinition = {
      filter: { orgTypes: ['district'], ruleCheck: 'has_failures' },
      sort: { column: 'title', direction: 'asc' },
      columns: ['title', 'field', 'headcount', 'submitted_at'],
      pageSize: 100
    }
    await h.call('attractiveJobs:saveView', { name: '자치구 위반', definition })
    const expected = await listPages(definition.filter, definition.sort)
    expect(expected.length).toBeGreaterThan(0)
    const content = await build(attractiveJobsListReport, { view: '자치구 위반' })
    expect(content.filters).toEqual([
      { label: '저장된 보기', value: '자치구 위반' },
      { label: '기관구분', value: '자치구' },
      { label: '기준 점검', value: '위반 있음' },
      { label: '정렬', value: '사업명 오름차순' }
    ])
    const [sheet] = content.sheets
    expect(sheet!.columns.map((column) => [column.key, column.kind])).toEqual([
      ['title', 'text'],
      ['field', 'text'],
      ['headcount', 'integer'],
      ['submitted_at', 'date'],
      ['contact_name', 'text'],
      ['contact_phone', 'text'],
      ['contact_email', 'text']
    ])
    const rows = await rowsOf(sheet!)
    expect(rows.map(pick)).toEqual(expected.map(asFileRow))
    expect(rows.map((row) => row.field)).toEqual(expected.map((row) => JOB_FIELD_LABELS[row.field]))

    // Filter keys given beside the view are laid over its filter.
    const narrowed = await build(attractiveJobsListReport, { view: '자치구 위반', filter: { statuses: ['in_review'] } })
    expect((await rowsOf(narrowed.sheets[0]!)).map(pick)).toEqual((await listPages({ ...definition.filter, statuses: ['in_review'] }, definition.sort)).map(asFileRow))

    const missing = (() => {
      try {
        attractiveJobsListReport.build(h.core.context, attractiveJobsListReport.params.parse({ view: '없는 보기' }))
        return null
      } catch (error) {
        return error as { code: string; message: string }
      }
    })()
    expect(missing).toMatchObject({ code: 'not_found' })
    expect(missing!.message).toContain('"없는 보기" 이라는 매력일자리 저장된 보기가 없습니다')
    expect(missing!.message).toContain('"자치구 위반"')
  })

  it('reads the CLI’s --filter text (lists at commas, numbers) and refuses a key the list does not know', () => {
    expect(attractiveJobsListReport.params.parse({ filter: { statuses: 'in_review,approved', programYears: '2026', search: '돌봄' } })).toEqual({
      filter: { statuses: ['in_review', 'approved'], programYears: [2026], search: '돌봄' }
    })
    const unknown = attractiveJobsListReport.params.safeParse({ filter: { status: 'in_review' } })
    expect(unknown.success).toBe(false)
    expect(unknown.error!.issues[0]!.message).toContain('매력일자리 목록에 없는 조건입니다: status')
    expect(attractiveJobsListReport.params.safeParse({ filter: { statuses: 'in_review,nope' } }).success).toBe(false)
  })

  it('sums the same submissions as the list: counts by 기관구분 × 상태, by 자치구 and by 직무분야, with 모집인원 and 예산', async () => {
    const filter: AttractiveJobFilter = { programYears: [2026] }
    const list = await listPages(filter, { column: 'updated_at', direction: 'desc' })
    const budgetOf = (id: string) => (h.sim.control.record('attractive-jobs', id) as AttractiveJob).budget.total
    const sums = (rows: readonly AttractiveJobRow[]) => ({
      count: rows.length,
      headcount: rows.reduce((sum, row) => sum + row.headcount, 0),
      budget: rows.reduce((sum, row) => sum + budgetOf(row.id), 0)
    })
    const content = await build(attractiveJobsSummaryReport, { filter: { programYears: '2026' } })
    expectDescribed(attractiveJobsSummaryReport, content)
    expect(content.filters).toEqual([{ label: '사업연도', value: '2026년' }])
    const [byType, byDistrict, byField] = await Promise.all(content.sheets.map(rowsOf))

    expect(byType!.map((row) => row.org_type)).toEqual([...ORG_TYPES.map((type) => ORG_TYPE_LABELS[type]), '합계'])
    for (const [index, type] of ORG_TYPES.entries()) {
      const ofType = list.filter((row) => row.org_type === type)
      expect(byType![index]).toMatchObject(sums(ofType))
      for (const status of ATTRACTIVE_JOB_STATUSES) expect(byType![index]![`status_${status}`]).toBe(ofType.filter((row) => row.status === status).length)
    }
    expect(byType!.at(-1)).toMatchObject(sums(list))
    expect(sums(list).budget).toBeGreaterThan(0)

    const districts = list.filter((row) => row.org_type === 'district')
    const codes = [...new Set(districts.map((row) => row.org_code))].sort()
    expect(byDistrict!.map((row) => row.district_code)).toEqual([...codes, null])
    for (const [index, code] of codes.entries()) expect(byDistrict![index]).toMatchObject(sums(districts.filter((row) => row.org_code === code)))
    expect(byDistrict!.at(-1)).toMatchObject({ district: '합계', ...sums(districts) })

    expect(byField!.map((row) => row.field)).toEqual([...JOB_FIELDS.map((field) => JOB_FIELD_LABELS[field]), '합계'])
    for (const [index, field] of JOB_FIELDS.entries()) expect(byField![index]).toMatchObject(sums(list.filter((row) => row.field === field)))
    expect(byField!.at(-1)).toMatchObject(sums(list))
  })

  it('counts rule failures per rule and per organisation exactly as the list’s rule filter finds them', async () => {
    const content = await build(attractiveJobsRuleFailuresReport, {})
    const [byRule, byOrg] = await Promise.all(content.sheets.map(rowsOf))
    const total = async (filter: AttractiveJobFilter) => (await h.call<AttractiveJobListResult>('attractiveJobs:list', { pageSize: 1, filter })).total
    const checked = (await total({ ruleCheck: 'all_pass' })) + (await total({ ruleCheck: 'has_failures' }))
    expect(byRule!.map((row) => row.rule)).toEqual(RULE_CODES.map((rule) => RULE_LABELS[rule]))
    for (const [index, rule] of RULE_CODES.entries()) {
      const failures = await total({ failingRules: [rule] })
      expect(byRule![index]).toEqual({ rule: RULE_LABELS[rule], failures, checked, share: failures / checked })
    }
    expect(byRule!.some((row) => (row.failures as number) > 0)).toBe(true)

    const districtRows = byOrg!.filter((row) => row.org_type === '자치구')
    expect(districtRows.length).toBeGreaterThan(0)
    for (const row of districtRows) {
      const rule = RULE_CODES.find((code) => RULE_LABELS[code] === row.rule)!
      const code = row.org_code as string
      expect(row.failures, `${code} ${rule}`).toBe(await total({ districtCodes: [code], failingRules: [rule] }))
      const orgChecked = (await total({ districtCodes: [code], ruleCheck: 'all_pass' })) + (await total({ districtCodes: [code], ruleCheck: 'has_failures' }))
      expect(row.checked).toBe(orgChecked)
    }
    const orgFailureSum = byOrg!.reduce((sum, row) => sum + (row.failures as number), 0)
    expect(orgFailureSum).toBe(byRule!.reduce((sum, row) => sum + (row.failures as number), 0))
  })

  it('leaves the contact out unless unmasked; unmask fetches it in full from the portal, audited, and changes nothing else', async () => {
    const content = await build(attractiveJobsListReport, { filter: { statuses: ['in_review'] }, columns: ['title', 'status'] })
    const [sheet] = content.sheets
    const rows = await rowsOf(sheet!)
    expect(rows.length).toBeGreaterThan(2)
    expect(rows.every((row) => row.contact_name === null && row.contact_phone === null)).toBe(true)
    const lookupsBefore = h.sim.control.stats().contactLookups
    for (const row of rows.slice(0, 2)) {
      const unmasked = await sheet!.unmask!(row, '주간 보고용 담당자 연락처 확인')
      const record = h.sim.control.record('attractive-jobs', String(row.id)) as AttractiveJob
      expect(maskName(unmasked.contact_name as string)).toBe(record.contact.name)
      expect(maskPhone(unmasked.contact_phone as string)).toBe(record.contact.phone)
      expect(maskEmail(unmasked.contact_email as string)).toBe(record.contact.email)
      expect(unmasked.contact_name).not.toBe(record.contact.name)
      const { contact_name: _n, contact_phone: _p, contact_email: _e, ...rest } = unmasked
      const { contact_name: _n0, contact_phone: _p0, contact_email: _e0, ...before } = row
      expect(rest).toEqual(before)
    }
    expect(h.sim.control.stats().contactLookups).toBe(lookupsBefore + 2)
    const audited = h.core.context.db
      .prepare(`SELECT record_id, reason FROM audit_events WHERE kind = 'contact_lookup' ORDER BY seq DESC LIMIT 2`)
      .all() as { record_id: string; reason: string }[]
    expect(audited.map((entry) => entry.record_id).sort()).toEqual(rows.slice(0, 2).map((row) => String(row.id)).sort())
    expect(audited.every((entry) => entry.reason === '주간 보고용 담당자 연락처 확인')).toBe(true)

    // As the file writers take them: each row unmasked while the sheet's rows are still being read.
    const written: ReportRow[] = []
    for await (const row of sheetRows(sheet!, '주간 보고용 담당자 연락처 확인', undefined)) {
      written.push(row)
      if (written.length === 3) break
    }
    expect(written.map((row) => row.id)).toEqual(rows.slice(0, 3).map((row) => row.id))
    expect(written.map((row) => maskName(row.contact_name as string))).toEqual(
      written.map((row) => (h.sim.control.record('attractive-jobs', String(row.id)) as AttractiveJob).contact.name)
    )
    expect(h.sim.control.stats().contactLookups).toBe(lookupsBefore + 5)
  })

  it('keeps a ledger of decisions: this PC’s with PC time, send state and portal time, and the portal’s others once each', async () => {
    await h.core.context.session.signIn('reviewer', 'demo')
    const directory = await h.call<StaffDirectoryEntry[]>('reference:staff', {})
    const nameOf = (id: string) => directory.find((entry) => entry.id === id)?.name ?? id
    const reviewer = h.core.context.session.requireStaff()
    const inReview = (await listPages({ statuses: ['in_review'] }, { column: 'title', direction: 'asc' })).map((row) => row.id)
    expect(inReview.length).toBeGreaterThan(3)
    const [approvedHere, revisedHere, pendingHere] = inReview as [string, string, string]

    const started = new Date().toISOString()
    await h.call('attractiveJobs:review', { id: approvedHere, action: 'approve' })
    await h.call('attractiveJobs:review', { id: revisedHere, action: 'request_revision', reason: '사전교육 계획을 보완해 주십시오.' })
    await h.sync()
    await h.call('attractiveJobs:review', { id: pendingHere, action: 'reject', reason: '예산 항목 합계가 맞지 않습니다.' })
    const finished = new Date().toISOString()

    const content = await build(attractiveJobsDecisionsReport, {})
    expectDescribed(attractiveJobsDecisionsReport, content)
    const rows = await rowsOf(content.sheets[0]!)
    const here = rows.filter((row) => row.source === '이 PC')
    expect(here.map((row) => [row.id, row.outcome, row.reason, row.decided_by, row.send_state])).toEqual([
      [approvedHere, '적정', null, reviewer.name, '반영됨'],
      [revisedHere, '보완요청', '사전교육 계획을 보완해 주십시오.', reviewer.name, '반영됨'],
      [pendingHere, '부적정', '예산 항목 합계가 맞지 않습니다.', reviewer.name, '전송 대기']
    ])
    for (const row of here) {
      expect(row.pc_time! >= started && row.pc_time! <= finished, String(row.pc_time)).toBe(true)
    }
    for (const id of [approvedHere, revisedHere]) {
      const record = h.sim.control.record('attractive-jobs', id) as AttractiveJob
      expect(here.find((row) => row.id === id)!.portal_time).toBe(record.decision!.decided_at)
    }
    expect(here.find((row) => row.id === pendingHere)!.portal_time).toBeNull()

    // Every other decision the portal holds appears once, with the portal's time and the directory's name.
    const portalRows = rows.filter((row) => row.source === '포털·다른 PC')
    const everyId = (await listPages({}, { column: 'updated_at', direction: 'desc' })).map((row) => row.id)
    const decided = everyId
      .map((id) => h.sim.control.record('attractive-jobs', id) as AttractiveJob)
      .filter((record) => record.decision !== null && record.id !== approvedHere && record.id !== revisedHere)
    expect(decided.length).toBeGreaterThan(10)
    expect(portalRows).toHaveLength(decided.length)
    for (const record of decided) {
      expect(portalRows.find((row) => row.id === record.id)).toMatchObject({
        outcome: ATTRACTIVE_JOB_STATUS_LABELS[record.decision!.outcome],
        reason: record.decision!.reason,
        decided_by: nameOf(record.decision!.decided_by),
        pc_time: null,
        portal_time: record.decision!.decided_at,
        send_state: '반영됨'
      })
    }
    expect(rows).toHaveLength(portalRows.length + here.length)
    const times = rows.map((row) => Date.parse((row.pc_time ?? row.portal_time) as string))
    expect(times).toEqual([...times].sort((a, b) => a - b))
  })
})
