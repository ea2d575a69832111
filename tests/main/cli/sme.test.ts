import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { createCore } from '../../../src/main/core'
import { rankingRowsForCli } from '../../../src/main/domains/sme/cli'
import { startPortalSimulator, type PortalSimulator } from '../../../src/main/simulator'
import { PortalClient } from '../../../src/main/sync/portalClient'
import { eligibilityFailures, evaluateEligibility } from '../../../src/shared/domains/sme/eligibility'
import { evaluatorItems } from '../../../src/shared/domains/sme/scoring'
import type { RankingRow } from '../../../src/shared/domains/sme/views'
import { isValidBusinessNo, SmeApplication, SmeCriteria } from '../../../src/shared/portal'
import { makeTempDir } from '../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../cacheKey'

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli/index.ts', ...args], { env: { ...process.env, PORTAL_PASSWORD: 'demo', SEOUL_DESK_CACHE_KEY: TEST_CACHE_KEY }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

async function run(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: { SEOUL_DESK_CACHE_KEY: TEST_CACHE_KEY, PORTAL_PASSWORD: 'demo' } })
  return { code, stdout, stderr }
}

interface CliRow {
  id: string
  status: string
  stage: string | null
  round: string
  eligibility_failures: string[] | null
  business_no_valid: boolean
  documents_missing: number
}

describe('CLI: 강소기업 commands on the same core, against a live simulator', () => {
  let sim: PortalSimulator
  const managerDir = makeTempDir()
  const evaluatorDir = makeTempDir()
  let rows: CliRow[]
  let criteria: SmeCriteria
  const portal = (id: string) => SmeApplication.parse(sim.control.record('sme-applications', id))
  const manager = (...args: string[]) => run([...args, '--data-dir', managerDir.path])
  const evaluator = (...args: string[]) => run([...args, '--data-dir', evaluatorDir.path])
  const oneLine = (text: string) => expect(text.trim().split('\n')).toHaveLength(1)

  beforeAll(async () => {
    sim = await startPortalSimulator({ port: 0, seed: 5, scale: 250 })
    const synced = await Promise.all([
      cli(['sync', '--portal', sim.url, '--user', 'manager', '--data-dir', managerDir.path]),
      cli(['sync', '--portal', sim.url, '--user', 'evaluator', '--data-dir', evaluatorDir.path])
    ])
    for (const result of synced) expect(result.code, result.stderr).toBe(0)
    rows = JSON.parse((await manager('list', 'sme-applications', '--json')).stdout) as CliRow[]
    const client = new PortalClient({ baseUrl: sim.url })
    await client.signIn('manager', 'demo')
    criteria = await client.getJson('reference/sme-criteria', SmeCriteria, { round: '2026-1' })
  }, 60_000)
  afterAll(async () => {
    await sim.close()
    managerDir.remove()
    evaluatorDir.remove()
  })

  it('list sme-applications --json gives each record’s failing criteria, check digit and missing documents', async () => {
    expect(rows.length).toBe(sim.control.stats().counts['sme-applications'].live)
    for (const row of rows.filter((r) => r.round === '2026-1')) {
      const app = portal(row.id)
      expect(row.eligibility_failures).toEqual(eligibilityFailures(evaluateEligibility(app.company, criteria)).sort())
      expect(row.business_no_valid).toBe(isValidBusinessNo(app.company.business_no))
      expect(row.documents_missing).toBe(app.documents.filter((d) => !d.received).length)
    }
    const failing = JSON.parse((await manager('list', 'sme-applications', '--json', '--failing')).stdout) as CliRow[]
    expect(failing.map((r) => r.id)).toEqual(rows.filter((r) => (r.eligibility_failures ?? []).length > 0).map((r) => r.id))
    expect(failing.length).toBeGreaterThan(0)
  })

  it('screens, refusing a 부적격 without a note (exit 1) and bad arguments (exit 2, one Korean line)', async () => {
    const toScreen = rows.filter((r) => r.status === 'submitted' || r.status === 'screening')
    const passing = toScreen.find((r) => r.eligibility_failures!.length === 0)!
    const failing = toScreen.find((r) => r.eligibility_failures!.length > 0)!
    expect((await manager('screen', passing.id, 'eligible', '--json')).code).toBe(0)
    const noNote = await manager('screen', failing.id, 'ineligible', '--criteria', failing.eligibility_failures!.join(','))
    expect(noNote.code).toBe(1)
    oneLine(noNote.stderr)
    expect(noNote.stderr).toContain('의견')
    expect((await manager('screen', failing.id, 'ineligible', '--criteria', failing.eligibility_failures!.join(','), '--note', '요건 미충족')).code).toBe(0)
    const bad = await manager('screen', failing.id, 'maybe')
    expect(bad.code).toBe(2)
    expect(bad.stderr.split('\n')[0]).toContain('eligible|ineligible')
  })

  it('scores as the signed-in evaluator after the pledge, and records 회피; refusals are one line', async () => {
    const target = rows.find((r) => {
      const app = portal(r.id)
      return app.status === 'evaluating' && app.stage === 'document' && app.assignments.some((a) => a.evaluator_id === 'S-0031' && a.stage === 'document') && !app.abstentions.some((a) => a.evaluator_id === 'S-0031')
    })!
    const scores = evaluatorItems(criteria, 'document').map((item) => `${item.code}=${item.max - 3}`)
    const beforePledge = await evaluator('score', target.id, '--stage', 'document', ...scores)
    expect(beforePledge.code).toBe(1)
    expect(beforePledge.stderr).toContain('청렴·이해충돌 확인')
    const pledge = await evaluator('pledge', '--round', '2026-1', '--json')
    expect(pledge.code, pledge.stderr).toBe(0)
    expect(JSON.parse(pledge.stdout)).toMatchObject({ round: '2026-1', confirmedAt: expect.any(String) })
    const saved = await evaluator('score', target.id, '--stage', 'document', ...scores, '--comment', '현장 확인 필요', '--json')
    expect(saved.code, saved.stderr).toBe(0)
    expect(JSON.parse(saved.stdout)).toMatchObject({ queued: expect.any(Number), record_id: target.id })
    expect((await evaluator('score', target.id, '--stage', 'document', 'competitiveness=열')).code).toBe(2)
    expect((await evaluator('score', target.id, '--stage', 'lunch', 'competitiveness=3')).code).toBe(2)
    const challenge = await evaluator('abstain', target.id, '--stage', 'document', '--reason', '기피 신청이 있었습니다', '--kind', 'challenge', '--evaluator', 'S-0031')
    expect(challenge.code).toBe(1)
    oneLine(challenge.stderr)
    expect((await evaluator('abstain', target.id, '--stage', 'document')).code).toBe(2)

    const other = rows.find((r) => {
      const app = portal(r.id)
      return r.id !== target.id && app.status === 'evaluating' && app.stage === 'document' && app.assignments.some((a) => a.evaluator_id === 'S-0031' && a.stage === 'document') && !app.abstentions.some((a) => a.evaluator_id === 'S-0031')
    })!
    expect((await evaluator('abstain', other.id, '--stage', 'document', '--reason', '신청기업 대표와 공동연구', '--known-on', '2026-07-02')).code).toBe(0)

    const sync = await cli(['sync', '--portal', sim.url, '--user', 'evaluator', '--data-dir', evaluatorDir.path, '--json'])
    expect(sync.code, sync.stderr).toBe(0)
    expect(JSON.parse(sync.stdout)).toMatchObject({ pushed: 2, conflicts: 0, rejected: 0 })
    const scored = portal(target.id)
    expect(scored.scores.filter((s) => s.evaluator_id === 'S-0031' && s.stage === 'document')).toHaveLength(scores.length)
    expect(scored.sheet_comments.find((c) => c.evaluator_id === 'S-0031' && c.stage === 'document')?.comment).toBe('현장 확인 필요')
    expect(portal(other.id).abstentions.find((a) => a.evaluator_id === 'S-0031' && a.stage === 'document')).toMatchObject({ kind: 'recusal', known_on: '2026-07-02' })
  })

  it('ranking --json gives exactly the issue’s fields, rounded, as the core ranks them; a table without --json', async () => {
    const result = await manager('ranking', '--round', '2026-1', '--stage', 'document', '--json')
    expect(result.code, result.stderr).toBe(0)
    const printed = JSON.parse(result.stdout) as Record<string, unknown>[]
    expect(printed.length).toBeGreaterThan(0)
    const roundedTo = (value: unknown, decimals: number) => value === null || Math.abs((value as number) * 10 ** decimals - Math.round((value as number) * 10 ** decimals)) < 1e-6
    for (const row of printed) {
      expect(Object.keys(row)).toEqual(['id', 'company', 'sheets', 'abstentions', 'computed', 'mean', 'trimmed_mean', 'score', 'normalized', 'spread', 'disagreement', 'rank'])
      for (const key of ['computed', 'mean', 'trimmed_mean', 'score', 'spread']) expect(roundedTo(row[key], 2), `${String(row.id)} ${key}`).toBe(true)
      expect(roundedTo(row.normalized, 3)).toBe(true)
    }
    // Means of several sheets are rarely whole: the rounding is seen at work.
    expect(printed.some((row) => !roundedTo(row.mean, 0))).toBe(true)
    const core = await createCore({ cacheKey: TEST_CACHE_KEY, dataDir: managerDir.path, portalUrl: null, log: () => undefined })
    try {
      await core.context.session.continueOffline('manager', 'demo')
      const ranked = await core.dispatch('sme:ranking', { round: '2026-1', stage: 'document' })
      expect(printed).toEqual(rankingRowsForCli((ranked as { ok: true; value: RankingRow[] }).value))
    } finally {
      core.close()
    }
    const table = await manager('ranking', '--round', '2026-1', '--stage', 'document')
    expect(table.stdout.split('\n')[0]).toBe('id\tcompany\tsheets\tabstentions\tcomputed\tmean\ttrimmed_mean\tscore\tnormalized\tspread\tdisagreement\trank')
    expect((await evaluator('ranking', '--round', '2026-1', '--stage', 'document')).code).toBe(1)
    expect((await manager('ranking', '--stage', 'document')).code).toBe(2)
  })

  it('advances and selects one application each, refusing what the batch skips with its reason (exit 1)', async () => {
    const ranking = JSON.parse((await manager('ranking', '--round', '2026-1', '--stage', 'document', '--json')).stdout) as { id: string; rank: number | null }[]
    const inDocument = new Set(rows.filter((r) => r.status === 'evaluating' && r.stage === 'document').map((r) => r.id))
    const ready = ranking.find((r) => r.rank !== null && inDocument.has(r.id))!
    expect((await manager('advance', ready.id, '--json')).code).toBe(0)
    const submitted = rows.find((r) => r.status === 'submitted')!
    const refused = await manager('advance', submitted.id)
    expect(refused.code).toBe(1)
    oneLine(refused.stderr)
    expect(refused.stderr).toContain(submitted.id)

    const site = JSON.parse((await manager('ranking', '--round', '2026-1', '--stage', 'site_visit', '--json')).stdout) as { id: string; rank: number | null }[]
    const deciding = site.find((r) => r.rank !== null && rows.find((row) => row.id === r.id)?.status === 'evaluating')!
    expect((await manager('select', deciding.id, 'yes', '--note', '위원회 의결')).code).toBe(0)
    expect((await manager('select', ready.id, 'yes')).code).toBe(1)
    expect((await manager('select', deciding.id, 'maybe')).code).toBe(2)

    const sync = await cli(['sync', '--portal', sim.url, '--user', 'manager', '--data-dir', managerDir.path, '--json'])
    expect(sync.code, sync.stderr).toBe(0)
    expect(JSON.parse(sync.stdout)).toMatchObject({ conflicts: 0, rejected: 0 })
    expect(portal(ready.id)).toMatchObject({ status: 'evaluating', stage: 'site_visit' })
    expect(portal(deciding.id)).toMatchObject({ status: 'selected', selection: { selected: true, note: '위원회 의결' } })
  })
})
