import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { retentionCutoffDate } from '../../../src/main/core/retention'
import type { AuditPage, RetentionStatus } from '../../../src/shared/ipc/privacyViews'
import { startHarness, type SimHarness } from '../../helpers/sim'

const COLLECTION = 'reemployment-registrations'

describe('retention (파기) of 재취업 registrations', () => {
  let h: SimHarness
  let clock: Date
  beforeEach(async () => {
    clock = new Date('2026-12-08T13:05:00+09:00')
    h = await startHarness({ scale: 200, now: () => clock.getTime() }, { now: () => clock })
    await h.signIn('manager')
    await h.sync()
  })
  afterEach(async () => h.close())

  const db = () => h.core.context.db
  const count = (sql: string, ...params: unknown[]) => (db().prepare(sql).get(...params) as { n: number }).n
  const registrations = () => count(`SELECT count(*) AS n FROM reemployment_registrations`)
  /** Registrations of sessions that ended before the Seoul day `cutoff`, as the cache holds them. */
  const endedBefore = (cutoff: string) =>
    (
      db()
        .prepare(`SELECT r.id FROM reemployment_registrations r JOIN reemployment_sessions s ON s.id = r.session_id WHERE s.ends_at < ? ORDER BY r.id`)
        .all(`${cutoff}T00:00:00+09:00`) as { id: string }[]
    ).map((row) => row.id)
  /**
   * A Seoul day between the seeded sessions' ends (some ended before it, some after) and the moment
   * one 보유기간 later, when the earlier ones are past it. The clock jumps there; the session is begun again.
   */
  const yearLater = async (): Promise<string> => {
    const days = (db().prepare(`SELECT DISTINCT substr(ends_at, 1, 10) AS day FROM reemployment_sessions ORDER BY day`).all() as { day: string }[]).map((r) => r.day)
    const cutoff = days[Math.floor(days.length / 2)]!
    clock = new Date(Date.parse(`${cutoff}T10:00:00+09:00`) + 365 * 86_400_000)
    await h.signIn('manager')
    return cutoff
  }
  const purgeEntries = async () =>
    (await h.call<AuditPage>('audit:list', { kind: 'retention_purge' })).rows.map((row) => JSON.parse(row.detail ?? 'null') as Record<string, unknown>)

  it('takes the cut-off day from the 보유기간 setting (365 days until the division sets it)', async () => {
    expect(retentionCutoffDate(new Date('2027-12-16T09:00:00+09:00'), 365)).toBe('2026-12-16')
    // 00:30 in Seoul is still the previous day in UTC: the Seoul day counts.
    expect(retentionCutoffDate(new Date('2027-12-16T00:30:00+09:00'), 365)).toBe('2026-12-16')
    const status = await h.call<RetentionStatus>('privacy:retention', {})
    // The start and the sync ran it already: nothing in December 2026 is a year old on 2026-12-08.
    expect(status).toEqual({ retentionDays: 365, source: 'default', lastPurgeAt: clock.toISOString(), lastPurgedCount: 0 })
    await h.call('settings:update', { retentionDays: 400 })
    expect(await h.call<RetentionStatus>('privacy:retention', {})).toMatchObject({ retentionDays: 400, source: 'set' })
  })

  it('removes the registrations of sessions that ended more than N days ago from the cache and its search index, audited; keeps one whose write waits until it is sent', async () => {
    const total = registrations()
    const days = (db().prepare(`SELECT DISTINCT substr(ends_at, 1, 10) AS day FROM reemployment_sessions ORDER BY day`).all() as { day: string }[]).map((r) => r.day)
    const cutoff = days[Math.floor(days.length / 2)]!
    const expired = endedBefore(cutoff)
    expect(expired.length).toBeGreaterThan(0)
    expect(expired.length).toBeLessThan(total)
    // A write of one of them waits to be sent (queued offline): it is kept until the portal has it.
    const waiting = db().prepare(`SELECT id FROM reemployment_registrations WHERE id IN (SELECT value FROM json_each(?)) AND status = 'registered' LIMIT 1`).get(JSON.stringify(expired)) as { id: string }
    await h.call('reemployment:setStatus', { registrationId: waiting.id, status: 'cancelled' })

    expect(await yearLater()).toBe(cutoff)
    const status = await h.call<RetentionStatus>('privacy:purgeNow', {})
    expect(status).toEqual({ retentionDays: 365, source: 'default', lastPurgeAt: clock.toISOString(), lastPurgedCount: expired.length - 1 })
    expect(endedBefore(cutoff)).toEqual([waiting.id])
    expect(registrations()).toBe(total - expired.length + 1)
    // The JSON, the search indexes and the versions seen went with the rows.
    expect(count(`SELECT count(*) AS n FROM reemployment_registrations_json`)).toBe(registrations())
    expect(count(`SELECT count(*) AS n FROM reemployment_registrations_trigram`)).toBe(registrations())
    expect(count(`SELECT count(*) AS n FROM record_versions WHERE collection = ? AND record_id IN (SELECT value FROM json_each(?))`, COLLECTION, JSON.stringify(expired))).toBe(1)
    expect(await purgeEntries()).toContainEqual(
      expect.objectContaining({ purged: expired.length - 1, cutoff_date: cutoff, retention_days: 365, kept_until_sent: 1, note: expect.stringContaining('1건은 처리된 뒤 파기') })
    )

    // The next sync sends the waiting write; the run after it removes that registration too.
    const summary = await h.sync()
    expect(summary).toMatchObject({ pushed: 1, error: null })
    expect(endedBefore(cutoff)).toEqual([])
    expect((await h.call<RetentionStatus>('privacy:retention', {})).lastPurgedCount).toBe(1)
  })

  it('does not bring a removed registration back with the next pull unless the portal changes it, and then removes it again', async () => {
    const cutoff = await yearLater()
    const expired = endedBefore(cutoff)
    await h.call('privacy:purgeNow', {})
    const remaining = registrations()

    const quiet = await h.sync()
    expect(quiet.pulled[COLLECTION]).toBe(0)
    expect(registrations()).toBe(remaining)

    // The portal changes one of them: the feed sends it again, and the run after the sync removes it.
    h.sim.control.otherStaffEdit(COLLECTION, 1, expired[0]!)
    const changed = await h.sync()
    expect(changed.pulled[COLLECTION]).toBe(1)
    expect(endedBefore(cutoff)).toEqual([])
    expect(registrations()).toBe(remaining)
    const entries = await purgeEntries()
    expect(entries[0]).toMatchObject({ purged: 1, cutoff_date: cutoff })
  })

  it('runs when the app starts', async () => {
    const cutoff = await yearLater()
    const expired = endedBefore(cutoff)
    expect(expired.length).toBeGreaterThan(0)
    await h.restart()
    expect(endedBefore(cutoff)).toEqual([])
    await h.signIn('manager')
    expect(await h.call<RetentionStatus>('privacy:retention', {})).toMatchObject({ lastPurgeAt: clock.toISOString(), lastPurgedCount: expired.length })
  })
})
