import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { eligibilityFailures, evaluateEligibility } from '../../../../src/shared/domains/sme/eligibility'
import type { SmeListResult, SmeRow } from '../../../../src/shared/domains/sme/views'
import { SmeApplication, type SmeCriteria } from '../../../../src/shared/portal'
import { outboxStates } from '../../../helpers/outbox'
import { startHarness, type SimHarness } from '../../../helpers/sim'

describe('sme screening: the checklist pre-fills the decision, a note is required for 부적격 and overrides', () => {
  let h: SimHarness
  beforeEach(async () => {
    h = await startHarness({ scale: 300 })
    await h.signIn('screener')
    await h.sync()
  })
  afterEach(async () => h.close())

  const refusal = async (input: object) => {
    const result = await h.core.dispatch('sme:screen', input)
    expect(result.ok, JSON.stringify(input)).toBe(false)
    return result.ok ? null : result.error
  }
  const toScreen = async () => (await h.call<SmeListResult>('sme:list', { pageSize: 500, filter: { statuses: ['submitted', 'screening'] } })).rows
  const failuresOf = async (row: SmeRow) => {
    const criteria = (await h.call<SmeCriteria>('sme:criteria', { round: row.round }))!
    return eligibilityFailures(evaluateEligibility(SmeApplication.parse(h.sim.control.record('sme-applications', row.id)).company, criteria))
  }

  it('refuses 부적격 without a note, an override without a note, unknown codes and 적격 naming failed criteria', async () => {
    const rows = await toScreen()
    const failing = rows.find((r) => r.eligibility_failures!.length > 0)!
    const passing = rows.find((r) => r.eligibility_failures!.length === 0)!
    const failed = await failuresOf(failing)
    expect(failing.eligibility_failures).toEqual([...failed].sort())

    expect((await refusal({ id: failing.id, result: 'ineligible', failedCriteria: failed }))?.message).toContain('부적격으로 결정할 때는 의견')
    expect((await refusal({ id: failing.id, result: 'ineligible', failedCriteria: failed, note: '   ' }))?.message).toContain('의견')
    expect((await refusal({ id: failing.id, result: 'eligible', failedCriteria: [] }))?.message).toContain('자격요건 점검 결과와 다르게')
    expect((await refusal({ id: passing.id, result: 'eligible', failedCriteria: ['seoul_hq'] }))?.message).toContain('미충족 요건을 둘 수 없습니다')
    expect((await refusal({ id: passing.id, result: 'ineligible', failedCriteria: ['made_up'], note: '확인' }))?.message).toContain('made_up')
    expect(await refusal({ id: 'SME-1999-000001', result: 'eligible', failedCriteria: [] })).toMatchObject({ code: 'not_found' })
    expect(outboxStates(h.core.context.db)).toEqual({})
  })

  it('queues 적격 as checked, an override with its note, and a 부적격 with the failed criteria; the portal gets each once', async () => {
    const rows = await toScreen()
    const passing = rows.find((r) => r.eligibility_failures!.length === 0)!
    const overridden = rows.find((r) => r.eligibility_failures!.length > 0)!
    const refused = rows.filter((r) => r.eligibility_failures!.length > 0)[1]!
    const refusedFailures = await failuresOf(refused)

    await h.call('sme:screen', { id: passing.id, result: 'eligible', failedCriteria: [] })
    await h.call('sme:screen', { id: overridden.id, result: 'eligible', failedCriteria: [], note: '체납액 완납 확인서 제출' })
    await h.call('sme:screen', { id: refused.id, result: 'ineligible', failedCriteria: refusedFailures, note: '요건 미충족' })

    // The screen shows the decisions at once, before the portal hears of them.
    const evaluating = await h.call<SmeListResult>('sme:list', { pageSize: 500, filter: { statuses: ['evaluating'], stages: ['document'] } })
    expect(evaluating.rows.filter((r) => [passing.id, overridden.id].includes(r.id)).map((r) => r.pending_writes)).toEqual([1, 1])
    const inbox = h.core.context.db.prepare(`SELECT op, body FROM outbox ORDER BY seq`).all() as { op: string; body: string }[]
    expect(inbox.map((e) => e.op)).toEqual(['sme.screening', 'sme.screening', 'sme.screening'])
    expect(JSON.parse(inbox[1]!.body)).toEqual({ result: 'eligible', failed_criteria: [], note: '체납액 완납 확인서 제출' })

    const summary = await h.sync()
    expect(summary).toMatchObject({ pushed: 3, conflicts: 0, rejected: 0 })
    const onPortal = (id: string) => SmeApplication.parse(h.sim.control.record('sme-applications', id))
    expect(onPortal(passing.id)).toMatchObject({ status: 'evaluating', stage: 'document', screening: { result: 'eligible', note: null, by: 'S-0021' } })
    expect(onPortal(overridden.id).screening).toMatchObject({ result: 'eligible', note: '체납액 완납 확인서 제출' })
    expect(onPortal(refused.id)).toMatchObject({ status: 'ineligible', stage: null, screening: { result: 'ineligible', failed_criteria: refusedFailures } })
    expect(outboxStates(h.core.context.db)).toEqual({ done: 3 })
    expect((await h.sync()).pushed).toBe(0)
  })

  it('is for screeners and managers: an evaluator is refused in Korean', async () => {
    const row = (await toScreen())[0]!
    await h.signIn('evaluator')
    expect(await refusal({ id: row.id, result: 'eligible', failedCriteria: [] })).toMatchObject({ code: 'forbidden', message: expect.stringContaining('강소기업 자격검토 권한') })
  })
})
