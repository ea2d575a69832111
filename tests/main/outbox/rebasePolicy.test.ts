import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { listAudit } from '../../../src/main/db/repositories/auditLog'
import { MAX_REBASES_PER_ENTRY } from '../../../src/main/outbox/push'
import { evaluatorItems } from '../../../src/shared/domains/sme/scoring'
import type { InboxItem } from '../../../src/shared/ipc/outboxViews'
import { SmeApplication, type SmeCriteria } from '../../../src/shared/portal'
import { outboxStates } from '../../helpers/outbox'
import { startHarness, type SimHarness } from '../../helpers/sim'
import { makeTempDir } from '../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../cacheKey'

const ROUND = '2026-1'
const EVALUATOR = 'S-0031'
const OTHER = 'S-0032'

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.value as T
}

/**
 * Several evaluators save sheets of one application, each bumping its version: a sheet queued on an
 * older version meets 409 version_conflict although nobody touched it. The op's rebase policy moves it
 * onto the current version and sends it again; a sheet someone else did change still waits for a person.
 */
describe('outbox rebase policy (sme sheets against the live simulator)', () => {
  let h: SimHarness
  let managerCore: Core
  let managerDir: ReturnType<typeof makeTempDir>
  let criteria: SmeCriteria

  beforeEach(async () => {
    h = await startHarness({ scale: 200 })
    await h.signIn('evaluator')
    await h.sync()
    managerDir = makeTempDir()
    managerCore = await createCore({ cacheKey: TEST_CACHE_KEY, dataDir: managerDir.path, portalUrl: h.sim.url, log: () => undefined, push: { maxWaitMs: 60_000, backoff: { baseMs: 20, maxMs: 400 } } })
    await managerCore.context.session.signIn('manager', 'demo')
    await managerCore.context.sync.start().done
    criteria = (await h.call<SmeCriteria>('sme:criteria', { round: ROUND }))!
    await h.call('sme:confirmPledge', { round: ROUND })
    await call(managerCore, 'sme:confirmPledge', { round: ROUND })
  })
  afterEach(async () => {
    managerCore.close()
    managerDir.remove()
    await h.close()
  })

  const onPortal = (id: string) => SmeApplication.parse(h.sim.control.record('sme-applications', id))
  const sheetOf = (app: SmeApplication, evaluator: string) =>
    Object.fromEntries(app.scores.filter((s) => s.evaluator_id === evaluator && s.stage === 'document').map((s) => [s.criterion, s.score]))
  const full = (value: number) => Object.fromEntries(evaluatorItems(criteria, 'document').map((item) => [item.code, Math.min(item.max, value)]))

  /** A document-stage application both evaluators score, neither abstained, the evaluator's own sheet as given. */
  function target(evaluatorHasSheet: boolean): string {
    const rows = h.core.context.db.prepare(`SELECT id FROM sme_applications WHERE round = ? AND status = 'evaluating' AND stage = 'document' ORDER BY id`).all(ROUND) as { id: string }[]
    return rows
      .map(({ id }) => onPortal(id))
      .find(
        (app) =>
          [EVALUATOR, OTHER].every((e) => app.assignments.some((a) => a.evaluator_id === e && a.stage === 'document')) &&
          !app.abstentions.some((a) => a.stage === 'document' && (a.evaluator_id === EVALUATOR || a.evaluator_id === OTHER)) &&
          Object.keys(sheetOf(app, EVALUATOR)).length > 0 === evaluatorHasSheet
      )!.id
  }

  it('sends an evaluator’s offline sheet again on the current version when only another evaluator’s sheet changed', async () => {
    const id = target(false)
    const before = onPortal(id).version
    await h.call('sme:score', { id, stage: 'document', scores: full(14), comment: '오프라인에서 작성' })
    await call(managerCore, 'sme:score', { id, stage: 'document', evaluatorId: OTHER, scores: full(11) })
    expect(await managerCore.context.sync.start().done).toMatchObject({ pushed: 1, conflicts: 0 })
    expect(onPortal(id).version).toBe(before + 1)

    const summary = await h.sync()
    expect(summary).toMatchObject({ pushed: 1, conflicts: 0, rejected: 0 })
    const app = onPortal(id)
    expect(app.version).toBe(before + 2)
    expect(sheetOf(app, EVALUATOR)).toEqual(full(14))
    expect(sheetOf(app, OTHER)).toEqual(full(11))
    const db = h.core.context.db
    expect(outboxStates(db)).toEqual({ done: 1 })
    expect(listAudit(db).filter((row) => row.action === 'rebased:sme.scores').map((row) => JSON.parse(row.detail!) as object)).toEqual([
      expect.objectContaining({ from_version: before, to_version: before + 1, attempt: 1 })
    ])
    // Blind all along: the evaluator's cache never held the other evaluator's sheet.
    expect(db.prepare(`SELECT DISTINCT evaluator_id FROM sme_sheets WHERE application_id = ?`).all(id)).toEqual([{ evaluator_id: EVALUATOR }])
  })

  it('still parks a sheet a manager changed on the portal meanwhile, with both versions to compare', async () => {
    const id = target(true)
    const seen = sheetOf(onPortal(id), EVALUATOR)
    await h.call('sme:score', { id, stage: 'document', scores: full(19) })
    await call(managerCore, 'sme:score', { id, stage: 'document', evaluatorId: EVALUATOR, scores: full(3) })
    expect(await managerCore.context.sync.start().done).toMatchObject({ pushed: 1 })
    expect(sheetOf(onPortal(id), EVALUATOR)).not.toEqual(seen)

    expect(await h.sync()).toMatchObject({ pushed: 0, conflicts: 1 })
    expect(sheetOf(onPortal(id), EVALUATOR)).toEqual(full(3))
    const inbox = await h.call<InboxItem[]>('inbox:list', {})
    expect(inbox).toEqual([expect.objectContaining({ op: 'sme.scores', recordId: id, state: 'conflict', intent: expect.stringContaining('서면심사 점수') })])
    expect(listAudit(h.core.context.db).some((row) => row.action === 'rebased:sme.scores')).toBe(false)
  })

  it('gives up after a few rebases of one entry when the record keeps changing, and parks it', async () => {
    const id = target(false)
    h.sim.faults.set({ otherStaffEditRate: 1 })
    await h.call('sme:score', { id, stage: 'document', scores: full(12) })
    expect(await h.sync()).toMatchObject({ pushed: 0, conflicts: 1 })
    h.sim.faults.set({ otherStaffEditRate: 0 })
    expect(listAudit(h.core.context.db).filter((row) => row.action === 'rebased:sme.scores')).toHaveLength(MAX_REBASES_PER_ENTRY)
    expect(outboxStates(h.core.context.db)).toEqual({ conflict: 1 })
  })
})
