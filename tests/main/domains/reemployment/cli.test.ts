import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../../src/main/cli/run'
import { startPortalSimulator, type PortalSimulator } from '../../../../src/main/simulator'
import type { ReemploymentRegistration, ReemploymentSession } from '../../../../src/shared/portal'
import { makeTempDir } from '../../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../../cacheKey'

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: { PORTAL_PASSWORD: 'demo', SEOUL_DESK_CACHE_KEY: TEST_CACHE_KEY } })
  return { code, stdout, stderr }
}

describe('재취업 CLI commands (in-process, against a live simulator)', () => {
  let sim: PortalSimulator
  const dir = makeTempDir()
  let sessions: ReemploymentSession[]
  let regs: ReemploymentRegistration[]

  beforeAll(async () => {
    sim = await startPortalSimulator({ port: 0, seed: 7, scale: 600 })
    expect((await cli(['sync', '--portal', sim.url, '--user', 'coordinator', '--data-dir', dir.path])).code).toBe(0)
    const list = (collection: string) => cli(['list', collection, '--json', '--data-dir', dir.path]).then((r) => JSON.parse(r.stdout) as { id: string }[])
    sessions = (await list('reemployment-sessions')).map((s) => sim.control.record('reemployment-sessions', s.id) as ReemploymentSession)
    regs = (await list('reemployment-registrations')).map((r) => sim.control.record('reemployment-registrations', r.id) as ReemploymentRegistration)
  })
  afterAll(async () => {
    await sim.close()
    dir.remove()
  })

  it('roster SESSION --json prints the session, its registrations and the counts', async () => {
    const session = sessions.find((s) => s.status === 'completed' && s.kind === 'education')!
    const result = await cli(['roster', session.id, '--json', '--data-dir', dir.path])
    expect(result.code, result.stderr).toBe(0)
    const printed = JSON.parse(result.stdout) as { session: ReemploymentSession; registrations: Record<string, unknown>[]; counts: Record<string, number> }
    expect(Object.keys(printed)).toEqual(['session', 'registrations', 'counts'])
    expect(printed.session).toEqual(session)
    const mine = regs.filter((r) => r.session_id === session.id)
    expect(printed.registrations.map((r) => r.id).sort()).toEqual(mine.map((r) => r.id).sort())
    const one = mine.find((r) => r.attendance !== null)!
    expect(printed.registrations.find((r) => r.id === one.id)).toEqual({
      id: one.id,
      person: { id: one.person.id, name: one.person.name, birth_year: one.person.birth_year, phone_last4: one.person.phone_last4 },
      status: one.status,
      waitlist_rank: one.waitlist_rank,
      attendance: one.attendance
    })
    const registered = mine.filter((r) => r.status === 'registered')
    expect(printed.counts).toEqual({
      registered: registered.length,
      waitlisted: mine.filter((r) => r.status === 'waitlisted').length,
      cancelled: mine.filter((r) => r.status === 'cancelled').length,
      present: registered.filter((r) => r.attendance?.status === 'present').length,
      late: registered.filter((r) => r.attendance?.status === 'late').length,
      left_early: registered.filter((r) => r.attendance?.status === 'left_early').length,
      absent: registered.filter((r) => r.attendance?.status === 'absent').length,
      unchecked: registered.filter((r) => r.attendance === null).length
    })

    const noShows = await cli(['no-shows', session.id, '--json', '--data-dir', dir.path])
    expect(noShows.code, noShows.stderr).toBe(0)
    const missing = JSON.parse(noShows.stdout) as { id: string }[]
    expect(missing.map((r) => r.id).sort()).toEqual(registered.filter((r) => r.attendance?.status !== 'present' && r.attendance?.status !== 'late').map((r) => r.id).sort())
  })

  it('promote REGISTRATION queues 대기 → 확정; bad input gets a one-line reason and queues nothing', async () => {
    const waiting = regs.find((r) => r.status === 'waitlisted' && sessions.find((s) => s.id === r.session_id)!.status === 'open')!
    const session = sessions.find((s) => s.id === waiting.session_id)!
    const seat = regs.find((r) => r.session_id === session.id && r.status === 'registered')!
    expect((await cli(['registration', seat.id, 'cancelled', '--data-dir', dir.path])).code).toBe(0)
    const promoted = await cli(['promote', waiting.id, '--json', '--data-dir', dir.path])
    expect(promoted.code, promoted.stderr).toBe(0)
    expect(JSON.parse(promoted.stdout)).toMatchObject({ record_id: waiting.id })

    const cancelled = sessions.find((s) => s.status === 'cancelled')!
    const refusals: [string[], string][] = [
      [['walk-in', cancelled.id, '--name', '김현장', '--birth-year', '1966', '--phone', '010-1234-5678'], '오류: 취소된 회차에는 현장 접수를 할 수 없습니다.'],
      [['walk-in', session.id, '--name', '김현장', '--birth-year', '2999', '--phone', '010-1234-5678'], '출생연도는 1900년부터'],
      [['walk-in', session.id, '--name', '김현장', '--birth-year', '1966', '--phone', '02-123-4567'], '휴대전화 번호(010-1234-5678 형식)를 입력하세요.'],
      [['attendance', seat.id, 'present'], '오류: 취소된 신청자는 출석을 기록할 수 없습니다.']
    ]
    for (const [args, reason] of refusals) {
      const result = await cli([...args, '--data-dir', dir.path])
      expect(result.code, args.join(' ')).toBe(1)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toContain(reason)
    }
    const status = JSON.parse((await cli(['status', '--json', '--data-dir', dir.path])).stdout) as { outbox: { pending: number } }
    expect(status.outbox.pending).toBe(2)
  })
})
