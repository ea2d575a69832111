import { afterEach, describe, expect, it, vi } from 'vitest'
import { cacheStatus } from '../../../src/main/core/cacheStatus'
import { listAttractiveJobs } from '../../../src/main/domains/attractive-jobs/repository'
import { listQuarantine } from '../../../src/main/db/repositories/quarantine'
import { COLLECTIONS, type AttractiveJob } from '../../../src/shared/portal'
import { startHarness, type SimHarness } from '../../helpers/sim'

describe('sync/pull against the live simulator', () => {
  let h: SimHarness
  afterEach(async () => h?.close())

  it('pulls every collection in full into an empty cache, searchable afterwards', async () => {
    h = await startHarness({ scale: 300 })
    const summary = await h.sync()
    expect(summary.error).toBeNull()
    const stats = h.sim.control.stats()
    const status = cacheStatus(h.core.context.db)
    for (const c of COLLECTIONS) {
      expect(status.collections[c]!.count).toBe(stats.counts[c].live)
      expect(status.collections[c]!.last_pulled_at).not.toBeNull()
    }
    const anyTitle = (h.sim.control.record('attractive-jobs', listAttractiveJobs(h.core.context.db, {}).rows[0]!.id) as AttractiveJob).title
    const word = anyTitle.split(' ').find((w) => [...w].length === 2) ?? anyTitle.slice(0, 3)
    const hits = listAttractiveJobs(h.core.context.db, { filter: { search: word }, pageSize: 500 })
    expect(hits.total).toBeGreaterThan(0)
    for (const row of hits.rows) {
      const record = h.sim.control.record('attractive-jobs', row.id) as AttractiveJob
      expect(`${record.title} ${record.org.name} ${record.org.department} ${record.duties}`.toLowerCase()).toContain(word.toLowerCase())
    }
  })

  it('pulls only changes afterwards, keeps the highest version, and applies tombstones', async () => {
    h = await startHarness()
    await h.sync()
    const edited = h.sim.control.otherStaffEdit('attractive-jobs', 4)
    const deletedId = listAttractiveJobs(h.core.context.db, {}).rows.find((r) => !edited.some((e) => e.id === r.id))!.id
    h.sim.control.deleteRecord('attractive-jobs', deletedId)
    const summary = await h.sync()
    expect(summary.pulled['attractive-jobs']).toBe(5)
    expect(summary.pulled['sme-applications']).toBe(0)
    for (const { id, version } of edited) {
      expect(h.core.context.db.prepare(`SELECT version FROM attractive_jobs WHERE id = ?`).get(id)).toEqual({ version })
    }
    expect(h.core.context.db.prepare(`SELECT count(*) AS n FROM attractive_jobs WHERE id = ?`).get(deletedId)).toEqual({ n: 0 })
  })

  it('quarantines feed items that break the schema, keeps their raw JSON, and carries on', async () => {
    h = await startHarness()
    await h.sync()
    const before = cacheStatus(h.core.context.db).collections['attractive-jobs']!.count
    const broken = h.sim.control.injectMalformed('attractive-jobs', 3)
    // Edits to two good records (a random pick could land on a malformed one, which stays quarantined).
    const good = (h.core.context.db.prepare(`SELECT id FROM attractive_jobs ORDER BY id LIMIT 2`).all() as { id: string }[]).map((r) => r.id)
    const edited = new Set(good.flatMap((id) => h.sim.control.otherStaffEdit('attractive-jobs', 1, id).map((e) => e.id)))
    expect(edited.size).toBe(2)
    const summary = await h.sync()
    expect(summary.error).toBeNull()
    expect(summary.quarantined).toBe(3)
    expect(summary.pulled['attractive-jobs']).toBe(edited.size)
    const rows = listQuarantine(h.core.context.db)
    expect(rows.map((r) => r.item_id).sort()).toEqual([...broken].sort())
    for (const row of rows) {
      expect(() => JSON.parse(row.raw)).not.toThrow()
      // The field's Korean name and a plain Korean reason (e.g. "사업명: 값이 없습니다").
      expect(row.error).toMatch(/^[가-힣][^:]*: .*[가-힣]/)
    }
    expect(cacheStatus(h.core.context.db).collections['attractive-jobs']!.count).toBe(before)
    // Pulling again does not duplicate quarantine rows.
    await h.sync()
    expect(listQuarantine(h.core.context.db)).toHaveLength(3)
  })

  it('restarts a feed from the beginning on 410 cursor_expired and drops records the portal no longer has', async () => {
    h = await startHarness()
    await h.sync()
    const victim = listAttractiveJobs(h.core.context.db, {}).rows[0]!.id
    h.sim.control.deleteRecord('attractive-jobs', victim)
    h.sim.control.expireCursors()
    const summary = await h.sync()
    expect(summary.error).toBeNull()
    const stats = h.sim.control.stats()
    expect(cacheStatus(h.core.context.db).collections['attractive-jobs']!.count).toBe(stats.counts['attractive-jobs'].live)
    expect(h.core.context.db.prepare(`SELECT count(*) AS n FROM attractive_jobs WHERE id = ?`).get(victim)).toEqual({ n: 0 })
  })

  it('finishes under 30% injected 429/503 and dropped connections with the same result', async () => {
    h = await startHarness({ scale: 300 })
    await h.signIn()
    h.sim.faults.set({ rate429: 0.1, rate503: 0.1, dropRate: 0.1, retryAfterSeconds: 0 })
    const summary = await h.core.context.sync.start().done
    h.sim.faults.set({ rate429: 0, rate503: 0, dropRate: 0 })
    expect(summary.error).toBeNull()
    const stats = h.sim.control.stats()
    expect(stats.faultsInjected.total).toBeGreaterThan(0)
    for (const c of COLLECTIONS) expect(cacheStatus(h.core.context.db).collections[c]!.count).toBe(stats.counts[c].live)
  })

  it('refreshes an expired access token once and carries on', async () => {
    // One fake clock for the portal and the app (so the app's stamps never run ahead of the portal's),
    // moved past the token's lifetime instead of sleeping through it.
    let t = Date.parse('2026-12-01T09:00:00+09:00')
    h = await startHarness({ tokenTtlSeconds: 60, now: () => t }, { now: () => new Date(t) })
    await h.sync()
    const tokensChanged = vi.spyOn(h.core.context.session.requireClient(), 'setTokens')
    t += 60_000
    h.sim.control.otherStaffEdit('attractive-jobs', 1)
    const summary = await h.core.context.sync.start().done
    expect(summary.error).toBeNull()
    expect(summary.pulled['attractive-jobs']).toBe(1)
    // Exactly one refresh: the first request met token_expired, every later one used the new token.
    expect(tokensChanged).toHaveBeenCalledTimes(1)
    expect(tokensChanged.mock.calls[0]?.[0]).toMatchObject({ accessToken: expect.stringMatching(/^sim-at-/) })
  })

  it('sees only the feeds of the signed-in role', async () => {
    h = await startHarness()
    await h.signIn('coordinator')
    const summary = await h.core.context.sync.start().done
    expect(Object.keys(summary.pulled).sort()).toEqual(['reemployment-registrations', 'reemployment-sessions'])
    expect(cacheStatus(h.core.context.db).collections['attractive-jobs']!.count).toBe(0)
  })

  it('keeps the cache and reports Korean when the portal goes away', async () => {
    h = await startHarness()
    await h.sync()
    const before = cacheStatus(h.core.context.db)
    await h.sim.close()
    const summary = await h.core.context.sync.start().done
    expect(summary.error?.code).toBe('portal_unreachable')
    expect(summary.error?.message).toContain('포털에 연결할 수 없습니다')
    expect(cacheStatus(h.core.context.db).collections).toEqual(before.collections)
    expect(h.core.context.session.current().online).toBe(false)
  })
})
