import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listAttractiveJobs } from '../../../../src/main/domains/attractive-jobs/repository'
import { RULE_CODES } from '../../../../src/shared/domains/attractive-jobs/rules'
import type { AttractiveJob } from '../../../../src/shared/portal'
import { idsWhere, outboxStates } from '../../../helpers/outbox'
import { startHarness, type SimHarness } from '../../../helpers/sim'

const viewDefinition = {
  filter: { statuses: ['in_review' as const], fields: ['care' as const], ruleCheck: 'has_failures' as const },
  sort: { column: 'hourly_wage' as const, direction: 'asc' as const },
  columns: ['title' as const, 'org_name' as const, 'status' as const, 'rule_failures' as const],
  pageSize: 100
}

describe('review workspace (core, against the live simulator)', () => {
  let h: SimHarness
  beforeEach(async () => {
    h = await startHarness({ scale: 400 })
    await h.sync()
  })
  afterEach(async () => h.close())

  const ok = <T>(channel: string, input: unknown) => h.call<T>(channel, input)

  it('checks every record against the year rules fetched at sync, and filters by result and by rule', async () => {
    const rules = await ok<{ living_wage_hourly: number } | null>('attractiveJobs:rules', { year: 2026 })
    expect(rules?.living_wage_hourly).toBe(12121)
    const all = listAttractiveJobs(h.core.context.db, { pageSize: 500 })
    const unknown = all.rows.filter((r) => r.rule_failures === null)
    expect(unknown.every((r) => r.program_year !== 2026)).toBe(true)
    const failing = listAttractiveJobs(h.core.context.db, { filter: { ruleCheck: 'has_failures' }, pageSize: 500 })
    const passing = listAttractiveJobs(h.core.context.db, { filter: { ruleCheck: 'all_pass' }, pageSize: 500 })
    expect(failing.total).toBeGreaterThan(0)
    expect(passing.total).toBeGreaterThan(0)
    expect(failing.total + passing.total + unknown.length).toBe(all.total)
    expect(failing.rows.every((r) => r.rule_failures!.length > 0)).toBe(true)
    const wage = listAttractiveJobs(h.core.context.db, { filter: { failingRules: ['living_wage'] }, pageSize: 500 })
    expect(wage.total).toBeGreaterThan(0)
    for (const row of wage.rows) {
      expect(row.rule_failures).toContain('living_wage')
      const record = h.sim.control.record('attractive-jobs', row.id) as AttractiveJob
      expect(record.hourly_wage).toBeLessThan(12121)
    }
    const detail = await ok<{ checks: { rule: string; passed: boolean; note: string }[]; monthly_wage: number }>('attractiveJobs:get', { id: wage.rows[0]!.id })
    expect(detail.checks.map((c) => c.rule)).toEqual([...RULE_CODES])
    expect(detail.checks.find((c) => c.rule === 'living_wage')).toMatchObject({ passed: false })
    expect(detail.monthly_wage).toBeGreaterThan(0)
  })

  it('saves, lists, replaces and deletes views per staff member, and remembers the last view', async () => {
    expect(await ok('attractiveJobs:getLastView', {})).toBeNull()
    const saved = await ok<{ id: number; name: string }>('attractiveJobs:saveView', { name: '돌봄 위반', definition: viewDefinition })
    await ok('attractiveJobs:saveView', { name: '돌봄 위반', definition: { ...viewDefinition, pageSize: 50 } })
    const views = await ok<{ id: number; name: string; definition: typeof viewDefinition }[]>('attractiveJobs:listViews', {})
    expect(views).toHaveLength(1)
    expect(views[0]).toMatchObject({ id: saved.id, name: '돌봄 위반', definition: { ...viewDefinition, pageSize: 50 } })
    await ok('attractiveJobs:setLastView', { definition: viewDefinition })
    // Another staff member on the same PC has their own views.
    await h.core.context.session.signIn('reviewer', 'demo')
    expect(await ok('attractiveJobs:listViews', {})).toEqual([])
    expect(await ok('attractiveJobs:getLastView', {})).toBeNull()
    await h.core.context.session.signIn('manager', 'demo')
    expect(await ok('attractiveJobs:getLastView', {})).toEqual(viewDefinition)
    // …and survive a restart of the app.
    await h.restart()
    await h.signIn()
    expect(await ok('attractiveJobs:listViews', {})).toHaveLength(1)
    await ok('attractiveJobs:deleteView', { id: saved.id })
    expect(await ok('attractiveJobs:listViews', {})).toEqual([])
    const invalid = await h.core.dispatch('attractiveJobs:saveView', { name: '  ', definition: viewDefinition })
    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation_failed' } })
  })

  it('previews a bulk action, skipping records whose state does not allow it, and queues the rest with one reason', async () => {
    const filter = { statuses: ['submitted' as const, 'in_review' as const] }
    const preview = await ok<{ willChange: { id: string }[]; skipped: { id: string; reason: string }[] }>('attractiveJobs:bulkPreview', {
      target: { filter },
      action: 'request_revision'
    })
    const inReview = idsWhere(h.core.context.db, `SELECT id FROM attractive_jobs WHERE status = 'in_review' ORDER BY id`)
    const submitted = idsWhere(h.core.context.db, `SELECT id FROM attractive_jobs WHERE status = 'submitted' ORDER BY id`)
    expect(preview.willChange.map((r) => r.id).sort()).toEqual(inReview)
    expect(preview.skipped.map((r) => r.id).sort()).toEqual(submitted)
    expect(preview.skipped[0]!.reason).toContain('접수 상태에서는 보완요청할 수 없습니다')
    const missingReason = await h.core.dispatch('attractiveJobs:bulkReview', { target: { filter }, action: 'request_revision' })
    expect(missingReason).toMatchObject({ ok: false, error: { code: 'validation_failed' } })
    expect(outboxStates(h.core.context.db)).toEqual({})
    const result = await ok<{ queued: number; skipped: unknown[] }>('attractiveJobs:bulkReview', {
      target: { filter },
      action: 'request_revision',
      reason: '예산 내역을 보완해 주십시오'
    })
    expect(result.queued).toBe(inReview.length)
    expect(result.skipped).toHaveLength(submitted.length)
    const summary = await h.core.context.sync.start().done
    expect(summary.pushed).toBe(inReview.length)
    for (const id of inReview) {
      const record = h.sim.control.record('attractive-jobs', id) as AttractiveJob
      expect(record.status).toBe('revision_requested')
      expect(record.decision?.reason).toBe('예산 내역을 보완해 주십시오')
    }
    for (const id of submitted) expect((h.sim.control.record('attractive-jobs', id) as AttractiveJob).status).toBe('submitted')
  })

  it('keeps a time line per record: versions seen, the queued decision with device time, and its sync time', async () => {
    const [id] = idsWhere(h.core.context.db, `SELECT id FROM attractive_jobs WHERE status = 'in_review' LIMIT 1`)
    await ok('attractiveJobs:review', { id, action: 'approve' })
    await ok('attractiveJobs:comment', { id, body: '현장 확인 완료' })
    await h.core.context.sync.start().done
    const detail = await ok<{ history: { kind: string; summary: string; deviceTime: string | null; syncTime: string | null }[]; record: AttractiveJob }>(
      'attractiveJobs:get',
      { id }
    )
    const kinds = detail.history.map((e) => e.kind)
    expect(kinds).toContain('version')
    expect(kinds).toContain('queued')
    expect(kinds).toContain('decision')
    expect(kinds).toContain('comment')
    const synced = detail.history.filter((e) => e.kind === 'synced')
    expect(synced).toHaveLength(2)
    for (const entry of synced) {
      expect(entry.deviceTime).not.toBeNull()
      expect(entry.syncTime).not.toBeNull()
      expect(entry.syncTime! >= entry.deviceTime!).toBe(true)
    }
    // The decision carried its rule checks to the portal.
    expect(detail.record.status).toBe('approved')
  })

  it('refreshes one record before an irreversible action, and warns instead when offline', async () => {
    const [id] = idsWhere(h.core.context.db, `SELECT id FROM attractive_jobs WHERE status = 'in_review' LIMIT 1`)
    const edited = h.sim.control.otherStaffEdit('attractive-jobs', 1, id)
    const refreshed = await ok<{ refreshed: boolean; warning: string | null }>('records:refresh', { collection: 'attractive-jobs', id })
    expect(refreshed).toMatchObject({ refreshed: true, warning: null })
    expect(h.core.context.db.prepare(`SELECT version FROM attractive_jobs WHERE id = ?`).get(id)).toEqual({ version: edited[0]!.version })
    await h.sim.close()
    const offline = await ok<{ refreshed: boolean; warning: string | null }>('records:refresh', { collection: 'attractive-jobs', id })
    expect(offline.refreshed).toBe(false)
    expect(offline.warning).toMatch(/캐시 자료로 결정합니다/)
  })

  it('fills the dashboard tile from the cache', async () => {
    const dashboard = await ok<{ total: number; byStatus: Record<string, number>; byOrgType: Record<string, number>; withFailures: number; ruleFailures: Record<string, number> }>(
      'attractiveJobs:dashboard',
      {}
    )
    expect(dashboard.total).toBe(h.sim.control.stats().counts['attractive-jobs'].live)
    expect(Object.values(dashboard.byStatus).reduce((a, b) => a + b, 0)).toBe(dashboard.total)
    expect(Object.keys(dashboard.byOrgType).sort()).toEqual(['agency', 'city', 'district'])
    expect(dashboard.withFailures).toBeGreaterThan(0)
    expect(Math.max(...Object.values(dashboard.ruleFailures))).toBeLessThanOrEqual(dashboard.withFailures)
  })

  it("the home chart's status × 기관구분 cells are what the list finds with both filters", async () => {
    const dashboard = await ok<{ total: number; byStatusAndOrgType: { status: string; orgType: string; count: number }[] }>('attractiveJobs:dashboard', {})
    expect(dashboard.byStatusAndOrgType.length).toBeGreaterThan(3)
    expect(dashboard.byStatusAndOrgType.reduce((sum, cell) => sum + cell.count, 0)).toBe(dashboard.total)
    for (const cell of dashboard.byStatusAndOrgType) {
      const listed = await ok<{ total: number }>('attractiveJobs:list', { pageSize: 1, filter: { statuses: [cell.status], orgTypes: [cell.orgType] } })
      expect(listed.total, `${cell.status} × ${cell.orgType}`).toBe(cell.count)
    }
  })
})
