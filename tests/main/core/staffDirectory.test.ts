import { afterEach, describe, expect, it } from 'vitest'
import { StaffDirectory } from '../../../src/shared/portal'
import { startHarness, type SimHarness } from '../../helpers/sim'

async function staffOf(h: SimHarness): Promise<StaffDirectory> {
  return StaffDirectory.parse(await h.call('reference:staff', {}))
}

describe('reference:staff (the staff directory, cached at sync)', () => {
  let h: SimHarness
  afterEach(async () => h?.close())

  it('is refused before sign-in, cached by the sync, and served offline after a restart', async () => {
    h = await startHarness({ scale: 20 })
    expect(await h.core.dispatch('reference:staff', {})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } })
    const summary = await h.sync()
    expect(summary.error).toBeNull()
    const cached = await staffOf(h)
    expect(cached.find((s) => s.id === 'S-0007')).toEqual({ id: 'S-0007', name: '이서연', department: '일자리정책과 매력일자리팀' })
    expect(cached.find((s) => s.id === 'S-0099')?.name).toBeTruthy()

    // The portal goes away; the app restarts and continues offline as the last staff member.
    await h.sim.close()
    await h.restart()
    expect((await h.core.dispatch('auth:continueOffline', { username: 'manager', password: 'demo' })).ok).toBe(true)
    expect(h.core.context.session.current().online).toBe(false)
    expect(await staffOf(h)).toEqual(cached)
  })

  it('signed in before any sync, it is fetched on demand and cached', async () => {
    h = await startHarness({ scale: 20 })
    await h.signIn('reviewer')
    const directory = await staffOf(h)
    expect(directory.find((s) => s.id === 'S-0001')?.name).toBe('김민준')
    const row = h.core.context.db.prepare(`SELECT count(*) AS n FROM reference_data WHERE key = 'staff'`).get()
    expect(row).toEqual({ n: 1 })
  })

  it('is fetched at most hourly: a second sync within the hour does not ask again', async () => {
    let now = new Date('2026-12-03T09:00:00+09:00')
    h = await startHarness({ scale: 20 }, { now: () => now })
    await h.sync()
    const before = (await staffOf(h)).length
    expect(before).toBeGreaterThan(0)
    const row = () => h.core.context.db.prepare(`SELECT fetched_at FROM reference_data WHERE key = 'staff'`).get() as { fetched_at: string }
    const first = row().fetched_at
    now = new Date('2026-12-03T09:30:00+09:00')
    await h.sync()
    expect(row().fetched_at).toBe(first)
    now = new Date('2026-12-03T10:30:00+09:00')
    await h.sync()
    expect(row().fetched_at).toBe(now.toISOString())
  })
})
