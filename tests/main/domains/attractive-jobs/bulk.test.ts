import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  BULK_NEEDS_ATTENTION_SKIP,
  bulkRuleFailureSkip,
  reviewActionRefusal
} from '../../../../src/shared/domains/attractive-jobs/labels'
import { RULE_LABELS } from '../../../../src/shared/domains/attractive-jobs/rules'
import type { AttractiveJobListResult, BulkPreview, BulkResult } from '../../../../src/shared/domains/attractive-jobs/views'
import type { AttractiveJob } from '../../../../src/shared/portal'
import { idsWhere, outboxStates } from '../../../helpers/outbox'
import { startHarness, type SimHarness } from '../../../helpers/sim'

describe('bulk decisions (core, against the live simulator)', () => {
  let h: SimHarness
  beforeEach(async () => {
    h = await startHarness({ scale: 300 })
    await h.sync()
  })
  afterEach(async () => h.close())

  const ok = <T>(channel: string, input: unknown) => h.call<T>(channel, input)
  const serverStatus = (id: string) => (h.sim.control.record('attractive-jobs', id) as AttractiveJob).status

  it('reports per row the rules it fails and its parked writes, and skips in the words of the single decision', async () => {
    const filter = { statuses: ['submitted' as const, 'in_review' as const] }
    const preview = await ok<BulkPreview>('attractiveJobs:bulkPreview', { target: { filter }, action: 'approve' })
    const listed = await ok<AttractiveJobListResult>('attractiveJobs:list', { pageSize: 500, filter: { statuses: ['in_review'] } })
    expect(listed.total).toBeLessThanOrEqual(500)
    const failuresById = new Map(listed.rows.map((r) => [r.id, r.rule_failures]))
    expect(preview.willChange.map((r) => r.id).sort()).toEqual([...failuresById.keys()].sort())
    for (const row of preview.willChange) {
      expect(row.rule_failures, row.id).toEqual(failuresById.get(row.id))
      expect(row.needs_attention, row.id).toBe(0)
    }
    expect(preview.willChange.some((r) => (r.rule_failures?.length ?? 0) > 0)).toBe(true)
    expect(preview.willChange.some((r) => r.rule_failures?.length === 0)).toBe(true)

    const skipped = preview.skipped[0]
    if (!skipped) throw new Error('no 접수 record in the seed')
    expect(skipped.status).toBe('submitted')
    expect(skipped.reason).toBe('접수 상태에서는 적정 처리할 수 없습니다.')
    expect(skipped.reason).toBe(reviewActionRefusal('submitted', 'approve'))
    // The single decision refuses the same record with the same sentence.
    const single = await h.core.dispatch('attractiveJobs:review', { id: skipped.id, action: 'approve' })
    expect(single).toMatchObject({ ok: false, error: { code: 'invalid_transition', message: skipped.reason } })
  })

  it('bulk 적정 leaves out the records failing rules when asked, and only then', async () => {
    const filter = { statuses: ['in_review' as const], fields: ['care' as const] }
    const preview = await ok<BulkPreview>('attractiveJobs:bulkPreview', { target: { filter }, action: 'approve' })
    const failing = preview.willChange.filter((r) => (r.rule_failures?.length ?? 0) > 0)
    const passing = preview.willChange.filter((r) => (r.rule_failures?.length ?? 0) === 0)
    expect(failing.length).toBeGreaterThan(0)
    expect(passing.length).toBeGreaterThan(0)

    const result = await ok<BulkResult>('attractiveJobs:bulkReview', { target: { filter }, action: 'approve', excludeRuleFailures: true })
    expect(result.queued).toBe(passing.length)
    expect(result.behindConflict).toBe(0)
    expect(result.skipped.map((s) => s.id).sort()).toEqual(failing.map((r) => r.id).sort())
    const first = failing[0]!
    expect(result.skipped.find((s) => s.id === first.id)?.reason).toBe(bulkRuleFailureSkip(first.rule_failures!.map((rule) => RULE_LABELS[rule])))
    expect(outboxStates(h.core.context.db)).toEqual({ pending: passing.length })

    const summary = await h.core.context.sync.start().done
    expect(summary.pushed).toBe(passing.length)
    for (const row of passing) expect(serverStatus(row.id), row.id).toBe('approved')
    for (const row of failing) expect(serverStatus(row.id), row.id).toBe('in_review')

    // Switched off (the default over IPC): the failing ones are approved too.
    const rest = await ok<BulkResult>('attractiveJobs:bulkReview', { target: { ids: failing.map((r) => r.id) }, action: 'approve' })
    expect(rest).toEqual({ queued: failing.length, skipped: [], behindConflict: 0 })
  })

  it('the rule switch means nothing for 보완요청: failing records are what it is for', async () => {
    const filter = { statuses: ['in_review' as const], fields: ['care' as const] }
    const preview = await ok<BulkPreview>('attractiveJobs:bulkPreview', { target: { filter }, action: 'request_revision' })
    const result = await ok<BulkResult>('attractiveJobs:bulkReview', {
      target: { filter },
      action: 'request_revision',
      reason: '예산 내역을 보완해 주십시오',
      excludeRuleFailures: true
    })
    expect(result.queued).toBe(preview.willChange.length)
    expect(result.skipped).toEqual([])
  })

  it('a record with a write parked in 확인 필요 is reported, and left out or counted as waiting behind it', async () => {
    const [conflicted, other] = idsWhere(h.core.context.db, `SELECT id FROM attractive_jobs WHERE status = 'in_review' ORDER BY id LIMIT 2`)
    if (!conflicted || !other) throw new Error('fewer than two 검토중 records in the seed')
    await ok('attractiveJobs:review', { id: conflicted, action: 'request_revision', reason: '예산 합계가 맞지 않습니다' })
    h.sim.control.otherStaffEdit('attractive-jobs', 1, conflicted)
    await h.core.context.sync.start().done
    expect(outboxStates(h.core.context.db)).toEqual({ conflict: 1 })

    const target = { ids: [conflicted, other] }
    const preview = await ok<BulkPreview>('attractiveJobs:bulkPreview', { target, action: 'approve' })
    expect(preview.willChange.map((r) => [r.id, r.needs_attention])).toEqual([
      [conflicted, 1],
      [other, 0]
    ])

    const leftOut = await ok<BulkResult>('attractiveJobs:bulkReview', { target, action: 'approve', excludeNeedingAttention: true })
    expect(leftOut).toEqual({ queued: 1, skipped: [{ id: conflicted, title: expect.any(String), reason: BULK_NEEDS_ATTENTION_SKIP }], behindConflict: 0 })

    const queued = await ok<BulkResult>('attractiveJobs:bulkReview', { target: { ids: [conflicted] }, action: 'approve' })
    expect(queued).toEqual({ queued: 1, skipped: [], behindConflict: 1 })
    expect(outboxStates(h.core.context.db)).toEqual({ conflict: 1, pending: 2 })
  })
})
