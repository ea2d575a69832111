import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore } from '../../../../src/main/core'
import { startPortalSimulator, type PortalSimulator } from '../../../../src/main/simulator'
import type { InboxItem } from '../../../../src/shared/ipc/outboxViews'
import type { ReemploymentRegistration, ReemploymentSession } from '../../../../src/shared/portal'
import { makeTempDir } from '../../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../../cacheKey'

/** One coordinator's laptop: the CLI in its own process on its own data folder, as IT staff would run it. */
function pc(dataDir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli/index.ts', ...args, '--data-dir', dataDir], {
      env: { ...process.env, PORTAL_PASSWORD: 'demo', SEOUL_DESK_CACHE_KEY: TEST_CACHE_KEY },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

async function ok(dataDir: string, args: string[]): Promise<string> {
  const result = await pc(dataDir, args)
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0)
  return result.stdout
}

describe('two PCs in one room (two processes, two data folders, one portal)', () => {
  let sim: PortalSimulator
  const a = makeTempDir()
  const b = makeTempDir()
  let token: string

  async function portal<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${sim.url}/admin/v1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': randomUUID() },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    return (await response.json()) as T
  }
  const registrations = async () => (await portal<{ items: ReemploymentRegistration[] }>('GET', '/reemployment-registrations/changes?limit=1000')).items
  const record = (id: string) => sim.control.record('reemployment-registrations', id) as ReemploymentRegistration

  let session: ReemploymentSession
  let capacity: number
  let same: ReemploymentRegistration
  let differ: ReemploymentRegistration
  let onlyA: ReemploymentRegistration

  beforeAll(async () => {
    sim = await startPortalSimulator({ port: 0, seed: 11, scale: 300 })
    token = (
      await fetch(`${sim.url}/admin/v1/auth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ grant_type: 'password', username: 'coordinator', password: 'demo' })
      }).then((r) => r.json() as Promise<{ access_token: string }>)
    ).access_token
    const sessions = (await portal<{ items: ReemploymentSession[] }>('GET', '/reemployment-sessions/changes?limit=1000')).items
    const regs = await registrations()
    const seated = (id: string) => regs.filter((r) => r.session_id === id && r.status === 'registered')
    session = sessions.find((s) => s.status === 'open' && s.kind === 'education' && seated(s.id).length >= 3 && seated(s.id).length < s.capacity)!
    capacity = session.capacity
    // Nearly full before the session: one seat left for the two walk-ins of the day.
    for (let n = seated(session.id).length; n < capacity - 1; n += 1) {
      await portal('POST', '/reemployment-registrations', { session_id: session.id, person: { name: `사전접수${n}`, birth_year: 1962, phone: `010-4000-${String(1000 + n)}` }, client_ref: randomUUID() })
    }
    const people = seated(session.id)
    same = people[0]!
    differ = people[1]!
    onlyA = people[2]!
    // Both laptops are synced at the office, then go into the room with no network.
    await ok(a.path, ['sync', '--portal', sim.url, '--user', 'coordinator'])
    await ok(b.path, ['sync', '--portal', sim.url, '--user', 'coordinator'])
  }, 120_000)

  afterAll(async () => {
    await sim.close()
    a.remove()
    b.remove()
  })

  it('ends with one attendance per person, settles identical intents, parks differing ones with both, never exceeds capacity', async () => {
    const A_TIME = '2026-12-08T13:02:00+09:00'
    const B_TIME = '2026-12-08T13:03:30+09:00'
    // Offline, in the room.
    await Promise.all([
      (async () => {
        await ok(a.path, ['attendance', same.id, 'present', '--at', A_TIME])
        await ok(a.path, ['attendance', differ.id, 'present', '--at', A_TIME])
        await ok(a.path, ['attendance', onlyA.id, 'late', '--at', A_TIME])
        await ok(a.path, ['walk-in', session.id, '--name', '현장가', '--birth-year', '1961', '--phone', '010-5100-0001'])
      })(),
      (async () => {
        await ok(b.path, ['attendance', same.id, 'present', '--at', B_TIME])
        await ok(b.path, ['attendance', differ.id, 'late', '--at', B_TIME])
        await ok(b.path, ['walk-in', session.id, '--name', '현장나', '--birth-year', '1962', '--phone', '010-5100-0002'])
      })()
    ])
    expect(record(same.id).attendance).toBeNull()

    // Back at the office, one after the other.
    await ok(a.path, ['sync', '--portal', sim.url, '--user', 'coordinator'])
    await ok(b.path, ['sync', '--portal', sim.url, '--user', 'coordinator'])

    expect(record(same.id).attendance).toMatchObject({ status: 'present', checked_at: A_TIME })
    expect(record(differ.id).attendance).toMatchObject({ status: 'present', checked_at: A_TIME })
    expect(record(onlyA.id).attendance).toMatchObject({ status: 'late', checked_at: A_TIME })
    const inSession = (await registrations()).filter((r) => r.session_id === session.id)
    expect(inSession.filter((r) => r.status === 'registered')).toHaveLength(capacity)
    const walkIns = Object.entries(sim.control.stats().walkIns).map(([, ids]) => ids)
    // Each walk-in reached the portal exactly once; the second into the last seat waits.
    const dayWalkIns = inSession.filter((r) => r.person.name === '현*가' || r.person.name === '현*나')
    expect(dayWalkIns).toHaveLength(2)
    expect(walkIns.every((ids) => ids.length === 1)).toBe(true)
    expect(dayWalkIns.find((r) => r.person.name === '현*가')).toMatchObject({ status: 'registered' })
    expect(dayWalkIns.find((r) => r.person.name === '현*나')).toMatchObject({ status: 'waitlisted', waitlist_rank: inSession.filter((r) => r.status === 'waitlisted').length })

    // PC B: the identical intent is done (never in 확인 필요); the differing one waits with both statuses and both PC times.
    const coreB = await createCore({ cacheKey: TEST_CACHE_KEY, dataDir: b.path, portalUrl: sim.url, log: () => undefined })
    try {
      await coreB.dispatch('auth:continueOffline', { username: 'coordinator', password: 'demo' })
      const inbox = await coreB.dispatch('inbox:list', {})
      if (!inbox.ok) throw new Error(inbox.error.message)
      const items = inbox.value as InboxItem[]
      expect(items.map((i) => i.recordId)).toEqual([differ.id])
      const item = items[0]!
      expect(item).toMatchObject({ state: 'conflict', intent: '출석 기록: 지각 (이 PC에서 13:03 기록)' })
      const change = (path: string) => item.changes.find((c) => c.path === path)
      expect(change('attendance.status')).toMatchObject({ server: 'present', mine: 'late' })
      expect(change('attendance.checked_at')).toMatchObject({ server: A_TIME, mine: B_TIME })
      const settled = coreB.context.db
        .prepare(`SELECT state, record_id FROM outbox WHERE op = 'registration.attendance' ORDER BY seq`)
        .all() as { state: string; record_id: string }[]
      expect(settled).toEqual([
        { state: 'done', record_id: same.id },
        { state: 'conflict', record_id: differ.id }
      ])
    } finally {
      coreB.close()
    }
  }, 180_000)
})
